package org.wsisanalytics.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.analytics.themes.ThemeTaxonomy;
import org.wsisanalytics.app.inputs.Sha256;
import org.wsisanalytics.model.TaxonomyTerm;
import org.wsisanalytics.reports.pdf.checks.PdfChecks;

/**
 * Runs the whole job on the bundled sample, as {@code java -jar wsis-analytics.jar} with no
 * input does, and checks the published outputs against a human reading of the sample.
 */
class SampleRunFunctionalTests {

    private static final List<ExpectedSessions> EXPECTED = ExpectedSessions.all();
    private static final List<String> TITLES =
            EXPECTED.stream().map(ExpectedSessions::title).toList();
    private static final List<String> SESSION_IDS =
            EXPECTED.stream().map(ExpectedSessions::sessionId).toList();

    private static final String SAMPLE = "wsis20-hltf-summaries-2025.txt";

    @TempDir
    static Path work;

    private static JobRun job;
    private static int exitCode;
    private static Path runFolder;

    @BeforeAll
    static void runOnTheBundledSample() throws IOException {
        job = new JobRun(work);
        exitCode = job.run("--run-date=2025-07-11");
        try (Stream<Path> runs = Files.list(job.output())) {
            runFolder = runs.filter(p -> p.getFileName().toString().startsWith("2025-07-11-"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void completesAndPublishesTheRunAsLatest() throws IOException {
        assertThat(exitCode).isZero();
        assertThat(runFolder.resolve("wsis-analytics.xlsx")).isRegularFile();
        assertThat(runFolder.resolve("wsis-analytics-brief.pdf")).isRegularFile();
        assertThat(runFolder.resolve("manifest.json")).isRegularFile();
        assertThat(job.output().resolve("latest").toRealPath()).isEqualTo(runFolder.toRealPath());
        try (Stream<Path> entries = Files.list(job.output())) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".staging")))
                    .as("no staging folder is left behind")
                    .isEmpty();
        }
    }

    @Test
    void sessionsCsvHoldsThirteenSessionsWithTitlesNumbersFacilitatorsAndTheirOrganisations() throws IOException {
        List<CSVRecord> rows = Outputs.csv(runFolder.resolve("data/sessions.csv"));
        assertThat(rows).hasSize(13);
        assertThat(rows).extracting(r -> r.get("title")).containsExactlyElementsOf(TITLES);
        assertThat(rows).extracting(r -> r.get("session_id")).containsExactlyElementsOf(SESSION_IDS);
        assertThat(rows)
                .extracting(r -> r.get("session_index"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("document")).isEqualTo(SAMPLE));
        assertThat(rows)
                .extracting(r -> r.get("facilitator"))
                .containsExactlyElementsOf(
                        EXPECTED.stream().map(ExpectedSessions::facilitator).toList());
        assertThat(rows)
                .extracting(r -> r.get("facilitator_listed"))
                .containsExactlyElementsOf(EXPECTED.stream()
                        .map(ExpectedSessions::facilitatorListed)
                        .toList());
        assertThat(rows.get(8).get("facilitator")).isEqualTo("Lidia Stępińska-Ustasiak");
        assertThat(rows)
                .extracting(r -> r.get("facilitator_organization"))
                .containsExactlyElementsOf(EXPECTED.stream()
                        .map(ExpectedSessions::facilitatorOrganization)
                        .toList());
        assertThat(rows)
                .allSatisfy(r -> assertThat(Integer.parseInt(r.get("words"))).isGreaterThan(200));
        assertThat(rows)
                .as("the sample is read by its event's template")
                .allSatisfy(r -> assertThat(r.get("structure")).isEqualTo("template"));
    }

