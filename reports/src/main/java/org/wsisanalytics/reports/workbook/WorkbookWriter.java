package org.wsisanalytics.reports.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wsisanalytics.model.MentionTotals;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.reports.CountryLookup;
import org.wsisanalytics.reports.Labels;
import org.wsisanalytics.reports.SessionSink;

/**
 * Writes the analysts' workbook. The sheets with charts (Overview, Countries) and the country × action
 * line matrix, whose size is bounded by the gazetteer, are built with XSSF; every sheet with a row per
 * session or per mention (Sessions, Action-line coverage, Themes, Evidence, Figures, Findings, Run) is
 * streamed with SXSSF, its formulas written with their results cached, so the cells of a large corpus
 * do not pile up in memory.
 *
 * <p>Nothing in the file depends on when or where it was written. The document properties' dates are the run
 * date. The zip entries carry no time: SXSSF writes the package through POI's own zip stream (its default
 * {@code Zip64Mode.Always}), which ignores entry times and writes a zero DOS date and time for every entry,
 * whatever the clock or {@code SOURCE_DATE_EPOCH} say. The streamed sheets' temporary files live in the
 * system's temporary folder, never in the run folder, and are deleted when the workbook is written or abandoned.
 */
public final class WorkbookWriter {

    public static final String TITLE = "WSIS session summaries: action lines, countries and themes";
    /** Rows of a streamed sheet kept in memory at a time. */
    private static final int ROW_WINDOW = 200;

    /** The list sheets whose first column is the document (and their continuation sheets, "Evidence (2)"). */
    private static final List<String> DOCUMENT_FIRST = List.of(
            SessionsSheet.NAME,
            KeyMessagesSheet.NAME,
            CoverageSheet.NAME,
            ThemesSheet.NAME,
            EvidenceSheet.NAME,
            FiguresSheet.NAME,
            FindingsSheet.NAME);

    private final int maxRowsPerSheet;

    /** A writer whose Evidence and Figures sheets continue on further sheets at the worksheet row limit. */
    public WorkbookWriter() {
        this(SheetParts.MAX_DATA_ROWS);
    }

