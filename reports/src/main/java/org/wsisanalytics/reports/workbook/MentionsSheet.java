package org.wsisanalytics.reports.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.wsisanalytics.model.ActionLineMention;

/**
 * The "Action-line mentions" sheet: one row per reference with its sentence, so every count in the
 * coverage matrix can be traced. It can grow to many thousand rows, so it is streamed (SXSSF keeps
 * only a window of rows in memory).
 */
final class MentionsSheet {

    static final String NAME = "Action-line mentions";
    private static final String[] HEADER = {"Document", "#", "Action line", "Notation", "Section",
            "In links section", "Sentence"};
    private static final int[] WIDTHS = {30, 5, 11, 24, 30, 15, 120};

    private MentionsSheet() {
    }

    static void write(SXSSFWorkbook workbook, CellStyles styles, List<ActionLineMention> mentions) {
        Sheet sheet = workbook.createSheet(NAME);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        Cells.printSetup(sheet, 0);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, mentions.size()), 0, HEADER.length - 1));
        Cells.header(sheet.createRow(0), styles.header, HEADER);
        int r = 1;
        for (ActionLineMention mention : mentions) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, mention.session().document(), styles.text);
            Cells.number(row, 1, mention.session().index(), styles.integer);
            Cells.text(row, 2, mention.actionLine(), styles.text);
            Cells.text(row, 3, mention.notation(), styles.text);
            Cells.text(row, 4, mention.section(), styles.text);
            row.createCell(5).setCellValue(mention.inLinksSection());
            Cells.text(row, 6, mention.sentence(), styles.text);
        }
    }
}
