package org.wsisanalytics.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.ActionLineLabelConflict;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.oracle.AnalysisResult;
import org.wsisanalytics.model.oracle.InMemoryRunData;
import org.wsisanalytics.reports.ReportFixture;
import org.wsisanalytics.reports.SessionWarnings;
import org.wsisanalytics.reports.coverage.CoverageMarks;
import org.wsisanalytics.reports.pdf.checks.PdfChecks;

/**
 * The brief's tables with a row per session or finding are written as they grow ({@link LongTable}); runs of every
 * length from one write (100 rows) to a page beyond, so that their last page would get every count of rows: each
 * row once, in order, the header on every page, and no page with fewer than {@value Space#MIN_ROWS} rows.
 */
class LongTablesInTheBriefTest {

    private static final Pattern SESSION = Pattern.compile("Session (\\d+): ICT");
    /** A row of the list of sessions as read back: the number on its line, then the title. */
    private static final Pattern NUMBERED_ROW = Pattern.compile("(?m)^(\\d+) ?\n(?:Session (\\d+): ICT)");

    /** A document's group row or a session's row, in a run of several documents. */
    private static final Pattern GROUP_OR_SESSION = Pattern.compile("document-\\d+\\.txt|Session \\d+: ICT");

    private static final Pattern FINDING = Pattern.compile("Finding number (\\d+)\\.");

    /** The coverage table (20 sessions a page) with its two rows of totals. */
    @Test
    void theCoverageTable() throws IOException {
        assertSessionTable(100, 120, CoverageTable::add, "Session C1 C2", "Sessions referencing the line", "Mentions");
    }

    /** The list of sessions (19 a page). */
    @Test
    void theListOfSessions() throws IOException {
        assertSessionTable(100, 118, SessionList::add, "Session Facilitator Action lines Words");
    }

    /**
     * The "#" column of the list of sessions and of the coverage table holds the run's largest number on one line:
     * in the text read back, each session's number stands alone on the line before its title, not broken over two
     * lines ("11", "2").
     */
    @Test
    void theSessionTablesPrintEveryNumberOnOneLine() throws IOException {
        for (int sessions : List.of(99, 120, 134, 1005)) {
            RunData data = InMemoryRunData.of(ReportFixture.manySessions(sessions));
            for (SessionTable part : List.<SessionTable>of(SessionList::add, CoverageTable::add)) {
                List<String> pages =
                        pageTexts((document, writer, blocks, fonts) -> part.add(document, writer, blocks, data));
                List<Integer> numbers = new ArrayList<>();
                for (String page : pages) {
                    Matcher row = NUMBERED_ROW.matcher(page);
                    while (row.find()) {
                        assertThat(row.group(1))
                                .as(sessions + " sessions: the number before " + row.group(2))
                                .isEqualTo(row.group(2));
                        numbers.add(Integer.parseInt(row.group(2)));
                    }
                }
                assertThat(numbers)
                        .as(sessions + " sessions")
                        .containsExactlyElementsOf(
                                IntStream.rangeClosed(1, sessions).boxed().toList());
            }
        }
    }

    /**
     * Runs of several documents, the first of every length up to a page and beyond, so that a document's group row
     * falls at every place of a page, in a table added whole and in one written as it grows: no page ends with a
     * group row, each group row stands on the page of its document's first session.
     */
    @Test
    void aGroupRowStaysWithItsFirstSession() throws IOException {
        for (int first = 1; first <= 22; first++) {
            for (int[] counts : List.of(new int[] {first, 25}, new int[] {first, 40, 40}, new int[] {first, 50, 50})) {
                RunData data = InMemoryRunData.of(ReportFixture.sessionsInDocuments(counts));
                String run = java.util.Arrays.toString(counts) + " sessions";
                for (SessionTable part : List.<SessionTable>of(SessionList::add, CoverageTable::add)) {
                    List<String> pages =
                            pages((document, writer, blocks, fonts) -> part.add(document, writer, blocks, data));
                    for (int page = 0; page < pages.size(); page++) {
                        List<String> rows = new ArrayList<>();
                        Matcher row = GROUP_OR_SESSION.matcher(pages.get(page));
                        while (row.find()) {
                            rows.add(row.group());
                        }
                        if (!rows.isEmpty()) {
                            assertThat(rows.get(rows.size() - 1))
                                    .as("%s: the last row of page %d of %s", run, page + 1, rows)
                                    .startsWith("Session");
                        }
                    }
                    int sessions = java.util.Arrays.stream(counts).sum();
                    assertThat(rows(pages, SESSION, "Session")).as(run).allSatisfy(onPage -> {});
                    assertThat(pages.stream()
                                    .mapToLong(page ->
                                            SESSION.matcher(page).results().count())
                                    .sum())
                            .as(run)
                            .isEqualTo(sessions);
                }
            }
        }
    }

