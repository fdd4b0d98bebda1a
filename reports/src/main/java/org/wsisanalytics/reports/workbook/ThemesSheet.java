package org.wsisanalytics.reports.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.ThemeCount;

/**
 * The "Themes" sheet: sessions (rows) × the taxonomy's themes (columns, in taxonomy order) with the
 * number of matches under a colour scale, a total per session, and two summary rows as formulas
 * (total mentions, sessions touching the theme). Sessions run down the rows so that a large corpus
 * stays within a sheet's column limit.
 */
final class ThemesSheet {

    static final String NAME = "Themes";
    static final int FIRST_THEME_COLUMN = 3;
    static final String TOTAL_MENTIONS = "Total mentions";
    static final String SESSIONS_TOUCHING = "Sessions touching";

    private ThemesSheet() {
    }

    static void write(Workbook workbook, CellStyles styles, List<SessionOutline> sessions, List<String> themes,
                      List<ThemeCount> counts) {
        Sheet sheet = workbook.createSheet(NAME);
        List<String> names = themes;
        Map<String, Integer> cells = new HashMap<>();
        for (ThemeCount count : counts) {
            cells.merge(count.session().document() + "|" + count.session().index() + "|" + count.theme(),
                    count.mentions(), Integer::sum);
        }
        int totalColumn = FIRST_THEME_COLUMN + names.size();
        Row header = sheet.createRow(0);
        Cells.header(header, styles.header, "Document", "#", "Session");
        for (int t = 0; t < names.size(); t++) {
            Cells.text(header, FIRST_THEME_COLUMN + t, names.get(t), styles.headerWrapped);
        }
        Cells.text(header, totalColumn, "Total", styles.headerCentered);
        header.setHeightInPoints(4 * sheet.getDefaultRowHeightInPoints());

        // Per theme, and in the last place for the total column: mentions and sessions touching it.
        int[] columnTotals = new int[names.size() + 1];
        int[] touching = new int[names.size() + 1];
        int r = 1;
        for (SessionOutline session : sessions) {
            Row row = sheet.createRow(r);
            Cells.text(row, 0, session.document(), styles.text);
            Cells.number(row, 1, session.index(), styles.integer);
            Cells.text(row, 2, session.title(), styles.text);
            int rowTotal = 0;
            for (int t = 0; t < names.size(); t++) {
                String key = session.document() + "|" + session.index() + "|" + names.get(t);
                int count = cells.getOrDefault(key, 0);
                Cells.number(row, FIRST_THEME_COLUMN + t, count, styles.count);
                rowTotal += count;
                columnTotals[t] += count;
                touching[t] += count > 0 ? 1 : 0;
            }
            columnTotals[names.size()] += rowTotal;
            if (!names.isEmpty()) {
                Cells.formula(row, totalColumn, "SUM(" + Cells.range(r, r, FIRST_THEME_COLUMN, totalColumn - 1) + ")",
                        styles.boldCount).setCellValue(rowTotal);
            }
            r++;
        }
        if (!sessions.isEmpty() && !names.isEmpty()) {
            summaryRows(sheet, styles, sessions.size(), totalColumn, columnTotals, touching);
            ColourScale.apply(sheet, new CellRangeAddress(1, sessions.size(), FIRST_THEME_COLUMN, totalColumn - 1));
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 5 * 256);
        sheet.setColumnWidth(2, 50 * 256);
        for (int c = FIRST_THEME_COLUMN; c < totalColumn; c++) {
            sheet.setColumnWidth(c, 15 * 256);
        }
        sheet.setColumnWidth(totalColumn, 8 * 256);
        sheet.createFreezePane(FIRST_THEME_COLUMN, 1);
        Cells.printSetup(sheet, 0);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, sessions.size()), 0, totalColumn));
    }

    /** Formulas with their results cached, so that viewers which do not recalculate show the figures. */
    private static void summaryRows(Sheet sheet, CellStyles styles, int sessions, int totalColumn, int[] columnTotals,
                                    int[] touchingSessions) {
        Row totals = sheet.createRow(sessions + 1);
        Row touching = sheet.createRow(sessions + 2);
        Cells.text(totals, 2, TOTAL_MENTIONS, styles.totalLabel);
        Cells.text(touching, 2, SESSIONS_TOUCHING, styles.totalLabel);
        for (int c = FIRST_THEME_COLUMN; c <= totalColumn; c++) {
            String column = Cells.range(1, sessions, c, c);
            Cells.formula(totals, c, "SUM(" + column + ")", styles.totalInteger)
                    .setCellValue(columnTotals[c - FIRST_THEME_COLUMN]);
            if (c < totalColumn) {
                Cells.formula(touching, c, "COUNTIF(" + column + ",\">0\")", styles.totalInteger)
                        .setCellValue(touchingSessions[c - FIRST_THEME_COLUMN]);
            }
        }
    }
}
