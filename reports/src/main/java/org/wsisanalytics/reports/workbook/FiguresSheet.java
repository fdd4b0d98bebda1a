package org.wsisanalytics.reports.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.FigureKind;
import org.wsisanalytics.reports.Labels;

/**
 * The "Figures" sheet, the editor's fact-check list: each quantitative statement with its kind, its
 * value as a number (scale words applied: "2.6 billion" is 2,600,000,000), unit, the text as written
 * and the sentence. Streamed, as it grows with the corpus.
 */
final class FiguresSheet {

    static final String NAME = "Figures";
    private static final String[] HEADER = {"Document", "#", "Session id", "Kind", "Value", "Unit", "As written",
            "Section", "Sentence"};
    private static final int[] WIDTHS = {28, 5, 10, 12, 18, 16, 24, 22, 110};

    private FiguresSheet() {
    }

    /** Years as they are written (2030), whole numbers with thousands separators, fractions as needed. */
    static CellStyle valueStyle(Figure figure, CellStyles styles) {
        if (figure.kind() == FigureKind.YEAR) {
            return styles.integer;
        }
        return figure.value().stripTrailingZeros().scale() <= 0 ? styles.thousands : styles.decimal;
    }

    static void write(SXSSFWorkbook workbook, CellStyles styles, List<Figure> figures, SessionIdLookup ids) {
        Sheet sheet = workbook.createSheet(NAME);
        Streamed.prepare(sheet, styles, HEADER, WIDTHS, figures.size());
        int r = 1;
        for (Figure figure : figures) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, figure.session().document(), styles.text);
            Cells.number(row, 1, figure.session().index(), styles.integer);
            Cells.text(row, 2, ids.of(figure.session()), styles.text);
            Cells.text(row, 3, Labels.lowerCase(figure.kind()), styles.text);
            Cells.number(row, 4, figure.value().doubleValue(), valueStyle(figure, styles));
            Cells.text(row, 5, figure.unit(), styles.text);
            Cells.text(row, 6, figure.text(), styles.text);
            Cells.text(row, 7, figure.section(), styles.text);
            Cells.text(row, 8, figure.sentence(), styles.text);
        }
    }
}