    /**
     * Runs whose coverage table ends at every height its rows allow (33 to 40 sessions), every fifth session with a
     * label in conflict: the heading of the notes on them never stands alone at the foot of a page, its first note
     * follows it on the page; some runs leave room for the heading alone, and so start the notes on the next page.
     */
    @Test
    void theHeadingOfTheLabelNotesStaysWithItsFirstNote() throws IOException {
        int notesOnANewPage = 0;
        for (int sessions = 33; sessions <= 40; sessions++) {
            RunData data = InMemoryRunData.of(withLabelConflicts(ReportFixture.manySessions(sessions)));
            List<String> lastLines = new ArrayList<>();
            List<String> pages = pages(
                    (document, writer, blocks, fonts) -> CoverageTable.add(document, writer, blocks, data), lastLines);
            assertThat(lastLines)
                    .as(sessions + " sessions: the last line of each page")
                    .doesNotContain(CoverageTable.NOTES);
            List<String> holding = pages.stream()
                    .filter(page -> page.contains(CoverageTable.NOTES))
                    .toList();
            assertThat(holding).as(sessions + " sessions").hasSize(1);
            assertThat(holding.get(0)).contains(CoverageMarks.LABEL_CONFLICT + " Session 5, C5: Labelled");
            notesOnANewPage += SESSION.matcher(holding.get(0)).find() ? 0 : 1;
        }
        assertThat(notesOnANewPage)
                .as("runs whose notes start a page of their own")
                .isPositive();
    }

    /** The run with a label in conflict in every fifth session. */
    private static AnalysisResult withLabelConflicts(AnalysisResult run) {
        List<ActionLineLabelConflict> conflicts = run.sessions().stream()
                .filter(session -> session.index() % 5 == 0)
                .map(session -> new ActionLineLabelConflict(
                        session.key(), "C" + (1 + (session.index() - 1) % 11), "E-Governance", "C7"))
                .toList();
        return new AnalysisResult(
                run.run(),
                run.actionLines(),
                run.documents(),
                run.sessions(),
                run.actionLineMentions(),
                run.actionLineNames(),
                run.coverage(),
                conflicts,
                run.countries(),
                run.themes(),
                run.figures(),
                run.findings(),
                run.rejects());
    }

    /** The findings appendix (about 33 findings a page). */
    @Test
    void theFindingsAppendix() throws IOException {
        for (int findings = 100; findings <= 134; findings++) {
            RunData data = InMemoryRunData.of(ReportFixture.numberedFindings(findings));
            SessionWarnings warnings = SessionWarnings.of(data);
            List<String> pages = pages((document, writer, blocks, fonts) ->
                    FindingsAppendix.add(document, writer, blocks, data, warnings));
            List<List<Integer>> rows = rows(pages, FINDING, "# Severity Finding");
            assertEveryRowOnceAndAtLeastThreeAPage(findings + " findings", rows, findings, pages);
        }
    }

