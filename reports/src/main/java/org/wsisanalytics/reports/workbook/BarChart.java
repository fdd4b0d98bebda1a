package org.wsisanalytics.reports.workbook;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
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

/**
 * A native (editable) one-series bar chart over cells of a sheet. The series gets an explicit
 * solid fill: LibreOffice draws bars without one as empty outlines.
 *
 * @param title the chart's title
 * @param categoryTitle the category axis title
 * @param valueTitle the value axis title
 * @param source the sheet holding the data (may differ from the sheet the chart is drawn on)
 * @param firstRow first data row (0-based)
 * @param lastRow last data row
 * @param categoryColumn column of the category labels
 * @param valueColumn column of the values; its header (the row above firstRow) names the series
 * @param horizontal bars from left to right, first category on top (for long labels such as country names)
 * @param colour the bars' RGB colour
 */
record BarChart(
        String title,
        String categoryTitle,
        String valueTitle,
        XSSFSheet source,
        int firstRow,
        int lastRow,
        int categoryColumn,
        int valueColumn,
        boolean horizontal,
        byte[] colour) {

    static final byte[] BLUE = {(byte) 0x44, (byte) 0x72, (byte) 0xC4};
    static final byte[] ORANGE = {(byte) 0xED, (byte) 0x7D, (byte) 0x31};
    static final byte[] GREEN = {(byte) 0x70, (byte) 0xAD, (byte) 0x47};

    /** Draws the chart on the given sheet over the cell area [col1, row1) to [col2, row2). */
    XSSFChart drawOn(XSSFSheet sheet, int col1, int row1, int col2, int row2) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);

        XDDFCategoryAxis categories = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        categories.setTitle(categoryTitle);
        XDDFValueAxis values = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        values.setTitle(valueTitle);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setMinimum(0);
        if (horizontal) {
            // The first (most mentioned) category on top, as in the table.
            categories.setOrientation(AxisOrientation.MAX_MIN);
            values.setCrosses(AxisCrosses.MAX);
        }

        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(
                source, new CellRangeAddress(firstRow, lastRow, categoryColumn, categoryColumn));
        XDDFNumericalDataSource<Double> counts = XDDFDataSourcesFactory.fromNumericCellRange(
                source, new CellRangeAddress(firstRow, lastRow, valueColumn, valueColumn));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(labels, counts);
        String seriesTitle = source.getRow(firstRow - 1).getCell(valueColumn).getStringCellValue();
        series.setTitle(seriesTitle, new CellReference(source.getSheetName(), firstRow - 1, valueColumn, true, true));
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        chart.plot(data);
        return chart;
    }
}