    /** A writer that continues the Evidence and Figures sheets after {@code maxRowsPerSheet} data rows (tests). */
    WorkbookWriter(int maxRowsPerSheet) {
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /**
     * Makes, once per process, what the first workbook otherwise makes on its way: POI loads the OOXML schema types
     * (an index of some thousands of names) and the chart types when it first builds a workbook and a chart. This
     * builds a small workbook with the same styles and chart and writes it to nowhere; it changes no output.
     */
    public static void prepare() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(workbook);
            XSSFSheet sheet = workbook.createSheet("prepare");
            Cells.header(sheet.createRow(0), styles.header, "category", "count");
            XSSFRow row = sheet.createRow(1);
            Cells.text(row, 0, "a", styles.text);
            Cells.number(row, 1, 1, styles.integer);
            new BarChart("chart", "category", "count", sheet, 1, 1, 0, 1, true, BarChart.BLUE)
                    .drawOn(sheet, 3, 0, 8, 10);
            workbook.getProperties().getCoreProperties().setTitle(TITLE);
            workbook.write(OutputStream.nullOutputStream());
        }
    }

    /**
     * Writes the workbook. Only the summary is held; the Evidence and Figures sheets, which have a row per
     * mention, are filled in one walk over the sessions.
     */
    public void write(RunData data, Path file) throws IOException {
        SessionSink.walk(data, open(data, file));
    }

    /**
     * Builds every sheet that comes from the summary and opens those with a row per session (Sessions,
     * Action-line coverage, Themes) or per mention (Evidence, Figures); each session added fills its rows there,
     * and finishing adds the summary rows, the Findings and Run sheets and writes the file.
     */
    public SessionSink open(RunData data, Path file) {
        RunSummary result = data.summary();
        XSSFWorkbook workbook = new XSSFWorkbook();
        SXSSFWorkbook streaming = new SXSSFWorkbook(workbook, ROW_WINDOW);
        try {
            CellStyles styles = new CellStyles(workbook);
            // Overview is first but charts data of the Countries sheet, so that sheet is built first and moved.
            XSSFSheet countries =
                    CountriesSheet.write(workbook, styles, result.countries(), result.uncountedCountries());
            OverviewSheet.write(workbook, styles, result, countries);
            SessionsSheet sessions = SessionsSheet.create(streaming, styles, result.sessions());
            KeyMessagesSheet keyMessages = KeyMessagesSheet.create(streaming, styles);
            CoverageSheet coverage = CoverageSheet.create(streaming, styles, result.actionLines(), result.sessions());
            workbook.setSheetOrder(OverviewSheet.NAME, 0);
            workbook.setSheetOrder(CountriesSheet.NAME, 4);
            CountryLinesSheet.write(
                    workbook, styles, result.countries(), result.countryActionLines(), result.actionLines());
            ThemesSheet themes = ThemesSheet.create(streaming, styles, result.themeNames(), result.sessions());
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            // Cached results let viewers that do not recalculate (previews, POI, pandas) show the totals;
            // the streamed sheets wrote theirs, this evaluates the XSSF ones.
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            setProperties(workbook, result);
            MentionTotals totals = result.totals();
            EvidenceSheet evidence = EvidenceSheet.create(
                    streaming,
                    styles,
                    new CountryLookup(result.countries()),
                    totals.actionLineMentions()
                            + totals.actionLineNames()
                            + totals.countryMentions()
                            + totals.themeMentions()
                            + totals.figures(),
                    maxRowsPerSheet);
            FiguresSheet figures = FiguresSheet.create(streaming, styles, totals.figures(), maxRowsPerSheet);
            return new WorkbookSink(
                    streaming,
                    styles,
                    data,
                    new SessionSheets(sessions, keyMessages, coverage, themes, evidence, figures),
                    file);
        } catch (RuntimeException e) {
            streaming.dispose();
            throw e;
        }
    }

    /** The sheets with a row per session or per mention, filled as the sessions come. */
    private record SessionSheets(
            SessionsSheet sessions,
            KeyMessagesSheet keyMessages,
            CoverageSheet coverage,
            ThemesSheet themes,
            EvidenceSheet evidence,
            FiguresSheet figures) {}

    private static final class WorkbookSink implements SessionSink {
        private final SXSSFWorkbook streaming;
        private final CellStyles styles;
        private final RunData data;
        private final SessionSheets sheets;
        private final Path file;
        private boolean closed;

        WorkbookSink(SXSSFWorkbook streaming, CellStyles styles, RunData data, SessionSheets sheets, Path file) {
            this.streaming = streaming;
            this.styles = styles;
            this.data = data;
            this.sheets = sheets;
            this.file = file;
        }

        @Override
        public void add(SessionEvidence session) {
            sheets.sessions().add(session.session());
            sheets.keyMessages().add(session);
            sheets.coverage().add(session.overview());
            sheets.themes().add(session.overview());
            sheets.evidence().add(session);
            sheets.figures().add(session);
        }

        @Override
        public List<Path> finish() throws IOException {
            sheets.keyMessages().finish();
            sheets.coverage().finish();
            sheets.themes().finish();
            sheets.evidence().placeParts();
            sheets.figures().placeParts();
            FindingsSheet.write(streaming, styles, data);
            EventsSheet.write(streaming, styles, data.summary());
            MethodSheet.write(streaming, styles);
            ThemeTermsSheet.write(streaming, styles, data.summary());
            RunSheet.write(streaming, styles, data.summary());
            if (data.summary().documents().size() == 1) {
                hideDocumentColumns(streaming);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                streaming.write(out);
            }
            close();
            return List.of(file.getFileName());
        }

        /** Deletes the streamed sheets' temporary files. */
        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                streaming.dispose();
                streaming.close();
            }
        }
    }

    /**
     * Hides the Document column of every list sheet that starts with one: in a run of one document it holds the
     * same name on every row. It stays in the file, for filters and formulas; unhiding it shows it again.
     */
    private static void hideDocumentColumns(SXSSFWorkbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            String name = workbook.getSheetName(i);
            if (DOCUMENT_FIRST.stream().anyMatch(first -> name.equals(first) || name.startsWith(first + " ("))) {
                workbook.getSheetAt(i).setColumnHidden(0, true);
            }
        }
    }

    private static void setProperties(XSSFWorkbook workbook, RunSummary result) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle(TITLE);
        core.setSubjectProperty("Action lines, countries, themes and figures of "
                + Labels.count(result.sessions(), "session", "sessions") + ", run "
                + result.run().runId() + " (" + result.run().runDate() + ")");
        core.setCreator("wsis-analytics");
        core.setKeywords("WSIS; action lines; countries; themes; session summaries");
        core.setDescription("Made by wsis-analytics from "
                + Labels.count(result.documents().size(), "document", "documents") + "; see the Run"
                + " sheet for inputs and checksums.");
        core.setCategory("Policy analysis");
        // POI stamps the clock as the creation time; the run date keeps the same run's workbook the same bytes.
        Date runDate =
                Date.from(result.run().runDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(runDate));
        core.setModified(Optional.of(runDate));
        workbook.getProperties().getExtendedProperties().setApplication("wsis-analytics");
    }
}