    /**
     * The heat map ({@value HeatMapPages#ROWS_PER_PAGE} sessions a page): a last page that would hold one or two
     * rows takes rows from the page before.
     */
    @Test
    void theHeatMap() throws IOException {
        for (int sessions : List.of(30, 31, 32, 33, 60, 61, 62, 63)) {
            RunData data = InMemoryRunData.of(ReportFixture.manySessions(sessions));
            List<String> pages =
                    pages((document, writer, blocks, fonts) -> HeatMapPages.add(document, writer, blocks, fonts, data));
            List<List<Integer>> rows = rows(pages, SESSION, "");
            assertThat(rows.stream().flatMap(List::stream).toList())
                    .as(sessions + " sessions' heat map")
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(1, sessions).boxed().toList());
            assertThat(rows)
                    .as(sessions + " sessions' heat map: rows on each page")
                    .allSatisfy(page -> assertThat(page.size()).isBetween(Space.MIN_ROWS, HeatMapPages.ROWS_PER_PAGE));
        }
    }

    /** Writes a part with a row per session. */
    @FunctionalInterface
    private interface SessionTable {
        void add(Document document, PdfWriter writer, Blocks blocks, RunData data) throws IOException;
    }

    /** Runs of {@code from} to {@code to} sessions. */
    private static void assertSessionTable(int from, int to, SessionTable part, String header, String... totals)
            throws IOException {
        for (int sessions = from; sessions <= to; sessions++) {
            RunData data = InMemoryRunData.of(ReportFixture.manySessions(sessions));
            List<String> pages = pages((document, writer, blocks, fonts) -> part.add(document, writer, blocks, data));
            assertEveryRowOnceAndAtLeastThreeAPage(
                    sessions + " sessions", rows(pages, SESSION, header), sessions, pages, totals);
        }
    }

    /** Writes a part. */
    @FunctionalInterface
    private interface Part {
        void add(Document document, PdfWriter writer, Blocks blocks, BriefFonts fonts) throws IOException;
    }

    /** The text of each page of a document holding the part alone, on one line. */
    private static List<String> pages(Part part) throws IOException {
        return pages(part, new ArrayList<>());
    }

    /** The text of each page of a document holding the part alone, on one line; each page's last line to {@code lastLines}. */
    private static List<String> pages(Part part, List<String> lastLines) throws IOException {
        return pageTexts(part, lastLines).stream()
                .map(page -> page.replace('\n', ' '))
                .toList();
    }

    /** The text of each page of a document holding the part alone. */
    private static List<String> pageTexts(Part part) throws IOException {
        return pageTexts(part, new ArrayList<>());
    }

    private static List<String> pageTexts(Part part, List<String> lastLines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = PdfSetup.newDocument();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        BriefFonts fonts = BriefFonts.load();
        part.add(document, writer, new Blocks(fonts), fonts);
        document.close();
        List<String> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                pages.add(PdfChecks.text(pdf, page));
                lastLines.add(PdfChecks.lastLine(pdf, page));
            }
        }
        return pages;
    }

    /** The row numbers on each page; a page with rows but without the header fails. */
    private static List<List<Integer>> rows(List<String> pages, Pattern row, String header) {
        List<List<Integer>> rows = new ArrayList<>();
        for (String page : pages) {
            List<Integer> numbers = new ArrayList<>();
            Matcher matcher = row.matcher(page);
            while (matcher.find()) {
                numbers.add(Integer.parseInt(matcher.group(1)));
            }
            if (!numbers.isEmpty()) {
                assertThat(page).as("page %d", rows.size() + 1).contains(header);
            }
            rows.add(numbers);
        }
        return rows;
    }

    /** {@code totals}: the labels of the rows of totals at the table's end, which count as rows of their page. */
    private static void assertEveryRowOnceAndAtLeastThreeAPage(
            String table, List<List<Integer>> rows, int count, List<String> pages, String... totals) {
        assertThat(rows.stream().flatMap(List::stream).toList())
                .as(table)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, count).boxed().toList());
        List<Integer> held = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            int rowsOnPage = rows.get(page).size();
            for (String label : totals) {
                rowsOnPage += pages.get(page).contains(label) ? 1 : 0;
            }
            if (rowsOnPage > 0) {
                held.add(rowsOnPage);
            }
        }
        assertThat(held).as(table + ": rows on each page holding some").hasSizeGreaterThan(1);
        assertThat(held)
                .as(table + ": rows on each page holding some")
                .allSatisfy(rowsOnPage -> assertThat(rowsOnPage).isGreaterThanOrEqualTo(Space.MIN_ROWS));
    }
}
