package org.wsisanalytics.reports.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The "Evidence" sheet: one row per mention of every kind (action line, country, theme, figure) with
 * its section, the text as matched and the whole sentence, so every number of the workbook can be
 * traced to where it came from. It is the largest sheet, so it is streamed.
 */
final class EvidenceSheet {

    static final String NAME = "Evidence";
    private static final String[] HEADER = {"Document", "#", "Session id", "Section", "Kind", "Item", "Detail",
            "Matched text", "Sentence"};
    private static final int[] WIDTHS = {28, 5, 10, 22, 12, 24, 18, 24, 110};

    private EvidenceSheet() {
    }

    static void write(SXSSFWorkbook workbook, CellStyles styles, List<EvidenceRows.Row> rows) {
        Sheet sheet = workbook.createSheet(NAME);
        Streamed.prepare(sheet, styles, HEADER, WIDTHS, rows.size());
        int r = 1;
        for (EvidenceRows.Row evidence : rows) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, evidence.session().document(), styles.text);
            Cells.number(row, 1, evidence.session().index(), styles.integer);
            Cells.text(row, 2, evidence.sessionId(), styles.text);
            Cells.text(row, 3, evidence.section(), styles.text);
            Cells.text(row, 4, evidence.kind(), styles.text);
            Cells.text(row, 5, evidence.item(), styles.text);
            Cells.text(row, 6, evidence.detail(), styles.text);
            Cells.text(row, 7, evidence.matched(), styles.text);
            Cells.text(row, 8, evidence.sentence(), styles.text);
        }
    }
}
