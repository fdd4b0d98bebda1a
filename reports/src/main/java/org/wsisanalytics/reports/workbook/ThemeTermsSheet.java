package org.wsisanalytics.reports.workbook;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.TaxonomyTerm;

/** The "Theme terms" sheet: the run's theme taxonomy, one row per term in its order, with its case rule. */
final class ThemeTermsSheet {

    static final String NAME = "Theme terms";

    private ThemeTermsSheet() {}

    static void write(SXSSFWorkbook workbook, CellStyles styles, RunSummary summary) {
        Sheet sheet = workbook.createSheet(NAME);
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        Cells.header(sheet.createRow(0), styles.header, "Theme", "Term", "Case");
        int r = 1;
        for (TaxonomyTerm term : summary.themeTerms()) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, term.theme(), styles.text);
            Cells.text(row, 1, term.term(), styles.text);
            Cells.text(row, 2, term.exactCase() ? "exact" : "any", styles.text);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, 2));
        Cells.printSetup(sheet, 0);
    }
}
