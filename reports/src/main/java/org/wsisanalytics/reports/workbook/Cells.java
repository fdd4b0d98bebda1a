package org.wsisanalytics.reports.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Small cell-writing helpers. Text from documents always goes through {@link #text}, which makes a
 * string cell: a title such as "=SUM(A1)" stays text and is never evaluated.
 */
final class Cells {

    private Cells() {}

    static Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    static Cell number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * The event's session number as a number where it is one ("436"), so that it sorts and filters as a
     * number; as text where it is not ("WS-12", or digits too long to be held exactly), empty where missing.
     */
    static Cell sessionId(Row row, int column, String sessionId, CellStyles styles) {
        if (sessionId != null && sessionId.matches("[1-9][0-9]{0,14}")) {
            return number(row, column, Long.parseLong(sessionId), styles.integer);
        }
        return text(row, column, sessionId, styles.text);
    }

    /** A formula we compose from cell references only; never from document text. */
    static Cell formula(Row row, int column, String formula, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        return cell;
    }

    /** Prints the sheet landscape on A4, scaled to one page wide, repeating the header row on every page. */
    static void printSetup(Sheet sheet, int headerRow) {
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /** "D2:N5", a relative range for formulas. */
    static String range(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        return new CellReference(firstRow, firstColumn).formatAsString() + ":"
                + new CellReference(lastRow, lastColumn).formatAsString();
    }

    static void header(Row row, CellStyle style, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            text(row, i, titles[i], style);
        }
    }
}
