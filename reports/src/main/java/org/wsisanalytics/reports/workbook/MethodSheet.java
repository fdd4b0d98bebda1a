package org.wsisanalytics.reports.workbook;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.wsisanalytics.reports.coverage.CoverageMarks;
import org.wsisanalytics.reports.method.CountingRules;
import org.wsisanalytics.reports.method.MethodLine;

/**
 * The "Method" sheet: the counting rules ({@link CountingRules}, the text the brief's "How we count" page prints
 * too), one rule per row in a wide wrapped column, then the marks of the coverage cells.
 */
final class MethodSheet {

    static final String NAME = "Method";
    static final String MARKS = "Marks in the Action-line coverage sheet";

    private MethodSheet() {}

    static void write(SXSSFWorkbook workbook, CellStyles styles) {
        Sheet sheet = workbook.createSheet(NAME);
        sheet.setColumnWidth(0, 3 * 256);
        sheet.setColumnWidth(1, 120 * 256);
        int r = 0;
        Cells.text(sheet.createRow(r++), 0, "How we count", styles.title);
        for (MethodLine line : CountingRules.lines()) {
            switch (line.kind()) {
                case HEADING -> {
                    r++;
                    Cells.text(sheet.createRow(r++), 0, line.text(), styles.label);
                }
                case PARAGRAPH -> Cells.text(sheet.createRow(r++), 1, line.text(), styles.wrapped);
                case BULLET -> Cells.text(sheet.createRow(r++), 1, "\u2022 " + line.text(), styles.wrapped);
                default -> Cells.text(sheet.createRow(r++), 1, "    " + line.display(), styles.wrapped);
            }
        }
        r++;
        Cells.text(sheet.createRow(r++), 0, MARKS, styles.label);
        for (String entry : CoverageMarks.legend()) {
            Cells.text(sheet.createRow(r++), 1, entry, styles.wrapped);
        }
        Cells.text(
                sheet.createRow(r),
                1,
                "The terms each theme is counted by are on the " + ThemeTermsSheet.NAME + " sheet.",
                styles.wrapped);
        Cells.printSetup(sheet, 0);
    }
}
