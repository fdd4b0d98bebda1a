package org.wsisanalytics.reports.workbook;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** The common set-up of a list sheet: widths, frozen header row, filter over all rows, print layout. */
final class Streamed {

    private Streamed() {}

    /** Sets up the sheet and writes its header row; call before the data rows (SXSSF writes rows in order). */
    static void prepare(Sheet sheet, CellStyles styles, String[] header, int[] widths, int rows) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        Cells.printSetup(sheet, 0);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows), 0, header.length - 1));
        Cells.header(sheet.createRow(0), styles.header, header);
    }
}
