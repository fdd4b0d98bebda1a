package org.wsisanalytics.reports.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wsisanalytics.model.AnalysisResult;
import org.wsisanalytics.reports.coverage.CoverageMatrix;

/**
 * Writes the analysts' workbook: Overview (table and native chart), Sessions, Action-line coverage
 * (matrix with formulas) and Action-line mentions (streamed).
 */
public final class WorkbookWriter {

    /** Rows of the streamed mentions sheet kept in memory at a time. */
    private static final int ROW_WINDOW = 200;

    public void write(AnalysisResult result, CoverageMatrix matrix, Path file) throws IOException {
        // The small sheets are built with XSSF (charts, comments, formulas need the full model); the
        // workbook then becomes the template of a streaming workbook for the one sheet that grows.
        XSSFWorkbook workbook = new XSSFWorkbook();
        try (SXSSFWorkbook streaming = new SXSSFWorkbook(workbook, ROW_WINDOW)) {
            CellStyles styles = new CellStyles(workbook);
            OverviewSheet.write(workbook, styles, matrix, result.run(), result.documents().size());
            SessionsSheet.write(workbook, styles, result.sessions());
            CoverageSheet.write(workbook, styles, matrix);
            // Cached results let viewers that do not recalculate (previews, POI, pandas) show the totals.
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            setProperties(workbook, result);
            MentionsSheet.write(streaming, styles, result.actionLineMentions());
            try (OutputStream out = Files.newOutputStream(file)) {
                streaming.write(out);
            } finally {
                streaming.dispose();
            }
        }
    }

    private static void setProperties(XSSFWorkbook workbook, AnalysisResult result) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle("WSIS Action Lines in session summaries");
        core.setSubjectProperty("Action-line coverage of " + result.sessions().size() + " sessions, run "
                + result.run().runId() + " (" + result.run().runDate() + ")");
        core.setCreator("wsis-analytics");
        core.setKeywords("WSIS; action lines; session summaries");
    }
}
