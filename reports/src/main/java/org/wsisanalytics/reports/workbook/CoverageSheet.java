package org.wsisanalytics.reports.workbook;

import java.util.List;

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
import org.wsisanalytics.model.SessionOverview;
import org.wsisanalytics.reports.coverage.CoverageMarks;
import org.wsisanalytics.reports.coverage.CoverageRow;

/**
 * The "Action-line coverage" sheet: sessions × C1..C11 counts of numbered references under a colour scale, each
 * cell marked with its state ({@link CoverageMarks}: in the links part, elsewhere, named only with 0, a dagger
 * and a note giving a label that names another line), a total per session, and below the sessions three summary
 * rows built from formulas (total mentions, sessions referencing the line, share of sessions), so the figures stay
 * right when an analyst edits a count, then the legend of the marks.
 */
final class CoverageSheet {

    static final String NAME = "Action-line coverage";
    static final int FIRST_LINE_COLUMN = 3;
    static final String TOTAL_MENTIONS = "Total mentions";
    static final String SESSIONS_REFERENCING = "Sessions referencing";
    static final String SHARE_OF_SESSIONS = "Share of sessions";
    static final String LEGEND = "Marks";

    private final Sheet sheet;
    private final CellStyles styles;
    private final List<ActionLine> actionLines;
    private final int totalColumn;
    /** Per line: mentions and sessions referring to it, in the rows written so far. */
    private final int[] lineTotals;

    private final int[] referencing;
    private final CreationHelper helper;
    private final Drawing<?> drawing;
    private int next = 1;

    private CoverageSheet(Workbook workbook, Sheet sheet, CellStyles styles, List<ActionLine> actionLines) {
        this.sheet = sheet;
        this.helper = workbook.getCreationHelper();
        this.drawing = sheet.createDrawingPatriarch();
        this.styles = styles;
        this.actionLines = actionLines;
        this.totalColumn = FIRST_LINE_COLUMN + actionLines.size();
        this.lineTotals = new int[actionLines.size()];
        this.referencing = new int[actionLines.size()];
    }

    /** Creates the sheet with its header, ready for {@code sessions} rows added one at a time. */
    static CoverageSheet create(Workbook workbook, CellStyles styles, List<ActionLine> actionLines, int sessions) {
        Sheet sheet = workbook.createSheet(NAME);
        int totalColumn = FIRST_LINE_COLUMN + actionLines.size();
        writeHeader(workbook, sheet, styles, actionLines, totalColumn);
        if (sessions > 0 && !actionLines.isEmpty()) {
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
        return new CoverageSheet(workbook, sheet, styles, actionLines);
    }

    /** Adds the session's row. */
    void add(SessionOverview overview) {
        SessionOutline session = overview.session();
        CoverageRow coverage = CoverageRow.of(overview, actionLines);
        int r = next++;
        Row row = sheet.createRow(r);
        Cells.text(row, 0, session.document(), styles.text);
        Cells.number(row, 1, session.index(), styles.integer);
        Cells.text(row, 2, session.title(), styles.text);
        for (int j = 0; j < actionLines.size(); j++) {
            boolean conflict = !coverage.conflictingLabels(j).isEmpty();
            Cell cell = Cells.number(
                    row, FIRST_LINE_COLUMN + j, coverage.mentions(j), styles.coverage.of(coverage.state(j), conflict));
            if (conflict) {
                comment(cell, coverage.labelNote(j));
            }
            lineTotals[j] += coverage.mentions(j);
            referencing[j] += coverage.mentions(j) > 0 ? 1 : 0;
        }
        Cells.formula(
                        row,
                        totalColumn,
                        "SUM(" + range(r, r, FIRST_LINE_COLUMN, totalColumn - 1) + ")",
                        styles.boldCount)
                .setCellValue(coverage.total());
    }

    /** Adds the summary rows below the sessions, then the legend of the cells' marks. */
    void finish() {
        if (next > 1 && !actionLines.isEmpty()) {
            writeSummaryRows();
        }
        int r = next + (next > 1 && !actionLines.isEmpty() ? 4 : 1);
        Cells.text(sheet.createRow(r++), 2, LEGEND, styles.totalLabel);
        for (String entry : CoverageMarks.legend()) {
            Cells.text(sheet.createRow(r++), 2, entry, styles.text);
        }
        Cells.text(
                sheet.createRow(r),
                2,
                "How each reference is counted: see the " + MethodSheet.NAME + " sheet.",
                styles.text);
    }

    /** A note on a cell; the address puts a streamed cell's comment on it (it is kept only as a property). */
    private void comment(Cell cell, String text) {
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 6);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor("wsis-analytics");
        comment.setAddress(cell.getAddress());
        cell.setCellComment(comment);
    }

    /** Codes in the header; the official name of each line in a comment on its code. */
    private static void writeHeader(
            Workbook workbook, Sheet sheet, CellStyles styles, List<ActionLine> actionLines, int totalColumn) {
        Row header = sheet.createRow(0);
        Cells.header(header, styles.header, "Document", "#", "Session");
        CreationHelper helper = workbook.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int j = 0; j < actionLines.size(); j++) {
            ActionLine line = actionLines.get(j);
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
    private void writeSummaryRows() {
        int sessions = next - 1;
        int all = 0;
        for (int total : lineTotals) {
            all += total;
        }
        Row totals = sheet.createRow(sessions + 1);
        Row referencingRow = sheet.createRow(sessions + 2);
        Row share = sheet.createRow(sessions + 3);
        Cells.text(totals, 2, TOTAL_MENTIONS, styles.totalLabel);
        Cells.text(referencingRow, 2, SESSIONS_REFERENCING, styles.totalLabel);
        Cells.text(share, 2, SHARE_OF_SESSIONS, styles.totalLabel);
        for (int c = FIRST_LINE_COLUMN; c <= totalColumn; c++) {
            String column = range(1, sessions, c, c);
            int line = c - FIRST_LINE_COLUMN;
            Cells.formula(totals, c, "SUM(" + column + ")", styles.totalInteger)
                    .setCellValue(c < totalColumn ? lineTotals[line] : all);
            if (c < totalColumn) {
                int referencingSessions = referencing[line];
                Cells.formula(referencingRow, c, "COUNTIF(" + column + ",\">0\")", styles.totalInteger)
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
