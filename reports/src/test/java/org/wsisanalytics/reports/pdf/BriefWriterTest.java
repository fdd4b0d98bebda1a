package org.wsisanalytics.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wsisanalytics.reports.pdf.checks.PdfChecks.outline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.Severity;
import org.wsisanalytics.model.oracle.AnalysisResult;
import org.wsisanalytics.model.oracle.InMemoryRunData;
import org.wsisanalytics.reports.ReportFixture;
import org.wsisanalytics.reports.method.CountingRules;
import org.wsisanalytics.reports.method.MethodLine;
import org.wsisanalytics.reports.pdf.checks.PdfChecks;

class BriefWriterTest {

    @TempDir
    static Path folder;

    static Path file;
    static PDDocument pdf;

    @BeforeAll
    static void write() throws IOException {
        AnalysisResult result = ReportFixture.result();
        file = folder.resolve("brief.pdf");
        new BriefWriter().write(ReportFixture.withMessages(result), file);
        pdf = Loader.loadPDF(file.toFile());
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void isA4WithTheNinePartsOnePagePerSessionAndTheAppendix() {
        assertThat(pdf.getNumberOfPages()).isEqualTo(9 + 4 + 1);
        PDPage first = pdf.getPage(0);
        assertThat(first.getMediaBox().getWidth()).isCloseTo(595f, Offset.offset(1f));
        assertThat(first.getMediaBox().getHeight()).isCloseTo(842f, Offset.offset(1f));
    }

    /**
     * Every page but the cover names in its running header the part or session it starts with (the one it
     * continues, or the one whose heading opens it), as the bookmarks of the parts and sessions place them.
     */
    @Test
    void theRunningHeaderNamesThePartOrSessionEachPageStartsWith() throws IOException {
        List<PdfChecks.Bookmark> top = PdfChecks.bookmarks(pdf, null);
        List<PdfChecks.Bookmark> parts = new ArrayList<>();
        int index = 0;
        for (PDOutlineItem part : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            parts.add(top.get(index++));
            parts.addAll(PdfChecks.bookmarks(pdf, part));
        }
        List<String> firsts = PdfChecks.firstParts(pdf, parts);
        assertThat(firsts).startsWith(KeyMessagesPage.BOOKMARK).contains(SessionList.BOOKMARK);
        for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
            String first = firsts.get(page - 2);
            // A long title is shortened to fit the header, with an ellipsis.
            assertThat(PdfChecks.runningHeader(pdf, page))
                    .as("page %d", page)
                    .contains(first.substring(0, Math.min(first.length(), 40)));
        }
    }

    @Test
    void theCoverPutsTheEventsSideBySideWhenTheRunHoldsSeveral() throws IOException {
        assertThat(PdfChecks.text(pdf, 1)).as("one event: no table").doesNotContain("Events side by side");
        Path withEvents = folder.resolve("brief-events.pdf");
        new BriefWriter()
                .write(ReportFixture.withEvents(ReportFixture.withMessages(ReportFixture.result())), withEvents);
        try (PDDocument events = Loader.loadPDF(withEvents.toFile())) {
            assertThat(events.getNumberOfPages())
                    .as("the table fits on the cover")
                    .isEqualTo(9 + 4 + 1);
            assertThat(PdfChecks.text(events, 1))
                    .contains("Events side by side")
                    .contains("WSIS Forum 2025 2 3 3 4 C3 (2 of 3)")
                    .contains("=Regional review 1 0 0 0");
        }
    }

    @Test
    void hasABookmarkForEveryPartAndEverySession() throws IOException {
        assertThat(outline(pdf, null))
                .containsExactly(
                        "Cover@0",
                        "Key messages@1",
                        "Key figures@2",
                        "How we count@3",
                        "Action-line coverage@4",
                        "Sessions per action line@5",
                        "Session × action-line heat map@6",
                        "Countries and regions@7",
                        "Sessions@8",
                        "Appendix: consistency findings@13");
        assertThat(outline(pdf, PdfChecks.outlineItem(pdf, "Sessions")))
                .containsExactly(
                        "1. When policy meets progress: paving the way for a fit for future di…@9",
                        "2. =SUM(A1) Towards a safer connected world: digital trust, \"cyber\" r…@10",
                        "3. -cmd Local to global: preserving culture and language in a digital…@11",
                        "1. Connecting the unconnected in Türkiye and Côte d'Ivoire@12");
    }

