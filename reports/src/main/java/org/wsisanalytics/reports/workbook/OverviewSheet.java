package org.wsisanalytics.reports.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineTotal;
import org.wsisanalytics.model.RollUp;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.reports.KeyFigures;
import org.wsisanalytics.reports.Labels;
import org.wsisanalytics.reports.charts.RankingChart;

/**
 * The "Overview" sheet: key figures, one row per action line, the region, sub-region and UN-group
 * roll-ups, and to their right three native bar charts (sessions per action line, top 15 countries
 * from the Countries sheet, mentions by region) that analysts can restyle or copy into slides.
 */
final class OverviewSheet {

    static final String NAME = "Overview";
    static final String LINES_CHART = "Sessions per action line";
    static final String COUNTRIES_CHART = RankingChart.TOP_COUNTRIES;
    static final String REGIONS_CHART = RankingChart.REGIONS;
    static final int KEY_FIGURES_HEADER_ROW = 3;
    static final int TOP_COUNTRIES = 15;
    /** Width of the action lines' name column; longer names wrap onto a second line. */
    static final int NAME_WIDTH = 60;
    /** Charts start right of the tables, in column H. */
    private static final int CHART_COLUMN = 7;

    private static final int CHART_WIDTH = 10;
    private static final int CHART_HEIGHT = 20;

    private OverviewSheet() {}

    static void write(XSSFWorkbook workbook, CellStyles styles, RunSummary result, XSSFSheet countries) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        Cells.text(sheet.createRow(0), 0, "WSIS session summaries: overview", styles.title);
        Cells.text(
                sheet.createRow(1),
                0,
                "Run " + result.run().runId() + " of " + result.run().runDate() + ": "
                        + Labels.count(result.sessions(), "session", "sessions") + " in "
                        + Labels.count(result.documents().size(), "document", "documents") + ".",
                styles.text);

        int r = KEY_FIGURES_HEADER_ROW;
        Cells.header(sheet.createRow(r++), styles.header, "Key figure", "Value");
        for (KeyFigures.KeyFigure figure : KeyFigures.of(result)) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, figure.label(), styles.text);
            Cells.number(row, 1, figure.value(), styles.integer);
        }

        int linesHeader = r + 1;
        Cells.header(
                sheet.createRow(linesHeader),
                styles.header,
                "Action line",
                "Sessions",
                "Share of sessions",
                "Mentions",
                "Name");
        int sessions = result.sessions();
        int lines = result.actionLines().size();
        for (int j = 0; j < lines; j++) {
            ActionLine line = result.actionLines().get(j);
            ActionLineTotal total = result.lineTotals().get(j);
            Row row = sheet.createRow(linesHeader + 1 + j);
            Cells.text(row, 0, line.code(), styles.text);
            Cells.number(row, 1, total.sessions(), styles.integer);
            Cells.number(row, 2, sessions == 0 ? 0 : (double) total.sessions() / sessions, styles.percent);
            Cells.number(row, 3, total.mentions(), styles.integer);
            Cells.text(row, 4, line.name(), styles.wrapped);
            if (line.name().length() > NAME_WIDTH) {
                row.setHeightInPoints(sheet.getDefaultRowHeightInPoints() * 2);
            }
        }

        r = linesHeader + lines + 2;
        int regionsHeader = r;
        int regions = rollUps(sheet, styles, r, "Region", result.rollUps(), RollUp.Dimension.REGION);
        r += regions + 2;
        r += rollUps(sheet, styles, r, "Sub-region", result.rollUps(), RollUp.Dimension.SUBREGION) + 2;
        rollUps(sheet, styles, r, "UN group", result.rollUps(), RollUp.Dimension.GROUP);

        int[] widths = {36, 11, 17, 11, NAME_WIDTH, 3, 3};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Cells.printSetup(sheet, linesHeader);
        addCharts(
                sheet,
                countries,
                linesHeader,
                lines,
                regionsHeader,
                regions,
                result.countries().size());
    }

    /** One roll-up table; returns the number of data rows written (a header only when there are none). */
    private static int rollUps(
            XSSFSheet sheet,
            CellStyles styles,
            int headerRow,
            String title,
            List<RollUp> rollUps,
            RollUp.Dimension dimension) {
        Cells.header(sheet.createRow(headerRow), styles.header, title, "Countries", "Mentions", "Sessions");
        int r = headerRow + 1;
        for (RollUp rollUp : rollUps) {
            if (rollUp.dimension() == dimension) {
                Row row = sheet.createRow(r++);
                Cells.text(row, 0, rollUp.name(), styles.text);
                Cells.number(row, 1, rollUp.countries(), styles.integer);
                Cells.number(row, 2, rollUp.mentions(), styles.integer);
                Cells.number(row, 3, rollUp.sessions(), styles.integer);
            }
        }
        return r - headerRow - 1;
    }

    private static void addCharts(
            XSSFSheet sheet,
            XSSFSheet countries,
            int linesHeader,
            int lines,
            int regionsHeader,
            int regions,
            int countryRows) {
        int top = KEY_FIGURES_HEADER_ROW;
        if (lines > 0) {
            new BarChart(
                            LINES_CHART,
                            "Action line",
                            "Sessions",
                            sheet,
                            linesHeader + 1,
                            linesHeader + lines,
                            0,
                            1,
                            false,
                            BarChart.BLUE)
                    .drawOn(sheet, CHART_COLUMN, top, CHART_COLUMN + CHART_WIDTH, top + CHART_HEIGHT);
            top += CHART_HEIGHT + 1;
        }
        if (countryRows > 0) {
            int shown = Math.min(TOP_COUNTRIES, countryRows);
            new BarChart(
                            COUNTRIES_CHART,
                            "Country",
                            "Sessions",
                            countries,
                            1,
                            shown,
                            CountriesSheet.NAME_COLUMN,
                            CountriesSheet.SESSIONS_COLUMN,
                            true,
                            BarChart.ORANGE)
                    .drawOn(sheet, CHART_COLUMN, top, CHART_COLUMN + CHART_WIDTH, top + 6 + shown);
            top += 7 + shown;
        }
        if (regions > 0) {
            new BarChart(
                            REGIONS_CHART,
                            "Region",
                            "Sessions",
                            sheet,
                            regionsHeader + 1,
                            regionsHeader + regions,
                            0,
                            3,
                            false,
                            BarChart.GREEN)
                    .drawOn(sheet, CHART_COLUMN, top, CHART_COLUMN + CHART_WIDTH, top + 16);
        }
    }
}
