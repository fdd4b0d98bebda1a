package org.wsisanalytics.reports.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wsisanalytics.model.Country;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.UncountedCountry;
import org.wsisanalytics.reports.Labels;
import org.wsisanalytics.reports.charts.RankingChart;

/**
 * The "Countries" sheet: one row per mentioned country, most mentioned first, with its M49 region and
 * sub-region and UN groups, and a native bar chart of the top 15 to the right of the table.
 */
final class CountriesSheet {

    static final String NAME = "Countries";
    static final String CHART_TITLE = RankingChart.TOP_COUNTRIES;
    static final int NAME_COLUMN = 1;
    static final int SESSIONS_COLUMN = 5;
    private static final String[] HEADER = {
        "ISO code", "Country", "Region", "Sub-region", "Groups", "Sessions", "Mentions"
    };
    private static final String[] NOT_COUNTED_HEADER = {
        "ISO code", "Country", "Written as", "Not counted because", "Sessions", "Mentions"
    };
    private static final int[] WIDTHS = {9, 32, 12, 30, 12, 10, 10};

    private CountriesSheet() {}

    static XSSFSheet write(
            XSSFWorkbook workbook,
            CellStyles styles,
            List<CountryFrequency> frequencies,
            List<UncountedCountry> uncounted) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        Cells.header(sheet.createRow(0), styles.header, HEADER);
        int r = 1;
        for (CountryFrequency frequency : frequencies) {
            Country country = frequency.country();
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, country.iso2(), styles.text);
            Cells.text(row, NAME_COLUMN, country.name(), styles.text);
            Cells.text(row, 2, country.region(), styles.text);
            Cells.text(row, 3, country.subregion(), styles.text);
            Cells.text(row, 4, Labels.groups(country), styles.text);
            Cells.number(row, SESSIONS_COLUMN, frequency.sessions(), styles.integer);
            Cells.number(row, 6, frequency.mentions(), styles.integer);
        }
        if (!uncounted.isEmpty()) {
            r++;
            Cells.text(
                    sheet.createRow(r++),
                    0,
                    "Not counted above: countries named only in an organisation's name" + " or a language",
                    styles.header);
            Cells.header(sheet.createRow(r++), styles.header, NOT_COUNTED_HEADER);
            for (UncountedCountry apart : uncounted) {
                Row row = sheet.createRow(r++);
                Cells.text(row, 0, apart.country().iso2(), styles.text);
                Cells.text(row, NAME_COLUMN, apart.country().name(), styles.text);
                Cells.text(row, 2, Labels.lowerCase(apart.kind()), styles.text);
                Cells.text(row, 3, apart.kind().notCountedReason(), styles.text);
                Cells.number(row, SESSIONS_COLUMN, apart.sessions(), styles.integer);
                Cells.number(row, 6, apart.mentions(), styles.integer);
            }
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        Cells.printSetup(sheet, 0);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, frequencies.size()), 0, HEADER.length - 1));
        if (!frequencies.isEmpty()) {
            int shown = Math.min(OverviewSheet.TOP_COUNTRIES, frequencies.size());
            new BarChart(
                            CHART_TITLE,
                            "Country",
                            "Sessions",
                            sheet,
                            1,
                            shown,
                            NAME_COLUMN,
                            SESSIONS_COLUMN,
                            true,
                            BarChart.ORANGE)
                    .drawOn(sheet, HEADER.length + 1, 1, HEADER.length + 11, 8 + shown);
        }
        return sheet;
    }
}
