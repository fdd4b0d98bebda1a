package org.wsisanalytics.reports.workbook;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.wsisanalytics.model.KeyMessage;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.TextLocation;
import org.wsisanalytics.reports.Labels;

/**
 * The "Key messages" sheet: one row per key message of a session, quoted as written, with the part it comes
 * from, its citation and its location in the input file ("p. 36"), in session and rank order. Streamed, filled session by session; its filter is set
 * when the last session has been added, as the number of messages is known only then.
 */
final class KeyMessagesSheet {

    static final String NAME = "Key messages";
    private static final String[] HEADER = {
        "Document", "#", "Session id", "Rank", "Part", "Section", "Key message", "Citation", "Location"
    };
    private static final int[] WIDTHS = {28, 5, 10, 6, 14, 30, 80, 45, 14};

    private final Sheet sheet;
    private final CellStyles styles;
    private int next = 1;

    private KeyMessagesSheet(Sheet sheet, CellStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    static KeyMessagesSheet create(SXSSFWorkbook workbook, CellStyles styles) {
        Sheet sheet = workbook.createSheet(NAME);
        Streamed.prepare(sheet, styles, HEADER, WIDTHS, 1);
        return new KeyMessagesSheet(sheet, styles);
    }

    /** Adds the session's key messages, first ranked first. */
    void add(SessionEvidence session) {
        for (KeyMessage message : session.keyMessages()) {
            Row row = sheet.createRow(next++);
            Cells.text(row, 0, message.session().document(), styles.text);
            Cells.number(row, 1, message.session().index(), styles.integer);
            Cells.sessionId(row, 2, session.session().sessionId(), styles);
            Cells.number(row, 3, message.rank(), styles.integer);
            Cells.text(row, 4, Labels.section(message.part()), styles.text);
            Cells.text(row, 5, message.heading(), styles.wrapped);
            Cells.text(row, 6, message.sentence(), styles.wrapped);
            Cells.text(row, 7, message.citation(), styles.wrapped);
            Cells.text(row, 8, TextLocation.labelOf(message.location()), styles.text);
        }
    }

    /** Sets the filter over the rows written. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, next - 1), 0, HEADER.length - 1));
    }
}
