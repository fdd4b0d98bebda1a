package org.wsisanalytics.reports.workbook;

import java.io.IOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.TextLocation;

/** The "Findings" sheet: the consistency findings for the documents' editors, one per row. */
final class FindingsSheet {

    static final String NAME = "Findings";
    private static final String[] HEADER = {"Document", "#", "Severity", "Check", "Message", "Evidence", "Location"};
    private static final int[] WIDTHS = {28, 5, 10, 28, 70, 60, 14};

    private FindingsSheet() {}

    /** Writes the sheet, reading the run's findings in one walk. */
    static void write(SXSSFWorkbook workbook, CellStyles styles, RunData data) throws IOException {
        Sheet sheet = workbook.createSheet(NAME);
        Streamed.prepare(sheet, styles, HEADER, WIDTHS, data.summary().findings());
        int[] r = {1};
        data.forEachFinding(finding -> {
            Row row = sheet.createRow(r[0]++);
            Cells.text(row, 0, finding.document(), styles.text);
            if (finding.sessionIndex() != null) {
                Cells.number(row, 1, finding.sessionIndex(), styles.integer);
            }
            Cells.text(row, 2, finding.severity().name(), styles.text);
            Cells.text(row, 3, finding.check(), styles.text);
            Cells.text(row, 4, finding.message(), styles.wrapped);
            Cells.text(row, 5, finding.evidence(), styles.wrapped);
            Cells.text(row, 6, TextLocation.labelOf(finding.location()), styles.text);
        });
    }
}
