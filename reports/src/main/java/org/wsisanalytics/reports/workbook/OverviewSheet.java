package org.wsisanalytics.reports.workbook;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.reports.coverage.CoverageMatrix;

/**
 * The "Overview" sheet: one row per action line (sessions referencing it, their share, mentions)
 * and a native bar chart "Sessions per action line" over that table, which analysts can restyle
 * or copy into slides.
 */
final class OverviewSheet {

    static final String NAME = "Overview";
    static final String CHART_TITLE = "Sessions per action line";
    static final int TABLE_HEADER_ROW = 3;
    /** Excel's default blue; set explicitly because LibreOffice draws unfilled bars otherwise. */
    private static final byte[] BAR_COLOUR = {(byte) 0x44, (byte) 0x72, (byte) 0xC4};

    private OverviewSheet() {
    }

    static void write(XSSFWorkbook workbook, CellStyles styles, CoverageMatrix matrix, RunInfo run, int documents) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        Cells.text(sheet.createRow(0), 0, "WSIS Action Lines: " + CHART_TITLE.toLowerCase(), styles.title);
        Cells.text(sheet.createRow(1), 0, "Run " + run.runId() + " of " + run.runDate() + ": "
                + matrix.sessions().size() + " sessions in " + documents + " documents.", styles.text);
        Cells.header(sheet.createRow(TABLE_HEADER_ROW), styles.header,
                "Action line", "Name", "Sessions", "Share of sessions", "Mentions");
        int sessions = matrix.sessions().size();
        int lines = matrix.actionLines().size();
        for (int j = 0; j < lines; j++) {
            ActionLine line = matrix.actionLines().get(j);
            Row row = sheet.createRow(TABLE_HEADER_ROW + 1 + j);
            Cells.text(row, 0, line.code(), styles.text);
            Cells.text(row, 1, line.name(), styles.text);
            Cells.number(row, 2, matrix.sessionsReferencing(j), styles.integer);
            Cells.number(row, 3, sessions == 0 ? 0 : (double) matrix.sessionsReferencing(j) / sessions,
                    styles.percent);
            Cells.number(row, 4, matrix.lineTotal(j), styles.integer);
        }
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        sheet.setColumnWidth(2, 10 * 256);
        sheet.setColumnWidth(3, 17 * 256);
        sheet.setColumnWidth(4, 10 * 256);
        sheet.createFreezePane(0, TABLE_HEADER_ROW + 1);
        Cells.printSetup(sheet, TABLE_HEADER_ROW);
        if (lines > 0) {
            addChart(sheet, TABLE_HEADER_ROW + 1, TABLE_HEADER_ROW + lines);
        }
    }

    private static void addChart(XSSFSheet sheet, int firstRow, int lastRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, lastRow + 2, 2, lastRow + 24);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(CHART_TITLE);
        chart.setTitleOverlay(false);

        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        categories.setTitle("Action line");
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setTitle("Sessions");
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setMinimum(0);
        values.setMajorUnit(1);

        XDDFDataSource<String> codes = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 0, 0));
        XDDFNumericalDataSource<Double> counts = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 2, 2));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(codes, counts);
        series.setTitle("Sessions", new CellReference(sheet.getSheetName(), TABLE_HEADER_ROW, 2, true, true));
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOUR)));
        chart.plot(data);
    }
}
