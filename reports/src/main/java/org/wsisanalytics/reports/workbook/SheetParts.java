package org.wsisanalytics.reports.workbook;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streamed list sheet that continues on "Name (2)", "Name (3)", ... when it reaches the row limit of a
 * worksheet (1,048,576 rows in Excel and LibreOffice, the header included). Each part has the header row,
 * frozen, and a filter over its own rows; {@link #placeAfterFirst()} puts the parts next to each other.
 */
final class SheetParts {

    /** Data rows a worksheet can hold below its header row. */
    static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final SXSSFWorkbook workbook;
    private final CellStyles styles;
    private final String name;
    private final String[] header;
    private final int[] widths;
    private final int maxDataRows;
    private int remaining;
    private Sheet current;
    private int parts;
    private int rowInPart;

    /**
     * @param totalRows the data rows that will be written, to set each part's filter range up front
     * @param maxDataRows data rows per part ({@link #MAX_DATA_ROWS}, less in tests)
     */
    SheetParts(
            SXSSFWorkbook workbook,
            CellStyles styles,
            String name,
            String[] header,
            int[] widths,
            int totalRows,
            int maxDataRows) {
        if (maxDataRows < 1 || maxDataRows > MAX_DATA_ROWS) {
            throw new IllegalArgumentException(
                    "maxDataRows must be between 1 and " + MAX_DATA_ROWS + ", was " + maxDataRows);
        }
        this.workbook = workbook;
        this.styles = styles;
        this.name = name;
        this.header = header;
        this.widths = widths;
        this.maxDataRows = maxDataRows;
        this.remaining = totalRows;
        startPart();
    }

    /** The next data row, on a new part when the current one is full. */
    Row nextRow() {
        if (rowInPart == maxDataRows) {
            startPart();
        }
        remaining--;
        return current.createRow(++rowInPart);
    }

    /** Moves "Name (2)", "Name (3)", ... right after "Name"; call once every row is written. */
    void placeAfterFirst() {
        int first = workbook.getSheetIndex(name);
        for (int part = 2; part <= parts; part++) {
            workbook.setSheetOrder(partName(part), first + part - 1);
        }
    }

    private void startPart() {
        parts++;
        current = workbook.createSheet(partName(parts));
        Streamed.prepare(current, styles, header, widths, Math.min(Math.max(remaining, 0), maxDataRows));
        rowInPart = 0;
    }

    private String partName(int part) {
        return part == 1 ? name : name + " (" + part + ")";
    }
}