    @Test
    void printsNamesWithTheirAccentsAndNumbersEveryPage() throws IOException {
        assertThat(PdfChecks.text(pdf, 1))
                .contains(
                        ReportFixture.EVENT_TITLE.substring(0, 40),
                        "Run id 20250714-060000-7f3a",
                        "14 July 2025",
                        "Sessions 4 in 2 documents",
                        "notes.pdf: Cannot read 'notes.pdf'",
                        "Page 1 of 14");
        assertThat(PdfChecks.text(pdf, 3))
                .contains(
                        "Key figures",
                        "Country mentions 9",
                        "Themes touched (of 17) 7",
                        "C6 Enabling environment; C10 Ethical dimensions",
                        "Türkiye: 3 sessions, 4 mentions",
                        "Côte d'Ivoire: 1 session, 1 mention",
                        "Page 3 of 14");
        assertThat(PdfChecks.text(pdf, 5)).contains("Connecting the unconnected in Türkiye", "Page 5 of 14");
        assertThat(PdfChecks.text(pdf, 9))
                .contains(
                        "Lidia Stępińska-Ustasiak",
                        "listed as Lucien CASTEX",
                        "AFNIC",
                        "C1, C3, C7",
                        "=SUM(A1) Towards a safer");
        for (int page = 2; page <= 14; page++) {
            assertThat(PdfChecks.text(pdf, page))
                    .as("page %d", page)
                    .contains("WSIS+20 High-Level Event 2025", "Page " + page + " of 14");
        }
    }

    @Test
    void secondPageQuotesTheSharedMessagesThenEachSessionsKeyMessages() throws IOException {
        String page = PdfChecks.text(pdf, 2);
        assertThat(page)
                .contains(
                        "Key messages",
                        "Shared across sessions",
                        "By session",
                        "Action line C2 Information and communication infrastructure · 2 of 4 sessions",
                        "“Türkiye and Côte d'Ivoire shared rural broadband (C2) results.”",
                        "late-summary.docx, session 1, opening text, para. 3",
                        "Country Türkiye · 3 of 4 sessions",
                        "1·1. When policy meets progress",
                        "1. “The Turkish delegation pledged universal access by 2030.”",
                        "from “Achievements”, line 10",
                        "1·2. =SUM(A1) Towards a safer connected world",
                        "1. “@ITU and partners called for trust by design (C5).”");
        assertThat(page).as("sessions without key messages are left out").doesNotContain("1·3.", "2·1.");
        assertThat(page.indexOf("Shared across sessions")).isLessThan(page.indexOf("1·1. When policy"));
    }

    @Test
    void warningsStandOnTheKeyFiguresPageAndTheirSessionsPageOnly() throws IOException {
        String warning = "Facilitator is named 'Lucien Castex' in the summary but 'Lucien CASTEX'";
        assertThat(PdfChecks.text(pdf, 3))
                .contains(
                        "Warnings: check before quoting",
                        "Warning (session 2): " + warning,
                        "Lucien Castex / Lucien CASTEX · line 21");
        assertThat(PdfChecks.text(pdf, 11)).contains("Warning: " + warning);
        for (int page : List.of(10, 12, 13)) {
            assertThat(PdfChecks.text(pdf, page)).as("page %d", page).doesNotContain(warning);
        }
    }

    @Test
    void chartsAreVectorsWithTextInTheEmbeddedFont() throws IOException {
        assertThat(PdfChecks.text(pdf, 6))
                .contains(
                        "Sessions per action line",
                        "C10",
                        "C11",
                        "Cultural diversity and identity, linguistic diversity and local content");
        String heatMap = PdfChecks.text(pdf, 7);
        assertThat(heatMap)
                .contains(
                        "Session × action-line heat map",
                        "C1",
                        "C11",
                        "1·1 When policy meets progress: paving the way for a fit for future\ndigital world",
                        "1·2 =SUM(A1) Towards a safer connected world: digital trust, \"cyber\"\nresilience",
                        "2·1 Connecting the unconnected in Türkiye and Côte d'Ivoire");
        String countries = PdfChecks.text(pdf, 8);
        assertThat(countries)
                .contains(
                        "Top 15 countries by sessions",
                        "Türkiye",
                        "Côte d'Ivoire",
                        "Tuvalu",
                        "Sessions naming a country of the region",
                        "Oceania",
                        "Sub-Saharan Africa sub-region 2 2 3",
                        "SIDS UN group 1 1 1");
        for (int page : List.of(5, 6, 7)) {
            assertThat(pdf.getPage(page).getResources().getXObjectNames())
                    .as("page %d", page + 1)
                    .isNotEmpty();
            assertThat(pdf.getPage(page).getResources().getXObjectNames())
                    .allSatisfy(
                            name -> assertThat(pdf.getPage(page).getResources().isImageXObject(name))
                                    .isFalse());
        }
    }

