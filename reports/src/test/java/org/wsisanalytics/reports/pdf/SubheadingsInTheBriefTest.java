package org.wsisanalytics.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.oracle.InMemoryRunData;
import org.wsisanalytics.reports.CountryLookup;
import org.wsisanalytics.reports.ReportFixture;
import org.wsisanalytics.reports.SessionWarnings;
import org.wsisanalytics.reports.charts.RankingChart;
import org.wsisanalytics.reports.method.CountingRules;
import org.wsisanalytics.reports.method.MethodLine;
import org.wsisanalytics.reports.pdf.checks.PdfChecks;

/**
 * The brief's parts pushed down a page by blocks of every height (every {@value #STEP} points from the top of a page
 * to its foot), so that each of their subheadings falls at every place of a page, the foot too: no page ends with a
 * subheading ({@link Space#addHeading}); where only the subheading would fit, it starts the next page with what it
 * names.
 */
class SubheadingsInTheBriefTest {

    /** The step between the heights of the block above the part. */
    private static final float STEP = 2;

    private static BriefFonts fonts;

    @BeforeAll
    static void loadFonts() throws IOException {
        fonts = BriefFonts.load();
    }

    @Test
    void theCover() throws IOException {
        RunData data = ReportFixture.withEvents(InMemoryRunData.of(ReportFixture.result()));
        assertNoPageEndsWithASubheading(
                (document, writer, blocks) -> CoverPage.add(document, writer, blocks, data.summary()),
                List.of("Run", "Source documents", "Events side by side", "Skipped inputs"));
    }

    /** The key messages of a run without any: "By session" then says that no session has a part to quote from. */
    @Test
    void theKeyMessagesOfARunWithoutAny() throws IOException {
        RunData data = InMemoryRunData.of(ReportFixture.result());
        assertNoPageEndsWithASubheading(
                (document, writer, blocks) -> KeyMessagesPage.add(document, writer, blocks, data),
                List.of(KeyMessagesPage.SHARED, KeyMessagesPage.BY_SESSION));
    }

    @Test
    void theKeyMessages() throws IOException {
        RunData data = ReportFixture.withMessages(ReportFixture.result());
        assertNoPageEndsWithASubheading(
                (document, writer, blocks) -> KeyMessagesPage.add(document, writer, blocks, data),
                List.of(KeyMessagesPage.SHARED, KeyMessagesPage.BY_SESSION));
    }

    @Test
    void theKeyFigures() throws IOException {
        RunData data = InMemoryRunData.of(ReportFixture.result());
        SessionWarnings warnings = SessionWarnings.of(data);
        assertThat(warnings.all()).isNotEmpty();
        assertNoPageEndsWithASubheading(
                (document, writer, blocks) ->
                        KeyFiguresPage.add(document, writer, blocks, data.summary(), warnings.all()),
                List.of(
                        "Warnings: check before quoting",
                        "Action lines no session refers to",
                        "Countries named in most sessions"));
    }

    /** How we count: the headings of the counting rules, closer to their text than the brief's other subheadings. */
    @Test
    void howWeCount() throws IOException {
        List<String> headings = CountingRules.lines().stream()
                .filter(line -> line.kind() == MethodLine.Kind.HEADING)
                .map(MethodLine::text)
                .toList();
        assertThat(headings).isNotEmpty();
        assertNoPageEndsWithASubheading(
                (document, writer, blocks) -> HowWeCountPage.add(document, writer, blocks), headings);
    }

    @Test
    void theCountries() throws IOException {
        RunData data = InMemoryRunData.of(ReportFixture.result());
        assertNoPageEndsWithASubheading(
                (document, writer, blocks) -> CountriesPage.add(document, writer, blocks, fonts, data.summary()),
                List.of(RankingChart.TOP_COUNTRIES, RankingChart.REGIONS, "Sub-regions and UN groups"));
    }

    /** A session's page whose action lines include some named without a number: the label of those. */
    @Test
    void theLabelOfTheLinesNamedWithoutANumberOnASessionPage() throws IOException {
        RunData data = InMemoryRunData.of(ReportFixture.result());
        List<SessionEvidence> named = new ArrayList<>();
        data.forEachSession(session -> {
            if (!session.actionLineNames().isEmpty()) {
                named.add(session);
            }
        });
        assertThat(named).isNotEmpty();
        SessionEvidence session = named.get(0);
        CountryLookup countries = new CountryLookup(data.summary().countries());
        assertNoPageEndsWithASubheading(
                (document, writer, blocks) -> SessionPage.add(
                        document,
                        writer,
                        blocks,
                        data.summary().actionLines(),
                        session,
                        List.of(),
                        countries,
                        1,
                        false),
                List.of(SessionPage.ACTION_LINES, SessionPage.NAMED_ONLY, SessionPage.COUNTRIES));
    }

    /** Writes a part. */
    @FunctionalInterface
    private interface Part {
        void add(Document document, PdfWriter writer, Blocks blocks) throws IOException;
    }

    /**
     * The part below blocks of every height: no page's last line is one of {@code headings}, each of them is
     * printed, and some run starts a page with one of them (the heading moved with what it names).
     */
    private static void assertNoPageEndsWithASubheading(Part part, List<String> headings) throws IOException {
        int moved = 0;
        float page = PdfSetup.newDocument().top() - PdfSetup.newDocument().bottom();
        for (float above = 0; above < page - 1; above += STEP) {
            try (PDDocument pdf = Loader.loadPDF(write(part, above))) {
                StringBuilder all = new StringBuilder();
                for (int number = 1; number <= pdf.getNumberOfPages(); number++) {
                    String text = PdfChecks.text(pdf, number);
                    all.append(text).append('\n');
                    assertThat(PdfChecks.lastLine(pdf, number))
                            .as("the last line of page %d below %s pt", number, above)
                            .isNotIn(headings);
                    String first = text.strip().lines().findFirst().orElse("").strip();
                    moved += number > 1 && headings.contains(first) ? 1 : 0;
                }
                assertThat(all.toString().lines().map(String::strip).toList())
                        .as("below %s pt", above)
                        .containsAll(headings);
            }
        }
        assertThat(moved).as("runs with a page that a subheading starts").isPositive();
    }

    private static byte[] write(Part part, float above) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = PdfSetup.newDocument();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        if (above > 0) {
            PdfPTable spacer = new PdfPTable(1);
            PdfPCell space = new PdfPCell(new Phrase("above"));
            space.setFixedHeight(above);
            space.setBorder(Rectangle.NO_BORDER);
            spacer.addCell(space);
            document.add(spacer);
        }
        part.add(document, writer, new Blocks(fonts));
        document.close();
        return out.toByteArray();
    }
}
