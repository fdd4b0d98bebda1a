package org.wsisanalytics.reports.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.reports.coverage.CoverageMatrix;

/**
 * The "Action-line coverage" sheet: sessions × C1..C11 mention counts under a colour scale, a
 * total per session, and below the sessions three summary rows built from formulas (total
 * mentions, sessions referencing the line, share of sessions), so the figures stay right when an
 * analyst edits a count.
 */
final class CoverageSheet {

    static final String NAME = "Action-line coverage";
    static final int FIRST_LINE_COLUMN = 3;
    static final String TOTAL_MENTIONS = "Total mentions";
    static final String SESSIONS_REFERENCING = "Sessions referencing";
    static final String SHARE_OF_SESSIONS = "Share of sessions";

    private CoverageSheet() {
    }

    static void write(Workbook workbook, CellStyles styles, CoverageMatrix matrix) {
        Sheet sheet = workbook.createSheet(NAME);
        int lines = matrix.actionLines().size();
        int totalColumn = FIRST_LINE_COLUMN + lines;
        writeHeader(workbook, sheet, styles, matrix, totalColumn);

        int sessions = matrix.sessions().size();
        for (int i = 0; i < sessions; i++) {
            SessionOutline session = matrix.sessions().get(i);
            Row row = sheet.createRow(i + 1);
            Cells.text(row, 0, session.document(), styles.text);
            Cells.number(row, 1, session.index(), styles.integer);
            Cells.text(row, 2, session.title(), styles.text);
            for (int j = 0; j < lines; j++) {
                Cells.number(row, FIRST_LINE_COLUMN + j, matrix.mentions(i, j), styles.count);
            }
            Cells.formula(row, totalColumn, "SUM(" + range(i + 1, i + 1, FIRST_LINE_COLUMN, totalColumn - 1) + ")",
                    styles.boldCount).setCellValue(matrix.sessionTotal(i));
        }
        if (sessions > 0 && lines > 0) {
            writeSummaryRows(sheet, styles, matrix, totalColumn);
            ColourScale.apply(sheet, new CellRangeAddress(1, sessions, FIRST_LINE_COLUMN, totalColumn - 1));
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 5 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        for (int c = FIRST_LINE_COLUMN; c < totalColumn; c++) {
            sheet.setColumnWidth(c, 6 * 256);
        }
        sheet.setColumnWidth(totalColumn, 8 * 256);
        sheet.createFreezePane(FIRST_LINE_COLUMN, 1);
        Cells.printSetup(sheet, 0);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, sessions), 0, totalColumn));
    }

    /** Codes in the header; the official name of each line in a comment on its code. */
    private static void writeHeader(Workbook workbook, Sheet sheet, CellStyles styles, CoverageMatrix matrix,
                                    int totalColumn) {
        Row header = sheet.createRow(0);
        Cells.header(header, styles.header, "Document", "#", "Session");
        CreationHelper helper = workbook.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int j = 0; j < matrix.actionLines().size(); j++) {
            ActionLine line = matrix.actionLines().get(j);
            int column = FIRST_LINE_COLUMN + j;
            Cell cell = Cells.text(header, column, line.code(), styles.headerCentered);
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(column);
            anchor.setCol2(column + 4);
            anchor.setRow1(1);
            anchor.setRow2(5);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(line.code() + " " + line.name()));
            comment.setAuthor("wsis-analytics");
            // A streamed cell keeps the comment only as a property: the address puts it on the header cell.
            comment.setAddress(cell.getAddress());
            cell.setCellComment(comment);
        }
        Cells.text(header, totalColumn, "Total", styles.headerCentered);
    }

    /** Formulas with their results cached, so that viewers which do not recalculate show the figures. */
    private static void writeSummaryRows(Sheet sheet, CellStyles styles, CoverageMatrix matrix, int totalColumn) {
        int sessions = matrix.sessions().size();
        int all = 0;
        for (int j = 0; j < matrix.actionLines().size(); j++) {
            all += matrix.lineTotal(j);
        }
        Row totals = sheet.createRow(sessions + 1);
        Row referencing = sheet.createRow(sessions + 2);
        Row share = sheet.createRow(sessions + 3);
        Cells.text(totals, 2, TOTAL_MENTIONS, styles.totalLabel);
        Cells.text(referencing, 2, SESSIONS_REFERENCING, styles.totalLabel);
        Cells.text(share, 2, SHARE_OF_SESSIONS, styles.totalLabel);
        for (int c = FIRST_LINE_COLUMN; c <= totalColumn; c++) {
            String column = range(1, sessions, c, c);
            int line = c - FIRST_LINE_COLUMN;
            Cells.formula(totals, c, "SUM(" + column + ")", styles.totalInteger)
                    .setCellValue(c < totalColumn ? matrix.lineTotal(line) : all);
            if (c < totalColumn) {
                int referencingSessions = matrix.sessionsReferencing(line);
                Cells.formula(referencing, c, "COUNTIF(" + column + ",\">0\")", styles.totalInteger)
                        .setCellValue(referencingSessions);
                Cells.formula(share, c, "COUNTIF(" + column + ",\">0\")/ROWS(" + column + ")", styles.totalPercent)
                        .setCellValue((double) referencingSessions / sessions);
            }
        }
    }

    private static String range(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        return Cells.range(firstRow, lastRow, firstColumn, lastColumn);
    }
}
