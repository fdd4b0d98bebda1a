package org.wsisanalytics.reports.workbook;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.reports.Labels;

/**
 * The "Figures" sheet, the editor's fact-check list: each quantitative fact of a session once, with its kind,
 * whether it is stated or a target, its value as a number (scale words applied: "2.6 billion" is
 * 2,600,000,000), unit, the text as first written, how often the session quotes it and the sentence.
 * Streamed, as it grows with the corpus.
 */
final class FiguresSheet {

    static final String NAME = "Figures";
    private static final String[] HEADER = {
        "Document",
        "#",
        "Session id",
        "Kind",
        "Stated or target",
        "Value",
        "Unit",
        "As written",
        "Times quoted",
        "Section",
        "Sentence"
    };
    private static final int[] WIDTHS = {28, 5, 10, 12, 10, 18, 16, 24, 8, 22, 80};

    private final SheetParts sheet;
    private final CellStyles styles;

    private FiguresSheet(SheetParts sheet, CellStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** Whole numbers with thousands separators, fractions as needed. */
    static CellStyle valueStyle(Figure figure, CellStyles styles) {
        return figure.value().stripTrailingZeros().scale() <= 0 ? styles.thousands : styles.decimal;
    }

    /**
     * Creates the sheet with its header, ready for {@code rows} figures added one session at a time; beyond
     * {@code maxRowsPerSheet} rows it continues on "Figures (2)" and so on.
     */
    static FiguresSheet create(SXSSFWorkbook workbook, CellStyles styles, int rows, int maxRowsPerSheet) {
        return new FiguresSheet(new SheetParts(workbook, styles, NAME, HEADER, WIDTHS, rows, maxRowsPerSheet), styles);
    }

    /** Puts the continuation sheets, if any, right after the first. */
    void placeParts() {
        sheet.placeAfterFirst();
    }

    /** Adds one session's figures, in text order. */
    void add(SessionEvidence session) {
        for (Figure figure : session.figures()) {
            Row row = sheet.nextRow();
            Cells.text(row, 0, figure.session().document(), styles.text);
            Cells.number(row, 1, figure.session().index(), styles.integer);
            Cells.sessionId(row, 2, session.session().sessionId(), styles);
            Cells.text(row, 3, Labels.lowerCase(figure.kind()), styles.text);
            Cells.text(row, 4, Labels.lowerCase(figure.role()), styles.text);
            Cells.number(row, 5, figure.value().doubleValue(), valueStyle(figure, styles));
            Cells.text(row, 6, figure.unit(), styles.text);
            Cells.text(row, 7, figure.text(), styles.text);
            Cells.number(row, 8, figure.occurrences(), styles.integer);
            Cells.text(row, 9, figure.section(), styles.text);
            Cells.text(row, 10, figure.sentence(), styles.wrapped);
        }
    }
}