    @Test
    void sessionPagesShowEvidenceCountriesThemesAndFigures() throws IOException {
        String first = PdfChecks.text(pdf, 10);
        assertThat(first)
                .contains(
                        "Session 1: When policy meets progress",
                        "Read by a known event template",
                        "Facilitator Lidia Stępińska-Ustasiak, Polistratos Institute",
                        "Session number 426",
                        "Introduction, Achievements, Links to action lines · 53 words",
                        "C3 Access to information and knowledge 2 listed there",
                        "C3 “Speakers from Türkiye and Poland stressed access to information",
                        "Türkiye (TR) Western Asia 2 Türkiye (name), Turkish (demonym)",
                        "Tuvalu (TV) Polynesia · LDC, SIDS 1 Tuvalu (name)",
                        "Gender (1) · Connectivity and infrastructure (1)");
        String third = PdfChecks.text(pdf, 12);
        // Each quote is followed, outside its quotation marks, by where it is in the input (an en space between).
        assertThat(third).containsPattern("“Community radio \\(C9\\) keeps local languages alive\\.”\\u2002line 30");
        assertThat(third)
                .contains(
                        "Türkiye (TR) Western Asia 1 Turkish (language, not counted)",
                        "Languages and culture (2)",
                        "+15% percentage");
        String late = PdfChecks.text(pdf, 13);
        assertThat(late)
                .contains(
                        "Session 1: Connecting the unconnected in Türkiye and Côte d'Ivoire",
                        "Read by the document's own outline of headings",
                        "Facilitator not named",
                        "Côte d'Ivoire (CI) Sub-Saharan Africa 1 Côte d'Ivoire (name)",
                        "No figure was quoted.");
    }

    @Test
    void sessionPagesOpenWithTheirKeyMessages() throws IOException {
        String first = PdfChecks.text(pdf, 10);
        assertThat(first)
                .contains(
                        "Key messages",
                        "1. “The Turkish delegation pledged universal access by 2030.”",
                        "2. “Speakers from Türkiye and Poland stressed access to information (Action Line C3).”",
                        "from “Introduction”, line 10");
        assertThat(first.indexOf("Key messages")).isLessThan(first.indexOf("Action lines"));
        assertThat(PdfChecks.text(pdf, 12))
                .as("a session without key messages has no such part")
                .doesNotContain("Key messages");
    }

