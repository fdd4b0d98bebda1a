package org.wsisanalytics.reports.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.ThemeAnalysis;
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

    static void write(XSSFWorkbook workbook, CellStyles styles, List<Session> sessions, ThemeAnalysis themes) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        List<String> names = themes.themes();
        Map<String, Integer> cells = new HashMap<>();
        for (ThemeCount count : themes.counts()) {
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

        int r = 1;
        for (Session session : sessions) {
            Row row = sheet.createRow(r);
            Cells.text(row, 0, session.document(), styles.text);
            Cells.number(row, 1, session.index(), styles.integer);
            Cells.text(row, 2, session.title(), styles.text);
            for (int t = 0; t < names.size(); t++) {
                String key = session.document() + "|" + session.index() + "|" + names.get(t);
                Cells.number(row, FIRST_THEME_COLUMN + t, cells.getOrDefault(key, 0), styles.count);
            }
            if (!names.isEmpty()) {
                Cells.formula(row, totalColumn, "SUM(" + Cells.range(r, r, FIRST_THEME_COLUMN, totalColumn - 1) + ")",
                        styles.boldCount);
            }
            r++;
        }
        if (!sessions.isEmpty() && !names.isEmpty()) {
            summaryRows(sheet, styles, sessions.size(), totalColumn);
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

    private static void summaryRows(XSSFSheet sheet, CellStyles styles, int sessions, int totalColumn) {
        Row totals = sheet.createRow(sessions + 1);
        Row touching = sheet.createRow(sessions + 2);
        Cells.text(totals, 2, TOTAL_MENTIONS, styles.totalLabel);
        Cells.text(touching, 2, SESSIONS_TOUCHING, styles.totalLabel);
        for (int c = FIRST_THEME_COLUMN; c <= totalColumn; c++) {
            String column = Cells.range(1, sessions, c, c);
            Cells.formula(totals, c, "SUM(" + column + ")", styles.totalInteger);
            if (c < totalColumn) {
                Cells.formula(touching, c, "COUNTIF(" + column + ",\">0\")", styles.totalInteger);
            }
        }
    }
}