    @Test
    void actionLinesPerSessionMatchAHumanReading() throws IOException {
        Map<String, Set<String>> lines = Outputs.csv(runFolder.resolve("data/action_line_mentions.csv")).stream()
                .collect(Collectors.groupingBy(
                        r -> r.get("session_index"),
                        Collectors.mapping(r -> r.get("action_line"), Collectors.toCollection(TreeSet::new))));
        assertThat(lines.get("5")).containsExactly("C5");
        assertThat(lines.get("8")).containsExactly("C8", "C9");
        assertThat(lines.get("1")).containsExactlyInAnyOrder("C1", "C3", "C4", "C5", "C7");
        assertThat(lines.get("4"))
                .containsExactlyInAnyOrder("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C10", "C11");
        assertThat(lines.get("2")).containsExactlyInAnyOrder("C1", "C2", "C11");
    }

    @Test
    void linksSectionMentionsAreMarked() throws IOException {
        List<CSVRecord> safer = Outputs.csv(runFolder.resolve("data/action_line_mentions.csv")).stream()
                .filter(r -> r.get("session_index").equals("5"))
                .toList();
        assertThat(safer).singleElement().satisfies(r -> {
            assertThat(r.get("notation")).isEqualTo("C5");
            assertThat(r.get("in_links_section")).isEqualTo("true");
            assertThat(r.get("sentence")).isEqualTo("C5. Building confidence and security in use of ICTs.");
            assertThat(r.get("session_id")).isEqualTo("421");
        });
    }

    @Test
    void workbookOpensWithSessionsAndCoverage() throws IOException {
        try (InputStream in = Files.newInputStream(runFolder.resolve("wsis-analytics.xlsx"));
                Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sessions = workbook.getSheet("Sessions");
            assertThat(sessions).isNotNull();
            assertThat(sessions.getLastRowNum()).isEqualTo(13);
            assertThat(columnValues(sessions)).contains(TITLES.get(4), TITLES.get(7));
            assertThat(workbook.getSheet("Action-line coverage")).isNotNull();
        }
    }

