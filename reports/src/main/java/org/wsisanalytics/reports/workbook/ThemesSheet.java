package org.wsisanalytics.reports.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.SessionOverview;
import org.wsisanalytics.model.ThemeCount;

/**
 * The "Themes" sheet: sessions (rows) × the run's themes (columns, in taxonomy order) with the number of
 * matches under a colour scale, a total per session, and two summary rows as formulas (total mentions, sessions
 * touching the theme). Sessions run down the rows so that a large corpus stays within a sheet's column limit;
 * they are added one at a time.
 */
final class ThemesSheet {

    static final String NAME = "Themes";
    static final int FIRST_THEME_COLUMN = 3;
    static final String TOTAL_MENTIONS = "Total mentions";
    static final String SESSIONS_TOUCHING = "Sessions touching";

    private final Sheet sheet;
    private final CellStyles styles;
    private final Map<String, Integer> columns = new HashMap<>();
    private final int themes;
    private final int totalColumn;
    /** Per theme, and in the last place for the total column: mentions and sessions touching it so far. */
    private final int[] columnTotals;

    private final int[] touching;
    private int next = 1;

    private ThemesSheet(Sheet sheet, CellStyles styles, List<String> names) {
        this.sheet = sheet;
        this.styles = styles;
        names.forEach(name -> columns.putIfAbsent(name, columns.size()));
        this.themes = names.size();
        this.totalColumn = FIRST_THEME_COLUMN + themes;
        this.columnTotals = new int[themes + 1];
        this.touching = new int[themes + 1];
    }

    /** Creates the sheet with a column per theme, ready for {@code sessions} rows added one at a time. */
    static ThemesSheet create(Workbook workbook, CellStyles styles, List<String> names, int sessions) {
        Sheet sheet = workbook.createSheet(NAME);
        int totalColumn = FIRST_THEME_COLUMN + names.size();
        Row header = sheet.createRow(0);
        Cells.header(header, styles.header, "Document", "#", "Session");
        for (int t = 0; t < names.size(); t++) {
            Cells.text(header, FIRST_THEME_COLUMN + t, names.get(t), styles.headerWrapped);
        }
        Cells.text(header, totalColumn, "Total", styles.headerCentered);
        header.setHeightInPoints(4 * sheet.getDefaultRowHeightInPoints());
        if (sessions > 0 && !names.isEmpty()) {
            ColourScale.apply(sheet, new CellRangeAddress(1, sessions, FIRST_THEME_COLUMN, totalColumn - 1));
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
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, sessions), 0, totalColumn));
        return new ThemesSheet(sheet, styles, names);
    }

    /** Adds the session's row; a count of a theme that has no column is left out. */
    void add(SessionOverview overview) {
        SessionOutline session = overview.session();
        int[] counts = new int[themes];
        for (ThemeCount count : overview.themeCounts()) {
            Integer column = columns.get(count.theme());
            if (column != null) {
                counts[column] += count.mentions();
            }
        }
        int r = next++;
        Row row = sheet.createRow(r);
        Cells.text(row, 0, session.document(), styles.text);
        Cells.number(row, 1, session.index(), styles.integer);
        Cells.text(row, 2, session.title(), styles.text);
        int rowTotal = 0;
        for (int t = 0; t < themes; t++) {
            Cells.number(row, FIRST_THEME_COLUMN + t, counts[t], styles.count);
            rowTotal += counts[t];
            columnTotals[t] += counts[t];
            touching[t] += counts[t] > 0 ? 1 : 0;
        }
        columnTotals[themes] += rowTotal;
        if (themes > 0) {
            Cells.formula(
                            row,
                            totalColumn,
                            "SUM(" + Cells.range(r, r, FIRST_THEME_COLUMN, totalColumn - 1) + ")",
                            styles.boldCount)
                    .setCellValue(rowTotal);
        }
    }

    /** Adds the summary rows below the sessions, as formulas with their results cached. */
    void finish() {
        int sessions = next - 1;
        if (sessions == 0 || themes == 0) {
            return;
        }
        Row totals = sheet.createRow(sessions + 1);
        Row touchingRow = sheet.createRow(sessions + 2);
        Cells.text(totals, 2, TOTAL_MENTIONS, styles.totalLabel);
        Cells.text(touchingRow, 2, SESSIONS_TOUCHING, styles.totalLabel);
        for (int c = FIRST_THEME_COLUMN; c <= totalColumn; c++) {
            String column = Cells.range(1, sessions, c, c);
            Cells.formula(totals, c, "SUM(" + column + ")", styles.totalInteger)
                    .setCellValue(columnTotals[c - FIRST_THEME_COLUMN]);
            if (c < totalColumn) {
                Cells.formula(touchingRow, c, "COUNTIF(" + column + ",\">0\")", styles.totalInteger)
                        .setCellValue(touching[c - FIRST_THEME_COLUMN]);
            }
        }
    }
}
