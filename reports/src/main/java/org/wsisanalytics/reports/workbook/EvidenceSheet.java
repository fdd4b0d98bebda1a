package org.wsisanalytics.reports.workbook;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.reports.CountryLookup;

/**
 * The "Evidence" sheet: one row per mention of every kind (action line, country, theme, figure) with
 * its section, the text as matched and the whole sentence, so every number of the workbook can be
 * traced to where it came from. It is the largest sheet, so it is streamed.
 */
final class EvidenceSheet {

    static final String NAME = "Evidence";
    private static final String[] HEADER = {
        "Document", "#", "Session id", "Section", "Kind", "Item", "Detail", "Matched text", "Sentence", "Location"
    };
    private static final int[] WIDTHS = {28, 5, 10, 22, 12, 24, 18, 24, 80, 14};

    private final SheetParts sheet;
    private final CellStyles styles;
    private final CountryLookup countries;

    private EvidenceSheet(SheetParts sheet, CellStyles styles, CountryLookup countries) {
        this.sheet = sheet;
        this.styles = styles;
        this.countries = countries;
    }

    /**
     * Creates the sheet with its header, ready for {@code rows} rows added one session at a time; beyond
     * {@code maxRowsPerSheet} rows it continues on "Evidence (2)" and so on.
     */
    static EvidenceSheet create(
            SXSSFWorkbook workbook, CellStyles styles, CountryLookup countries, int rows, int maxRowsPerSheet) {
        return new EvidenceSheet(
                new SheetParts(workbook, styles, NAME, HEADER, WIDTHS, rows, maxRowsPerSheet), styles, countries);
    }

    /** Puts the continuation sheets, if any, right after the first. */
    void placeParts() {
        sheet.placeAfterFirst();
    }

    /** Adds one session's mentions, in reading order. */
    void add(SessionEvidence session) {
        for (EvidenceRows.Row evidence : EvidenceRows.of(session, countries)) {
            Row row = sheet.nextRow();
            Cells.text(row, 0, evidence.session().document(), styles.text);
            Cells.number(row, 1, evidence.session().index(), styles.integer);
            Cells.sessionId(row, 2, evidence.sessionId(), styles);
            Cells.text(row, 3, evidence.section(), styles.text);
            Cells.text(row, 4, evidence.kind(), styles.text);
            Cells.text(row, 5, evidence.item(), styles.text);
            Cells.text(row, 6, evidence.detail(), styles.text);
            Cells.text(row, 7, evidence.matched(), styles.text);
            Cells.text(row, 8, evidence.sentence(), styles.wrapped);
            Cells.text(row, 9, evidence.location(), styles.text);
        }
    }
}
