package org.wsisanalytics.reports.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfWriter;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.reports.CountryLookup;
import org.wsisanalytics.reports.SessionSink;
import org.wsisanalytics.reports.SessionWarnings;
import org.wsisanalytics.reports.charts.RankingChart;

/**
 * Writes the consolidated A4 brief (PDF/A-1b): cover, key messages, key figures (with the run's warnings), how we
 * count, action-line coverage table, the
 * charts (sessions per line, heat map, countries and regions), the list of sessions followed by one
 * page per session, and the appendix of consistency findings. Every part and session is bookmarked.
 */
public final class BriefWriter {

    /**
     * Makes, once per process, what the first brief otherwise makes on its way: AWT's font system starts and
     * registers Liberation Sans, OpenPDF reads the fonts and sets up PDF/A, JFreeChart draws into a PDF form. This
     * writes a one-page PDF/A with a chart to nowhere; it changes no output.
     */
    public static void prepare() throws IOException {
        BriefFonts fonts = BriefFonts.load();
        Document document = PdfSetup.newDocument();
        try (OutputStream out = new PdfIdOutputStream(OutputStream.nullOutputStream())) {
            PdfWriter writer = PdfSetup.open(
                    document,
                    out,
                    new PdfSetup.Metadata("prepare", "prepare", "prepare", "wsis-analytics", LocalDate.EPOCH),
                    fonts,
                    new BriefPageEvents(fonts, "prepare", "prepare", false));
            document.add(new Blocks(fonts).heading("prepare"));
            ChartImages.add(document, writer, fonts, RankingChart.regions(List.of(), fonts.awtFamily()), 200, 100);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Cannot prepare the brief's fonts and charts: " + e.getMessage(), e);
        }
    }

    /** Writes the brief; the session pages are added in one walk over the sessions. */
    public void write(RunData data, Path file) throws IOException {
        SessionSink.walk(data, open(data, SessionWarnings.of(data), file));
    }

    /**
     * Writes the pages up to the list of sessions, from the summary and, for the key messages, a walk over the
     * sessions' evidence, and for the coverage table, the heat map and the list of sessions, a walk over the
     * sessions' overviews each; each session added then gets its page, and
     * finishing adds the findings appendix and closes the file.
     */
    public SessionSink open(RunData data, SessionWarnings warnings, Path file) throws IOException {
        RunSummary result = data.summary();
        BriefFonts fonts = BriefFonts.load();
        Blocks blocks = new Blocks(fonts);
        Document document = PdfSetup.newDocument();
        String title = CoverPage.title(result);
        OutputStream out = new PdfIdOutputStream(Files.newOutputStream(file));
        try {
            PdfWriter writer = PdfSetup.open(
                    document,
                    out,
                    new PdfSetup.Metadata(
                            title + " – brief",
                            "WSIS Action Lines, countries, themes and figures of " + result.sessions()
                                    + " sessions, run " + result.run().runId() + " of "
                                    + result.run().runDate(),
                            "WSIS; action lines; countries; themes; session summaries",
                            "wsis-analytics " + result.run().version(),
                            result.run().runDate()),
                    fonts,
                    new BriefPageEvents(
                            fonts, title, "wsis-analytics · run " + result.run().runId(), false));
            CoverPage.add(document, writer, blocks, result);
            document.newPage();
            KeyMessagesPage.add(document, writer, blocks, data);
            document.newPage();
            KeyFiguresPage.add(document, writer, blocks, result, warnings.all());
            document.newPage();
            HowWeCountPage.add(document, writer, blocks);
            document.newPage();
            int coverageStart = writer.getPageNumber();
            CoverageTable.add(document, writer, blocks, data);
            Space.newPageUnlessShortEnd(document, writer, blocks, coverageStart, ChartPage.OPENING);
            ChartPage.add(document, writer, blocks, fonts, result);
            document.newPage();
            HeatMapPages.add(document, writer, blocks, fonts, data);
            document.newPage();
            CountriesPage.add(document, writer, blocks, fonts, result);
            document.newPage();
            int listStart = writer.getPageNumber();
            SessionList.add(document, writer, blocks, data);
            return new BriefSink(
                    document,
                    writer,
                    out,
                    blocks,
                    new CountryLookup(result.countries()),
                    warnings,
                    data,
                    file,
                    listStart);
        } catch (DocumentException e) {
            out.close();
            throw new IOException("Cannot write the brief " + file.getFileName() + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** Adds a page per session, or the session below the short end of the one before ({@link Space}). */
    private static final class BriefSink implements SessionSink {

        private final Document document;
        private final PdfWriter writer;
        private final OutputStream out;
        private final Blocks blocks;
        private final CountryLookup countries;
        private final SessionWarnings warnings;
        private final RunData data;
        private final Path file;
        /** The page the session added last starts on; before the first, the page the list of sessions starts on. */
        private int sessionStart;

        BriefSink(
                Document document,
                PdfWriter writer,
                OutputStream out,
                Blocks blocks,
                CountryLookup countries,
                SessionWarnings warnings,
                RunData data,
                Path file,
                int listStart) {
            this.document = document;
            this.writer = writer;
            this.out = out;
            this.blocks = blocks;
            this.countries = countries;
            this.warnings = warnings;
            this.data = data;
            this.file = file;
            this.sessionStart = listStart;
        }

        @Override
        public void add(SessionEvidence session) throws IOException {
            try {
                Space.newPageUnlessShortEnd(document, writer, blocks, sessionStart, Space.SESSION_OPENING);
                sessionStart = writer.getPageNumber();
                SessionPage.add(
                        document,
                        writer,
                        blocks,
                        data.summary().actionLines(),
                        session,
                        warnings.of(session.key()),
                        countries,
                        2,
                        false);
            } catch (DocumentException e) {
                throw new IOException("Cannot write the brief " + file.getFileName() + ": " + e.getMessage(), e);
            }
        }

        @Override
        public List<Path> finish() throws IOException {
            try {
                document.newPage();
                FindingsAppendix.add(document, writer, blocks, data, warnings);
                document.close();
            } catch (DocumentException e) {
                throw new IOException("Cannot write the brief " + file.getFileName() + ": " + e.getMessage(), e);
            } finally {
                out.close();
            }
            return List.of(file.getFileName());
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