    /**
     * Issue 13, point 1: session 12's "C11 (E-Governance)" counts for C11 and is marked with its label; session 13
     * names the e-environment (C7) and enabling-environment (C6) lines in its links part without a number: shown
     * as named only, not counted. The counted totals are those of the human reading (49 references; 13 sessions).
     */
    @Test
    void coverageCarriesNamedOnlyLinesAndConflictingLabelsWithTheCountsUnchanged() throws IOException {
        List<CSVRecord> cells = Outputs.csv(runFolder.resolve("data/action_line_coverage.csv"));
        assertThat(cells.stream().filter(r -> r.get("session_index").equals("13")))
                .extracting(r -> r.get("action_line") + " " + r.get("mentions") + " " + r.get("named_only"))
                .containsExactly("C6 0 true", "C7 0 true");
        assertThat(cells.stream().filter(r -> r.get("session_index").equals("12")))
                .extracting(r -> r.get("action_line") + " " + r.get("mentions") + " " + r.get("label_conflict"))
                .containsExactly("C1 1 ", "C2 2 ", "C3 1 ", "C11 2 E-Governance");
        assertThat(cells).filteredOn(r -> r.get("named_only").equals("true")).hasSize(2);
        assertThat(cells).filteredOn(r -> !r.get("label_conflict").isEmpty()).hasSize(1);
        assertThat(cells.stream()
                        .mapToInt(r -> Integer.parseInt(r.get("mentions")))
                        .sum())
                .isEqualTo(49);
        assertThat(cells.stream()
                        .filter(r -> r.get("named_only").equals("false"))
                        .count())
                .isEqualTo(43);

        try (InputStream in = Files.newInputStream(runFolder.resolve("wsis-analytics.xlsx"));
                Workbook workbook = new XSSFWorkbook(in)) {
            Sheet coverage = workbook.getSheet("Action-line coverage");
            DataFormatter shown = new DataFormatter();
            Row twelve = coverage.getRow(12);
            Row thirteen = coverage.getRow(13);
            assertThat(shown.formatCellValue(twelve.getCell(13))).isEqualTo("● 2†");
            assertThat(twelve.getCell(13).getCellComment().getString().getString())
                    .contains("Labelled “E-Governance”", "C7 (ICT applications, sub-line E-government)");
            assertThat(shown.formatCellValue(thirteen.getCell(8))).isEqualTo("named");
            assertThat(shown.formatCellValue(thirteen.getCell(9))).isEqualTo("named");
            assertThat(thirteen.getCell(8).getNumericCellValue()).isZero();
            Row referencing = coverage.getRow(15);
            assertThat(referencing.getCell(2).getStringCellValue()).isEqualTo("Sessions referencing");
            assertThat(List.of(8, 9))
                    .as("C6 and C7: the named-only session 13 is not among them")
                    .extracting(c -> (int) referencing.getCell(c).getNumericCellValue())
                    .containsExactly(4, 4);
            Sheet terms = workbook.getSheet("Theme terms");
            List<TaxonomyTerm> listed = new ArrayList<>();
            for (int r = 1; r <= terms.getLastRowNum(); r++) {
                Row row = terms.getRow(r);
                listed.add(new TaxonomyTerm(
                        row.getCell(0).getStringCellValue(),
                        row.getCell(1).getStringCellValue(),
                        row.getCell(2).getStringCellValue().equals("exact")));
            }
            assertThat(listed)
                    .containsExactlyElementsOf(ThemeTaxonomy.loadDefault().reportedTerms());
        }
        try (PDDocument pdf =
                Loader.loadPDF(runFolder.resolve("wsis-analytics-brief.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "How we count",
                            "Action lines: numbers count, names are shown",
                            "named (in the heat map n): the line is named in words only, without its number (shown, not counted)",
                            "† Session 12, C11: Labelled “E-Governance” in the text, a name that fits C7 (ICT applications,"
                                    + " sub-line E-government); counted for C11, the number written.");
        }
    }

    @Test
    void briefOpensAndNamesTheSessionsWithTheirAccents() throws IOException {
        try (PDDocument pdf =
                Loader.loadPDF(runFolder.resolve("wsis-analytics-brief.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Stępińska-Ustasiak");
            assertThat(text.replaceAll("\\s+", " ")).contains("Towards a safer connected world");
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void keyMessagesSheetHasOneRowPerMessageFortyTwoOnTheSample() throws IOException {
        try (InputStream in = Files.newInputStream(runFolder.resolve("wsis-analytics.xlsx"));
                Workbook workbook = new XSSFWorkbook(in)) {
            Sheet messages = workbook.getSheet("Key messages");
            assertThat(messages.getLastRowNum()).isEqualTo(42);
            Row twelve = null;
            for (Row row : messages) {
                if (row.getRowNum() > 0 && row.getCell(1).getNumericCellValue() == 12 && twelve == null) {
                    twelve = row;
                }
            }
            assertThat(twelve).isNotNull();
            assertThat(twelve.getCell(2).getNumericCellValue())
                    .as("session number as a number")
                    .isEqualTo(436);
            assertThat(twelve.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(twelve.getCell(4).getStringCellValue()).isEqualTo("Conclusion");
            assertThat(twelve.getCell(6).getStringCellValue())
                    .isEqualTo("This session demonstrated that WSIS's people-centred vision remains vital.");
            assertThat(twelve.getCell(7).getStringCellValue())
                    .as("the citation ends with where the sentence is in the text sample")
                    .isEqualTo(SAMPLE + ", session 12 (no. 436), \u201CConclusion\u201D, line 904");
            assertThat(twelve.getCell(8).getStringCellValue()).isEqualTo("line 904");
            assertThat(messages.isColumnHidden(0)).as("one document").isTrue();
        }
    }

    @Test
    void keyMessagesAreExportedWithTheirLocationAndEveryMentionRowHasOne() throws IOException {
        List<CSVRecord> messages = Outputs.csv(runFolder.resolve("data/key_messages.csv"));
        assertThat(messages)
                .hasSize(42)
                .allSatisfy(r -> assertThat(r.get("location")).matches("lines? [0-9–]+"));
        assertThat(messages.get(0).get("sentence"))
                .isEqualTo(
                        "Leaving no one behind, equal access to knowledge, connectivity and equal opportunities should"
                                + " be the mantra.");
        assertThat(messages.get(0).get("location")).isEqualTo("line 157");
        assertThat(Outputs.csv(runFolder.resolve("data/shared_messages.csv"))).hasSize(9);
        List<String> located = new ArrayList<>();
        try (Stream<Path> files = Files.list(runFolder.resolve("data"))) {
            for (Path file : files.sorted().toList()) {
                List<CSVRecord> rows = Outputs.csv(file);
                if (rows.isEmpty() || !rows.get(0).isMapped("location")) {
                    continue;
                }
                if (file.getFileName().toString().equals("findings.csv")) {
                    // A finding on a session points at its evidence, or at the session's title (a missing section);
                    // only the finding on the whole document (which layer read it) has nothing to point at.
                    assertThat(rows)
                            .filteredOn(r -> r.get("location").isEmpty())
                            .extracting(r -> r.get("check"))
                            .containsExactly("structure-template");
                    assertThat(rows)
                            .filteredOn(r -> r.get("check").equals("missing-standard-sections"))
                            .extracting(r -> r.get("session_index") + ": " + r.get("location"))
                            .startsWith("2: line 175", "4: line 299");
                    continue;
                }
                located.add(file.getFileName().toString());
                assertThat(rows)
                        .as(file.getFileName()
                                + ": headings' and titles' mentions too (\"The UK Experience\", line 309)")
                        .allSatisfy(r -> assertThat(r.get("location")).isNotEmpty());
            }
        }
        assertThat(located)
                .containsExactly(
                        "action_line_mentions.csv",
                        "action_line_names.csv",
                        "country_mentions.csv",
                        "figures.csv",
                        "key_messages.csv",
                        "shared_messages.csv");
    }

    @Test
    void briefsSecondPageGivesTheSharedMessagesThenEachSessions() throws IOException {
        try (PDDocument pdf =
                Loader.loadPDF(runFolder.resolve("wsis-analytics-brief.pdf").toFile())) {
            String second = page(pdf, 2);
            assertThat(second)
                    .contains(
                            "Key messages",
                            "Shared across sessions",
                            "Theme AI · 12 of 13 sessions",
                            "By session",
                            "1. Forging partnerships for purpose",
                            "“Leaving no one behind, equal access to knowledge, connectivity and equal opportunities should"
                                    + " be the mantra.”");
        }
    }

    @Test
    void warningsStandOnTheKeyFiguresPageAndThePagesOfSessions12And13() throws IOException {
        try (PDDocument pdf =
                Loader.loadPDF(runFolder.resolve("wsis-analytics-brief.pdf").toFile())) {
            String keyFigures = null;
            for (int p = 1; p <= pdf.getNumberOfPages() && keyFigures == null; p++) {
                String text = page(pdf, p);
                if (text.contains("Warnings: check before quoting")) {
                    keyFigures = text;
                }
            }
            assertThat(keyFigures)
                    .contains(
                            "Documents read 1",
                            "Warning (session 12):",
                            "C11 is labelled \"E-Governance\"",
                            "Warning (session 13):",
                            "approximately 6.4 lakh villages",
                            "6.4 million communities");
            String appendix = page(pdf, pdf.getNumberOfPages());
            assertThat(appendix)
                    .contains("Not listed: 6 notes that a session lacks one or more of the event's"
                            + " standard sections")
                    .doesNotContain("has no section on case examples");
            assertThat(appendix.indexOf("6.4 lakh")).isLessThan(appendix.indexOf("session-title-differs"));
        }
        try (Stream<Path> briefs = Files.list(runFolder.resolve("sessions"))) {
            List<Path> files = briefs.sorted().toList();
            try (PDDocument twelve = Loader.loadPDF(files.get(11).toFile());
                    PDDocument thirteen = Loader.loadPDF(files.get(12).toFile())) {
                assertThat(page(twelve, 1))
                        .contains(
                                "Session 12: Click to govern",
                                "Key messages",
                                "Warning: Session 12",
                                "C11 is labelled \"E-Governance\"",
                                "Yuhua Zheng");
                assertThat(page(thirteen, 1))
                        .contains("Warning: Session 13", "6.4 lakh villages", "6.4 million communities");
            }
        }
    }

    /**
     * No page of the brief or of a session brief holds only the short end of the page before (before: four pages
     * of the brief held one to six rows of a session's figures table); a session that runs over onto a page it
     * fills little is followed on that page by the next session.
     */
    @Test
    void noPageHoldsOnlyTheShortEndOfThePageBefore() throws IOException {
        List<Path> files = new ArrayList<>(List.of(runFolder.resolve("wsis-analytics-brief.pdf")));
        try (Stream<Path> briefs = Files.list(runFolder.resolve("sessions"))) {
            files.addAll(briefs.sorted().toList());
        }
        for (Path file : files) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertThat(PdfChecks.pageFills(pdf))
                        .as(file.getFileName().toString())
                        .noneMatch(PdfChecks.PageFill::shortOverflow);
            }
        }
        try (PDDocument pdf =
                Loader.loadPDF(runFolder.resolve("wsis-analytics-brief.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages())
                    .as("32 pages before sessions followed short ends")
                    .isEqualTo(28);
        }
    }

    /** The How we count page stays one page, with a country example of every kind. */
    @Test
    void howWeCountIsOnePageWithACountryExampleOfEveryKind() throws IOException {
        try (PDDocument pdf =
                Loader.loadPDF(runFolder.resolve("wsis-analytics-brief.pdf").toFile())) {
            int first = 0;
            for (int p = 1; p <= pdf.getNumberOfPages() && first == 0; p++) {
                if (page(pdf, p).contains("Action lines: numbers count, names are shown")) {
                    first = p;
                }
            }
            assertThat(page(pdf, first))
                    .contains(
                            "Example, CR by its name, counted",
                            "Example, EE by its demonym, counted",
                            "Example, NG in an organisation's name, not counted",
                            "Example, LV as a language, not counted",
                            "Example, RU as a period of the past, not counted",
                            "Marks in the coverage table and heat map");
            assertThat(page(pdf, first + 1)).contains("Action-line coverage");
        }
    }

    /** One page's text, runs of white space as one space. */
    private static String page(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void theSampleIsOneEventWhoseFiguresAreTheRunsOwn() throws IOException {
        assertThat(Files.readString(runFolder.resolve("data/events.csv"), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFevent,year,documents,sessions,action_line_mentions,country_mentions,countries\r\n"
                        + "WSIS+20 High-Level Event,2025,1,13,49,238,46\r\n");
        assertThat(Files.readAllLines(runFolder.resolve("data/event_action_lines.csv"), StandardCharsets.UTF_8))
                .hasSize(12)
                .contains("WSIS+20 High-Level Event,2025,C1,8,0.6154", "WSIS+20 High-Level Event,2025,C11,3,0.2308");
    }

    @Test
    void manifestRecordsTheInputWithItsHash() throws IOException {
        String manifest = Files.readString(runFolder.resolve("manifest.json"));
        String sha = Sha256.of(work.resolve("data/bundled-samples").resolve(SAMPLE));
        assertThat(manifest).contains(SAMPLE).contains(sha);
    }

    @Test
    void runningTheSameCommandAgainPublishesNothingNew() throws IOException {
        int again = job.run("--run-date=2025-07-11");
        assertThat(again).isZero();
        try (Stream<Path> entries = Files.list(job.output())) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("2025-")))
                    .containsExactly(runFolder.getFileName().toString());
        }
    }

    private static Set<String> columnValues(Sheet sheet) {
        Set<String> values = new TreeSet<>();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                values.add(cell.getStringCellValue());
            }
        }));
        return values;
    }
}
