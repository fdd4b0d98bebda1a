package org.wsisanalytics.reports.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's cell styles, created once per workbook (a file has a limit of about 64,000 styles,
 * and one style per cell would also bloat it). Works for XSSF and for SXSSF sheets of the same workbook.
 */
final class CellStyles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle headerCentered;
    final CellStyle text;
    final CellStyle integer;
    /** Whole numbers with zero shown as an empty cell, so the coverage matrix reads like a chart. */
    final CellStyle count;
    /** The coverage cells, their marks in their number formats. */
    final CoverageStyles coverage;

    final CellStyle percent;
    final CellStyle link;
    /** A session's total in the coverage matrix's last column. */
    final CellStyle boldCount;

    final CellStyle totalLabel;
    final CellStyle totalInteger;
    final CellStyle totalPercent;
    /** Long text (names, sentences) wrapped within its column. */
    final CellStyle wrapped;
    /** A header whose titles wrap (theme names over narrow matrix columns). */
    final CellStyle headerWrapped;
    /** A figure's value with a fraction ("2.6"). */
    final CellStyle decimal;
    /** A whole figure with thousands separated ("2,600,000,000"). */
    final CellStyle thousands;

    final CellStyle date;
    final CellStyle label;

    CellStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font blueUnderlined = workbook.createFont();
        blueUnderlined.setUnderline(Font.U_SINGLE);
        blueUnderlined.setColor(IndexedColors.BLUE.getIndex());
        short integerFormat = workbook.createDataFormat().getFormat("0");
        short countFormat = workbook.createDataFormat().getFormat("0;-0;;@");
        short percentFormat = workbook.createDataFormat().getFormat("0%");
        // Not "#,##0.####": Excel shows a whole number in it with a trailing point ("40.").
        short decimalFormat = workbook.createDataFormat().getFormat("#,##0.0#####");
        short thousandsFormat = workbook.createDataFormat().getFormat("#,##0");
        short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");

        title = workbook.createCellStyle();
        title.setFont(big);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        headerCentered = workbook.createCellStyle();
        headerCentered.cloneStyleFrom(header);
        headerCentered.setAlignment(HorizontalAlignment.CENTER);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        integer = workbook.createCellStyle();
        integer.setDataFormat(integerFormat);
        integer.setVerticalAlignment(VerticalAlignment.TOP);
        count = workbook.createCellStyle();
        count.setDataFormat(countFormat);
        count.setAlignment(HorizontalAlignment.CENTER);
        coverage = new CoverageStyles(workbook, count);
        percent = workbook.createCellStyle();
        percent.setDataFormat(percentFormat);
        percent.setVerticalAlignment(VerticalAlignment.TOP);
        link = workbook.createCellStyle();
        link.setFont(blueUnderlined);
        boldCount = workbook.createCellStyle();
        boldCount.setFont(bold);
        boldCount.setDataFormat(integerFormat);
        boldCount.setAlignment(HorizontalAlignment.CENTER);
        totalLabel = workbook.createCellStyle();
        totalLabel.setFont(bold);
        totalLabel.setBorderTop(BorderStyle.THIN);
        totalInteger = workbook.createCellStyle();
        totalInteger.cloneStyleFrom(totalLabel);
        totalInteger.setDataFormat(integerFormat);
        totalInteger.setAlignment(HorizontalAlignment.CENTER);
        totalPercent = workbook.createCellStyle();
        totalPercent.cloneStyleFrom(totalLabel);
        totalPercent.setDataFormat(percentFormat);
        totalPercent.setAlignment(HorizontalAlignment.CENTER);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        headerWrapped = workbook.createCellStyle();
        headerWrapped.cloneStyleFrom(headerCentered);
        headerWrapped.setWrapText(true);
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(decimalFormat);
        decimal.setVerticalAlignment(VerticalAlignment.TOP);
        thousands = workbook.createCellStyle();
        thousands.setDataFormat(thousandsFormat);
        thousands.setVerticalAlignment(VerticalAlignment.TOP);
        date = workbook.createCellStyle();
        date.setDataFormat(dateFormat);
        date.setAlignment(HorizontalAlignment.LEFT);
        label = workbook.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);
    }
}