    @Test
    void aSentenceSupportingSeveralItemsIsPrintedOnceWithAllOfThem() throws IOException {
        String first = PdfChecks.text(pdf, 10);
        assertThat(first)
                .contains(
                        "C1 · C3 · C7 “Links to WSIS Action Lines: C1, C3 and C7.”", "2.6 billion people · 40%\n(2×)");
        assertThat(occurrences(first, "Links to WSIS Action Lines: C1, C3 and C7."))
                .isEqualTo(1);
        assertThat(occurrences(first, "Still, 2.6 billion people remain offline"))
                .isEqualTo(1);
        assertThat(occurrences(PdfChecks.text(pdf, 11), "The session linked to Action Line C2 and AL C5."))
                .isEqualTo(1);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void endsWithTheConsistencyFindings() throws IOException {
        assertThat(PdfChecks.text(pdf, 14))
                .contains(
                        "Appendix: consistency findings",
                        "Facilitator is named 'Lucien Castex' in the summary but 'Lucien CASTEX'",
                        "facilitator-name-mismatch · Lucien Castex / Lucien CASTEX · line 21",
                        "missing-facilitators-table");
    }

    @Test
    void embedsEveryFontOnEveryPageAndMeetsWhatPdfA1bAsksOfIt() throws IOException {
        PdfChecks.assertEveryFontEmbeddedOnEveryPage(pdf);
        PdfChecks.assertPdfA1b(file, pdf);
    }

    @Test
    void carriesTitleSubjectAndCreator() {
        PDDocumentInformation info = pdf.getDocumentInformation();
        assertThat(info.getTitle()).isEqualTo(ReportFixture.EVENT_TITLE + " – brief");
        assertThat(info.getSubject())
                .isEqualTo("WSIS Action Lines, countries, themes and figures of 4 sessions,"
                        + " run 20250714-060000-7f3a of 2025-07-14");
        assertThat(info.getCreator()).isEqualTo("wsis-analytics");
        assertThat(info.getAuthor()).isEqualTo("wsis-analytics 0.1.0-SNAPSHOT");
    }

    @Test
    void aLongRunBreaksTablesAndTheHeatMapAcrossPages(@TempDir Path other) throws IOException {
        AnalysisResult result = ReportFixture.manySessions(60);
        Path file = other.resolve("long.pdf");
        new BriefWriter().write(InMemoryRunData.of(result), file);
        try (PDDocument longBrief = Loader.loadPDF(file.toFile())) {
            int pages = longBrief.getNumberOfPages();
            List<String> parts = outline(longBrief, null);
            assertThat(parts)
                    .extracting(p -> p.substring(0, p.indexOf('@')))
                    .containsExactly(
                            "Cover",
                            "Key messages",
                            "Key figures",
                            "How we count",
                            "Action-line coverage",
                            "Sessions per action line",
                            "Session × action-line heat map",
                            "Countries and regions",
                            "Sessions",
                            "Appendix: consistency findings");
            List<Integer> starts = parts.stream()
                    .map(p -> Integer.parseInt(p.substring(p.indexOf('@') + 1)))
                    .toList();
            assertThat(starts).isSorted().doesNotHaveDuplicates().startsWith(0, 1, 2, 3, 4);
            assertThat(starts.get(5))
                    .as("the coverage table continues on page 6")
                    .isGreaterThan(5);
            assertThat(PdfChecks.text(longBrief, 6)).contains("Session C1 C2", "C11 Total", "Page 6 of " + pages);
            int heatMap = starts.get(6);
            assertThat(starts.get(7) - heatMap)
                    .as("60 sessions need two heat-map pages of 30")
                    .isEqualTo(2);
            assertThat(PdfChecks.text(longBrief, heatMap + 1))
                    .contains("30 Session 30: ICT applications")
                    .doesNotContain("31 Session 31:");
            assertThat(PdfChecks.text(longBrief, heatMap + 2))
                    .contains("31 Session 31: ICT applications", "60 Session 60: ICT applications");
            List<String> sessions = outline(longBrief, PdfChecks.outlineItem(longBrief, "Sessions"));
            assertThat(sessions).hasSize(60);
            assertThat(sessions.get(59)).startsWith("60. Session 60: ICT applications");
            assertThat(PdfChecks.text(longBrief, pages))
                    .contains("No consistency problem was found.", "Page " + pages + " of " + pages);
            assertThat(PdfChecks.pageFills(longBrief))
                    .as("no page holds only the short end of the page before")
                    .noneMatch(PdfChecks.PageFill::shortOverflow);
            PdfChecks.assertEveryFontEmbeddedOnEveryPage(longBrief);
        }
    }

    @Test
    void theAppendixListsWarningsFirstAndCountsTheMissingSectionNotes(@TempDir Path other) throws IOException {
        AnalysisResult few = ReportFixture.result();
        String document = few.documents().get(0).source().name();
        List<Finding> findings = List.of(
                new Finding(
                        document,
                        1,
                        Severity.INFO,
                        Finding.MISSING_STANDARD_SECTIONS,
                        "Session 1 has no section on vision.",
                        "Introduction"),
                new Finding(
                        document, 1, Severity.INFO, "session-title-differs", "Session 1 is titled differently.", ""),
                new Finding(
                        document,
                        2,
                        Severity.INFO,
                        Finding.MISSING_STANDARD_SECTIONS,
                        "Session 2 has no section on case examples.",
                        "Introduction"),
                new Finding(
                        document,
                        3,
                        Severity.WARNING,
                        "figure-values-conflict",
                        "Session 3 quotes 6.4 with 2 different values.",
                        "6.4 lakh villages | 6.4 million communities"));
        AnalysisResult result = ReportFixture.withFindings(findings);
        Path file = other.resolve("severity.pdf");
        new BriefWriter().write(InMemoryRunData.of(result), file);
        try (PDDocument brief = Loader.loadPDF(file.toFile())) {
            String appendix = PdfChecks.text(brief, brief.getNumberOfPages());
            assertThat(appendix)
                    .contains(
                            "Session 3 quotes 6.4",
                            "Session 1 is titled differently.",
                            "Not listed: 2 notes that a session lacks one or more of the event's standard sections "
                                    + "(missing-standard-sections)")
                    .doesNotContain("has no section on");
            assertThat(appendix.indexOf("Session 3 quotes 6.4")).isLessThan(appendix.indexOf("titled differently"));
            assertThat(PdfChecks.text(brief, 3))
                    .contains(
                            "Warning (session 3): Session 3 quotes 6.4", "6.4 lakh villages | 6.4 million communities");
        }
    }

    @Test
    void manyFindingsRunOverSeveralPagesWithTheHeaderRepeated(@TempDir Path other) throws IOException {
        AnalysisResult result = ReportFixture.numberedFindings(250);
        Path file = other.resolve("findings.pdf");
        new BriefWriter().write(InMemoryRunData.of(result), file);
        try (PDDocument brief = Loader.loadPDF(file.toFile())) {
            int appendix = Integer.parseInt(outline(brief, null).get(9).replaceAll(".*@", "")) + 1;
            StringBuilder text = new StringBuilder();
            for (int page = appendix; page <= brief.getNumberOfPages(); page++) {
                String pageText = PdfChecks.text(brief, page);
                assertThat(pageText).as("page %d repeats the header", page).contains("Severity");
                text.append(pageText);
            }
            assertThat(brief.getNumberOfPages() - appendix)
                    .as("250 findings take more than one page")
                    .isPositive();
            for (int i = 1; i <= 250; i++) {
                assertThat(text).as("finding %d", i).contains("Finding number " + i + ".");
            }
        }
    }

    @Test
    void howWeCountPrintsTheCountingRulesAndTheMarks() throws IOException {
        String page = PdfChecks.text(pdf, 4);
        for (MethodLine line : CountingRules.lines()) {
            String start =
                    line.display().substring(0, Math.min(40, line.display().length()));
            assertThat(page.replace('\n', ' ')).as("rule line %s", start).contains(start);
        }
        assertThat(page)
                .contains(
                        "Marks in the coverage table and heat map:",
                        "named (in the heat map n): the line is named in words only");
        assertThat(page.split("How we count", -1))
                .as("the heading and the running header name the part")
                .hasSize(3);
    }

    /** Fixture with session 1's C6 named only and session 2's C5 labelled "E-Governance". */
    @Test
    void coverageShowsLinesNamedOnlyAndConflictingLabelsWithALegend(@TempDir Path other) throws IOException {
        Path file = other.resolve("marked.pdf");
        new BriefWriter().write(InMemoryRunData.of(ReportFixture.withCoverageMarks()), file);
        try (PDDocument marked = Loader.loadPDF(file.toFile())) {
            // The mark and the count are set apart by a thin space.
            String coverage = PdfChecks.text(marked, 5).replace('\n', ' ').replace('\u2009', ' ');
            assertThat(coverage)
                    .contains(
                            "● numbered in the session's links",
                            "named (in the heat map n): the line is named in words only",
                            "† numbered, but labelled with another line's name");
            assertThat(coverage)
                    .as("session 1's row: C1, C3, C6 named only, C7; total 4")
                    .contains("● 1 ● 2 named ● 1 4");
            assertThat(coverage).as("session 2's row: C2, C5 with the dagger").contains("● 1 ● 2† 3");
            assertThat(coverage)
                    .contains(
                            "Labels in conflict with the number",
                            "† Session 1·2, C5: Labelled “E-Governance” in the text, a name that fits C7 (ICT applications,"
                                    + " sub-line E-government); counted for C5, the number written.");
            assertThat(coverage)
                    .as("the named line is not counted: C6 has no session")
                    .contains("Sessions referencing the line 1 2 1 1 1 0 1 1 1 0 0");
            assertThat(PdfChecks.text(marked, 7)).contains("named", "2†");
        }
    }
}
