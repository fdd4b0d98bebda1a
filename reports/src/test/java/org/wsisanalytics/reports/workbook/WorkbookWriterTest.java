package org.wsisanalytics.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.XDDFColorRgbBinary;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.model.oracle.AnalysisResult;
import org.wsisanalytics.model.oracle.InMemoryRunData;
import org.wsisanalytics.reports.ReportFixture;
import org.wsisanalytics.reports.coverage.CoverageMarks;
import org.wsisanalytics.reports.method.CountingRules;
import org.wsisanalytics.reports.method.MethodLine;

class WorkbookWriterTest {

    @TempDir
    static Path folder;

    static XSSFWorkbook workbook;

    @BeforeAll
    static void write() throws IOException {
        AnalysisResult result = ReportFixture.result();
        Path file = folder.resolve("wsis-analytics.xlsx");
        new WorkbookWriter().write(ReportFixture.withEvents(ReportFixture.withMessages(result)), file);
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void hasTheSheetsInReadingOrderAndTheDocumentProperties() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names)
                .containsExactly(
                        "Overview",
                        "Sessions",
                        "Key messages",
                        "Action-line coverage",
                        "Countries",
                        "Country × action line",
                        "Themes",
                        "Evidence",
                        "Figures",
                        "Findings",
                        "Events",
                        "Method",
                        "Theme terms",
                        "Run");
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("WSIS session summaries: action lines, countries and themes");
        assertThat(core.getSubject())
                .isEqualTo("Action lines, countries, themes and figures of 4 sessions,"
                        + " run 20250714-060000-7f3a (2025-07-14)");
        assertThat(core.getKeywords()).isEqualTo("WSIS; action lines; countries; themes; session summaries");
        assertThat(core.getCreator()).isEqualTo("wsis-analytics");
    }

    @Test
    void eventsSheetPutsTheEventsSideBySideWithTheShareOfTheirSessionsPerLine() {
        Sheet sheet = workbook.getSheet("Events");
        assertThat(values(sheet.getRow(0)))
                .startsWith(
                        "Event",
                        "Year",
                        "Documents",
                        "Sessions",
                        "Action-line references",
                        "Country mentions",
                        "Countries",
                        "C1",
                        "C2");
        Row forum = sheet.getRow(1);
        assertThat(forum.getCell(0).getStringCellValue()).isEqualTo("WSIS Forum");
        assertThat(forum.getCell(1).getNumericCellValue()).isEqualTo(2025);
        assertThat(forum.getCell(3).getNumericCellValue()).isEqualTo(3);
        assertThat(forum.getCell(5).getNumericCellValue()).isEqualTo(4);
        assertThat(forum.getCell(7).getNumericCellValue()).as("C1").isZero();
        assertThat(forum.getCell(8))
                .as("C2, which the fixture's event does not list")
                .isNull();
        assertThat(forum.getCell(9).getNumericCellValue())
                .as("C3: 2 of 3 sessions")
                .isEqualTo(2.0 / 3);
        Row regional = sheet.getRow(2);
        assertThat(regional.getCell(0).getStringCellValue())
                .as("a string cell is never a formula")
                .isEqualTo("=Regional review");
        assertThat(regional.getCell(1)).isNull();
        assertFrozen(sheet, 1, 1);
    }

    @Test
    void sessionsSheetKeepsDocumentTextAsStringsAndLinksOnlyWebAddresses() {
        Sheet sheet = workbook.getSheet("Sessions");
        assertThat(values(sheet.getRow(0)))
                .containsExactly(
                        "Document",
                        "#",
                        "Session id",
                        "Title",
                        "Facilitator",
                        "Facilitator (as listed)",
                        "Organisation",
                        "Sections",
                        "Sections present",
                        "Words",
                        "Structure",
                        "Link");
        Cell formulaLikeTitle = sheet.getRow(2).getCell(3);
        assertThat(formulaLikeTitle.getCellType()).isEqualTo(CellType.STRING);
        assertThat(formulaLikeTitle.getStringCellValue()).isEqualTo(ReportFixture.A2_TITLE);
        assertThat(sheet.getRow(3).getCell(3).getCellType()).isEqualTo(CellType.STRING);
        assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Lidia Stępińska-Ustasiak");
        assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Lucien CASTEX");
        assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("AFNIC");
        assertThat(sheet.getRow(4).getCell(6).getCellType())
                .as("no facilitators table row")
                .isEqualTo(CellType.BLANK);
        assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(3);
        assertThat(sheet.getRow(1).getCell(8).getStringCellValue())
                .isEqualTo("Introduction, Achievements, Links to action lines");
        assertThat(sheet.getRow(4).getCell(8).getStringCellValue()).isEqualTo("Introduction, Links to action lines");
        assertThat(sheet.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(53);
        assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("template");
        assertThat(sheet.getRow(4).getCell(10).getStringCellValue()).isEqualTo("outline");
        Cell link = sheet.getRow(1).getCell(11);
        assertThat(link.getCellFormula())
                .isEqualTo("HYPERLINK(\"https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/426\","
                        + "\"https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/426\")");
        assertThat(link.getStringCellValue())
                .as("cached result")
                .isEqualTo("https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/426");
        assertThat(sheet.getRow(3).getCell(11).getCellType()).isEqualTo(CellType.STRING);
        assertThat(sheet.getRow(3).getCell(11).getStringCellValue()).isEqualTo("javascript:alert(1)");
        assertThat(sheet.getRow(4).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        assertFrozen(sheet, 1, 0);
        assertThat(sheet.getColumnWidth(3)).isEqualTo(45 * 256);
        assertThat(sheet.getRow(1).getCell(3).getCellStyle().getWrapText())
                .as("long titles wrap")
                .isTrue();
        assertThat(sheet.getRow(1).getCell(2).getCellType())
                .as("the session number is a number")
                .isEqualTo(CellType.NUMERIC);
        assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(426);
        assertThat(sheet.getColumnWidth(6)).isEqualTo(30 * 256);
        assertThat(sheet.getColumnWidth(10)).isEqualTo(11 * 256);
        assertThat(sheet.getColumnWidth(11)).isEqualTo(50 * 256);
        assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef())
                .isEqualTo("A1:L5");
    }

    @Test
    void coverageSheetHoldsTheMatrixWithTotalsAndShares() {
        Sheet sheet = workbook.getSheet("Action-line coverage");
        assertThat(values(sheet.getRow(0)))
                .containsExactly(
                        "Document",
                        "#",
                        "Session",
                        "C1",
                        "C2",
                        "C3",
                        "C4",
                        "C5",
                        "C6",
                        "C7",
                        "C8",
                        "C9",
                        "C10",
                        "C11",
                        "Total");
        assertThat(counts(sheet.getRow(1))).containsExactly(1, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0);
        assertThat(counts(sheet.getRow(2))).containsExactly(0, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0);
        assertThat(counts(sheet.getRow(3))).containsExactly(0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0);
        assertThat(counts(sheet.getRow(4))).containsExactly(0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0);
        assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.STRING);

        Cell sessionTotal = sheet.getRow(1).getCell(14);
        assertThat(sessionTotal.getCellFormula()).isEqualTo("SUM(D2:N2)");
        assertThat(sessionTotal.getNumericCellValue()).isEqualTo(4);

        assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("Total mentions");
        assertThat(cached(sheet.getRow(5))).containsExactly(1d, 2d, 2d, 1d, 2d, 0d, 1d, 1d, 1d, 0d, 0d, 11d);
        assertThat(sheet.getRow(6).getCell(2).getStringCellValue()).isEqualTo("Sessions referencing");
        assertThat(cached(sheet.getRow(6))).containsExactly(1d, 2d, 1d, 1d, 1d, 0d, 1d, 1d, 1d, 0d, 0d);

        Row share = sheet.getRow(7);
        assertThat(share.getCell(2).getStringCellValue()).isEqualTo("Share of sessions");
        assertThat(share.getCell(4).getCellFormula()).isEqualTo("COUNTIF(E2:E5,\">0\")/ROWS(E2:E5)");
        assertThat(cached(share)).containsExactly(0.25, 0.5, 0.25, 0.25, 0.25, 0d, 0.25, 0.25, 0.25, 0d, 0d);
        assertThat(share.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0%");
        XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        assertThat(evaluator.evaluate(share.getCell(4)).getNumberValue()).isEqualTo(0.5);

        assertThat(sheet.getRow(0).getCell(3).getCellComment().getString().getString())
                .isEqualTo("C1 The role of public governance authorities and all stakeholders in the promotion"
                        + " of ICTs for development");
        assertFrozen(sheet, 1, 3);
        assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef())
                .isEqualTo("A1:O5");
    }

    @Test
    void coverageMatrixHasAColourScale() {
        Sheet sheet = workbook.getSheet("Action-line coverage");
        assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings())
                .isEqualTo(1);
        ConditionalFormatting formatting = sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0);
        assertThat(formatting.getFormattingRanges()[0].formatAsString()).isEqualTo("D2:N5");
        ConditionalFormattingRule rule = formatting.getRule(0);
        assertThat(rule.getConditionType()).isEqualTo(ConditionType.COLOR_SCALE);
        assertThat(rule.getColorScaleFormatting().getThresholds())
                .extracting(t -> t.getRangeType())
                .containsExactly(RangeType.MIN, RangeType.MAX);
    }

    @Test
    void overviewHasKeyFiguresTablesAndThreeNativeChartsWithSolidFills() {
        XSSFSheet sheet = workbook.getSheet("Overview");
        assertThat(values(sheet.getRow(3))).containsExactly("Key figure", "Value");
        List<String> figures = new ArrayList<>();
        for (int r = 4; r <= 14; r++) {
            figures.add(values(sheet.getRow(r)).get(0) + "="
                    + values(sheet.getRow(r)).get(1));
        }
        assertThat(figures)
                .containsExactly(
                        "Documents read=2",
                        "Sessions=4",
                        "Action-line references=11",
                        "Action lines referenced (of 11)=8",
                        "Action lines no session refers to=3",
                        "Countries mentioned=5",
                        "Country mentions=9",
                        "Themes touched (of 17)=7",
                        "Figures quoted=5",
                        "Consistency findings=2",
                        "Inputs skipped=1");
        assertThat(values(sheet.getRow(16)))
                .containsExactly("Action line", "Sessions", "Share of sessions", "Mentions", "Name");
        assertThat(values(sheet.getRow(18)))
                .containsExactly("C2", "2", "0", "2", "Information and communication infrastructure");
        assertThat(sheet.getRow(18).getCell(2).getNumericCellValue()).isEqualTo(0.5);
        assertThat(values(sheet.getRow(29))).containsExactly("Region", "Countries", "Mentions", "Sessions");
        assertThat(values(sheet.getRow(31))).containsExactly("Africa", "2", "3", "2");
        assertThat(values(sheet.getRow(35)).get(0)).isEqualTo("Sub-region");
        assertThat(values(sheet.getRow(37))).containsExactly("Sub-Saharan Africa", "2", "3", "2");
        assertThat(values(sheet.getRow(41)).get(0)).isEqualTo("UN group");
        assertThat(values(sheet.getRow(42))).containsExactly("LDC", "1", "1", "1");
        assertThat(values(sheet.getRow(43))).containsExactly("SIDS", "1", "1", "1");

        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts)
                .extracting(c -> c.getTitleText().getString())
                .containsExactly(
                        "Sessions per action line",
                        "Top 15 countries by sessions",
                        "Sessions naming a country of the region");
        XDDFChartData.Series lines = series(charts.get(0), BarDirection.COL);
        assertThat(lines.getCategoryData().getPointCount()).isEqualTo(11);
        assertThat(lines.getCategoryData().getPointAt(10)).isEqualTo("C11");
        assertThat(lines.getValuesData().getDataRangeReference()).isEqualTo("Overview!$B$18:$B$28");
        assertThat(lines.getValuesData().getPointAt(1)).isEqualTo(2.0);
        assertThat(fill(lines)).containsExactly(0x44, 0x72, 0xC4);

        XDDFChartData.Series countries = series(charts.get(1), BarDirection.BAR);
        assertThat(countries.getCategoryData().getDataRangeReference()).isEqualTo("Countries!$B$2:$B$6");
        assertThat(countries.getValuesData().getDataRangeReference()).isEqualTo("Countries!$F$2:$F$6");
        assertThat(countries.getCategoryData().getPointAt(0)).isEqualTo("Türkiye");
        assertThat(countries.getValuesData().getPointAt(0))
                .as("Türkiye's sessions")
                .isEqualTo(3.0);
        assertThat(fill(countries)).containsExactly(0xED, 0x7D, 0x31);

        XDDFChartData.Series regions = series(charts.get(2), BarDirection.COL);
        assertThat(regions.getCategoryData().getDataRangeReference()).isEqualTo("Overview!$A$31:$A$34");
        assertThat(regions.getValuesData().getDataRangeReference()).isEqualTo("Overview!$D$31:$D$34");
        assertThat(regions.getCategoryData().getPointAt(3)).isEqualTo("Oceania");
        assertThat(fill(regions)).containsExactly(0x70, 0xAD, 0x47);
    }

    @Test
    void countriesSheetListsRegionsGroupsAndHasItsOwnChart() {
        XSSFSheet sheet = workbook.getSheet("Countries");
        assertThat(values(sheet.getRow(0)))
                .containsExactly("ISO code", "Country", "Region", "Sub-region", "Groups", "Sessions", "Mentions");
        assertThat(values(sheet.getRow(1))).containsExactly("TR", "Türkiye", "Asia", "Western Asia", "", "3", "4");
        assertThat(values(sheet.getRow(3)))
                .containsExactly("CI", "Côte d'Ivoire", "Africa", "Sub-Saharan Africa", "", "1", "1");
        assertThat(values(sheet.getRow(5)))
                .containsExactly("TV", "Tuvalu", "Oceania", "Polynesia", "LDC;SIDS", "1", "1");
        assertThat(sheet.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        XDDFChartData.Series series = series(charts.get(0), BarDirection.BAR);
        assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Countries!$F$2:$F$6");
        assertThat(fill(series)).containsExactly(0xED, 0x7D, 0x31);
        assertFrozen(sheet, 1, 0);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G6");
    }

    @Test
    void countryByActionLineCountsSessionsWithBoth() {
        XSSFSheet sheet = workbook.getSheet("Country × action line");
        assertThat(values(sheet.getRow(0)))
                .containsExactly(
                        "ISO code",
                        "Country",
                        "C1",
                        "C2",
                        "C3",
                        "C4",
                        "C5",
                        "C6",
                        "C7",
                        "C8",
                        "C9",
                        "C10",
                        "C11",
                        "Sessions",
                        CountryLinesSheet.EVIDENCE);
        assertThat(values(sheet.getRow(1)))
                .containsExactly("TR", "Türkiye", "1", "1", "1", "1", "0", "0", "1", "1", "1", "0", "0", "3", "");
        assertThat(values(sheet.getRow(2)))
                .containsExactly("KE", "Kenya", "0", "1", "0", "0", "1", "0", "0", "0", "0", "0", "0", "1", "");
        assertThat(sheet.getSheetConditionalFormatting()
                        .getConditionalFormattingAt(0)
                        .getFormattingRanges()[0]
                        .formatAsString())
                .isEqualTo("C2:M6");
        assertFrozen(sheet, 1, 2);
        assertThat(sheet.getDrawingPatriarch()).isNull();
    }

    @Test
    void themesSheetIsASessionByThemeMatrixWithTotalsAndAColourScale() {
        XSSFSheet sheet = workbook.getSheet("Themes");
        List<String> header = values(sheet.getRow(0));
        assertThat(header)
                .hasSize(21)
                .startsWith("Document", "#", "Session", "AI", "Gender")
                .endsWith("Environment and climate", "Total");
        assertThat(themeCounts(sheet.getRow(1))).containsExactly(0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(themeCounts(sheet.getRow(2))).containsExactly(1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0);
        assertThat(themeCounts(sheet.getRow(3))).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0);
        assertThat(sheet.getRow(3).getCell(20).getCellFormula()).isEqualTo("SUM(D4:T4)");
        assertThat(sheet.getRow(3).getCell(20).getNumericCellValue()).isEqualTo(2);
        assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("Total mentions");
        assertThat(sheet.getRow(5).getCell(8).getNumericCellValue())
                .as("Connectivity")
                .isEqualTo(2);
        assertThat(sheet.getRow(5).getCell(20).getNumericCellValue()).isEqualTo(9);
        assertThat(sheet.getRow(6).getCell(2).getStringCellValue()).isEqualTo("Sessions touching");
        assertThat(sheet.getRow(6).getCell(15).getCellFormula()).isEqualTo("COUNTIF(P2:P5,\">0\")");
        assertThat(sheet.getRow(6).getCell(15).getNumericCellValue())
                .as("Languages")
                .isEqualTo(1);
        assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.STRING);
        ConditionalFormatting scale = sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0);
        assertThat(scale.getFormattingRanges()[0].formatAsString()).isEqualTo("D2:T5");
        assertThat(scale.getRule(0).getConditionType()).isEqualTo(ConditionType.COLOR_SCALE);
        assertFrozen(sheet, 1, 3);
    }

    @Test
    void evidenceHasOneRowPerMentionOfEveryKindWithDocumentTextAsStrings() {
        Sheet sheet = workbook.getSheet("Evidence");
        assertThat(values(sheet.getRow(0)))
                .containsExactly(
                        "Document",
                        "#",
                        "Session id",
                        "Section",
                        "Kind",
                        "Item",
                        "Detail",
                        "Matched text",
                        "Sentence",
                        "Location");
        assertThat(sheet.getLastRowNum()).isEqualTo(11 + 1 + 9 + 9 + 5);
        List<String> kinds = new ArrayList<>();
        Row trust = null;
        Row language = null;
        Row named = null;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            kinds.add(row.getCell(4).getStringCellValue());
            if (row.getCell(7).getStringCellValue().equals("trust")) {
                trust = row;
            }
            if (row.getCell(6).getStringCellValue().startsWith("language")) {
                language = row;
            }
            if (row.getCell(4).getStringCellValue().equals("Action line named")) {
                named = row;
            }
        }
        assertThat(kinds).filteredOn("Action line"::equals).hasSize(11);
        assertThat(kinds).filteredOn("Action line named"::equals).hasSize(1);
        // Named only, shown as evidence, not counted; the matched text starts with "-" and stays a plain string.
        assertThat(values(named))
                .containsExactly(
                        ReportFixture.SUMMARIES,
                        "3",
                        "428",
                        "Case Examples",
                        "Action line named",
                        "C9",
                        "by name only, not counted",
                        "-the media action line",
                        "-the media action line keeps local languages alive, said one speaker.",
                        "");
        assertThat(kinds).filteredOn("Country"::equals).hasSize(9);
        assertThat(kinds).filteredOn("Theme"::equals).hasSize(9);
        assertThat(kinds).filteredOn("Figure"::equals).hasSize(5);
        assertThat(values(trust))
                .containsExactly(
                        ReportFixture.SUMMARIES,
                        "2",
                        "421",
                        "Emerging trends",
                        "Theme",
                        "Cybersecurity and trust",
                        "",
                        "trust",
                        ReportFixture.A2_TRENDS,
                        "");
        assertThat(trust.getCell(8).getCellType()).isEqualTo(CellType.STRING);
        assertThat(values(language))
                .containsExactly(
                        ReportFixture.SUMMARIES,
                        "3",
                        "428",
                        "Opportunities",
                        "Country",
                        "TR Türkiye",
                        "language, not counted: a language, not the country",
                        "Turkish",
                        ReportFixture.A3_OPPORTUNITIES,
                        "line 30");
        assertThat(language.getCell(8).getCellType()).isEqualTo(CellType.STRING);
        assertThat(values(sheet.getRow(1))).startsWith(ReportFixture.SUMMARIES, "1", "426", "Introduction");
        assertThat(values(sheet.getRow(sheet.getLastRowNum()))).startsWith("late-summary.docx", "1", "");
        assertFrozen(sheet, 1, 0);
    }

    @Test
    void figuresAreNumbersWithTheTextAsWrittenBeside() {
        Sheet sheet = workbook.getSheet("Figures");
        assertThat(values(sheet.getRow(0)))
                .containsExactly(
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
                        "Sentence");
        assertThat(sheet.getLastRowNum()).isEqualTo(5);
        Row billion = sheet.getRow(1);
        assertThat(billion.getCell(5).getNumericCellValue()).isEqualTo(2.6e9);
        assertThat(billion.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(values(billion))
                .containsExactly(
                        ReportFixture.SUMMARIES,
                        "1",
                        "426",
                        "quantity",
                        "stated",
                        "2600000000",
                        "people",
                        "2.6 billion people",
                        "1",
                        "Achievements",
                        ReportFixture.A1_OFFLINE);
        assertThat(sheet.getRow(2).getCell(8).getNumericCellValue())
                .as("40% quoted twice")
                .isEqualTo(2);
        assertThat(values(sheet.getRow(4))).startsWith(ReportFixture.SUMMARIES, "2", "421", "money", "target");
        Row plus = sheet.getRow(5);
        assertThat(plus.getCell(7).getCellType()).isEqualTo(CellType.STRING);
        assertThat(plus.getCell(7).getStringCellValue()).isEqualTo("+15%");
        assertThat(plus.getCell(5).getNumericCellValue()).isEqualTo(15);
        assertFrozen(sheet, 1, 0);
    }

    @Test
    void findingsAndRunRecordTheEditorsListAndTheInputs() {
        Sheet findings = workbook.getSheet("Findings");
        assertThat(values(findings.getRow(1)))
                .containsExactly(
                        ReportFixture.SUMMARIES,
                        "2",
                        "WARNING",
                        "facilitator-name-mismatch",
                        ReportFixture.result().findings().get(0).message(),
                        "Lucien Castex / Lucien CASTEX",
                        "line 21");
        assertThat(findings.getRow(2).getCell(1)).isNull();
        Sheet run = workbook.getSheet("Run");
        assertThat(values(run.getRow(1))).containsExactly("Run id", "20250714-060000-7f3a");
        assertThat(run.getRow(2).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(java.time.LocalDate.of(2025, 7, 14));
        assertThat(values(run.getRow(3)))
                .as("no start time: the same run gives the same workbook")
                .containsExactly("Version", "wsis-analytics 0.1.0-SNAPSHOT");
        assertThat(values(run.getRow(6))).containsExactly("Parameter", "Value");
        assertThat(values(run.getRow(7))).containsExactly("input", "inbox/");
        assertThat(values(run.getRow(9))).containsExactly("Input", "Location", "Size (bytes)", "SHA-256", "Status");
        assertThat(values(run.getRow(10)))
                .containsExactly(
                        ReportFixture.SUMMARIES, "inbox/" + ReportFixture.SUMMARIES, "48213", "a".repeat(64), "read");
        assertThat(values(run.getRow(12)))
                .containsExactly(
                        "notes.pdf",
                        "inbox/notes.pdf",
                        "3311",
                        "f".repeat(64),
                        "skipped: Cannot read 'notes.pdf': the file is encrypted (password required); it was skipped.");
    }

    @Test
    void keyMessagesSheetHasOneRowPerMessageWithItsPartAndCitation() {
        Sheet sheet = workbook.getSheet("Key messages");
        assertThat(values(sheet.getRow(0)))
                .containsExactly(
                        "Document",
                        "#",
                        "Session id",
                        "Rank",
                        "Part",
                        "Section",
                        "Key message",
                        "Citation",
                        "Location");
        assertThat(sheet.getLastRowNum())
                .as("two messages of session 1, one of session 2")
                .isEqualTo(3);
        assertThat(values(sheet.getRow(1)))
                .containsExactly(
                        ReportFixture.SUMMARIES,
                        "1",
                        "426",
                        "1",
                        "Achievements",
                        "Achievements",
                        ReportFixture.A1_PLEDGE,
                        ReportFixture.SUMMARIES + ", session 1 (no. 426), \u201CAchievements\u201D, line 10",
                        "line 10");
        Cell formulaLike = sheet.getRow(3).getCell(6);
        assertThat(formulaLike.getCellType())
                .as("text from a document stays text")
                .isEqualTo(CellType.STRING);
        assertThat(formulaLike.getStringCellValue()).isEqualTo(ReportFixture.A2_TRENDS);
        assertThat(sheet.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(421);
        assertThat(sheet.getRow(1).getCell(6).getCellStyle().getWrapText()).isTrue();
        assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef())
                .isEqualTo("A1:I4");
        assertThat(sheet.isColumnHidden(0))
                .as("two documents: the Document column tells them apart")
                .isFalse();
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
    }

    @Test
    void aRunOfOneDocumentHidesTheDocumentColumnOfEveryListSheet(@TempDir Path one) throws IOException {
        Path file = one.resolve("one.xlsx");
        new WorkbookWriter().write(InMemoryRunData.of(ReportFixture.manySessions(3)), file);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook single = new XSSFWorkbook(in)) {
            for (String name : List.of(
                    "Sessions", "Key messages", "Action-line coverage", "Themes", "Evidence", "Figures", "Findings")) {
                Sheet sheet = single.getSheet(name);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                        .as(name)
                        .isEqualTo("Document");
                assertThat(sheet.isColumnHidden(0)).as(name).isTrue();
                assertThat(sheet.isColumnHidden(1)).as(name).isFalse();
            }
            assertThat(single.getSheet("Overview").getRow(1).getCell(0).getStringCellValue())
                    .endsWith(": 3 sessions in 1 document.");
        }
        assertThat(workbook.getSheet("Sessions").isColumnHidden(0)).isFalse();
    }

    @Test
    void everySheetHasItsChartsAndNoOthers() {
        List<String> counts = new ArrayList<>();
        workbook.forEach(sheet -> {
            XSSFSheet xssf = (XSSFSheet) sheet;
            counts.add(xssf.getSheetName() + "="
                    + (xssf.getDrawingPatriarch() == null
                            ? 0
                            : xssf.getDrawingPatriarch().getCharts().size()));
        });
        assertThat(counts)
                .containsExactly(
                        "Overview=3",
                        "Sessions=0",
                        "Key messages=0",
                        "Action-line coverage=0",
                        "Countries=1",
                        "Country × action line=0",
                        "Themes=0",
                        "Evidence=0",
                        "Figures=0",
                        "Findings=0",
                        "Events=0",
                        "Method=0",
                        "Theme terms=0",
                        "Run=0");
    }

    private static XDDFChartData.Series series(XSSFChart chart, BarDirection direction) {
        List<XDDFChartData> data = chart.getChartSeries();
        assertThat(data).hasSize(1);
        XDDFBarChartData bars = (XDDFBarChartData) data.get(0);
        assertThat(bars.getBarDirection()).isEqualTo(direction);
        assertThat(bars.getSeriesCount()).isEqualTo(1);
        return bars.getSeries(0);
    }

    private static byte[] fill(XDDFChartData.Series series) {
        XDDFSolidFillProperties fill =
                (XDDFSolidFillProperties) series.getShapeProperties().getFillProperties();
        return ((XDDFColorRgbBinary) fill.getColor()).getValue();
    }

    private static List<Integer> themeCounts(Row row) {
        List<Integer> counts = new ArrayList<>();
        for (int c = 3; c < 20; c++) {
            counts.add((int) row.getCell(c).getNumericCellValue());
        }
        return counts;
    }

    @Test
    void evidenceBeyondTheRowLimitOfASheetContinuesOnNumberedSheetsNextToIt(@TempDir Path parts) throws IOException {
        AnalysisResult result = ReportFixture.result();
        Path file = parts.resolve("parts.xlsx");
        // 35 evidence rows and 5 figures, with a limit of 10 data rows per sheet instead of 1,048,575.
        new WorkbookWriter(10).write(InMemoryRunData.of(result), file);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook split = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            split.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names)
                    .containsExactly(
                            "Overview",
                            "Sessions",
                            "Key messages",
                            "Action-line coverage",
                            "Countries",
                            "Country × action line",
                            "Themes",
                            "Evidence",
                            "Evidence (2)",
                            "Evidence (3)",
                            "Evidence (4)",
                            "Figures",
                            "Findings",
                            "Events",
                            "Method",
                            "Theme terms",
                            "Run");
            List<String> rows = new ArrayList<>();
            for (String name : List.of("Evidence", "Evidence (2)", "Evidence (3)", "Evidence (4)")) {
                Sheet sheet = split.getSheet(name);
                assertThat(values(sheet.getRow(0))).as(name).startsWith("Document", "#", "Session id");
                assertFrozen(sheet, 1, 0);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    rows.add(String.join("|", values(sheet.getRow(r))));
                }
            }
            assertThat(split.getSheet("Evidence (4)").getLastRowNum()).isEqualTo(5);
            Sheet whole = workbook.getSheet("Evidence");
            List<String> expected = new ArrayList<>();
            for (int r = 1; r <= whole.getLastRowNum(); r++) {
                expected.add(String.join("|", values(whole.getRow(r))));
            }
            assertThat(rows).isEqualTo(expected);
            assertThat(split.getSheet("Figures").getLastRowNum()).isEqualTo(5);
        }
    }

    private static void assertFrozen(Sheet sheet, int rows, int columns) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat((int) pane.getHorizontalSplitPosition()).isEqualTo(rows);
        assertThat((int) pane.getVerticalSplitPosition()).isEqualTo(columns);
    }

    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>();
        for (Cell cell : row) {
            values.add(
                    switch (cell.getCellType()) {
                        case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                        case BLANK -> "";
                        case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                        default -> cell.getStringCellValue();
                    });
        }
        return values;
    }

    private static List<Integer> counts(Row row) {
        List<Integer> counts = new ArrayList<>();
        for (int c = 3; c <= 13; c++) {
            counts.add((int) row.getCell(c).getNumericCellValue());
        }
        return counts;
    }

    /** The values stored with the formulas, as a viewer that does not recalculate shows them. */
    private static List<Double> cached(Row row) {
        List<Double> values = new ArrayList<>();
        for (int c = 3; c < row.getLastCellNum(); c++) {
            assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.FORMULA);
            values.add(row.getCell(c).getNumericCellValue());
        }
        return values;
    }

    @Test
    void coverageSheetEndsWithTheLegendOfTheMarks() {
        Sheet sheet = workbook.getSheet(CoverageSheet.NAME);
        assertThat(sheet.getRow(9).getCell(2).getStringCellValue()).isEqualTo("Marks");
        assertThat(List.of(10, 11, 12, 13))
                .extracting(r -> sheet.getRow(r).getCell(2).getStringCellValue())
                .containsExactlyElementsOf(CoverageMarks.legend());
        assertThat(sheet.getRow(14).getCell(2).getStringCellValue()).contains("see the Method sheet");
        DataFormatter shown = new DataFormatter();
        assertThat(shown.formatCellValue(sheet.getRow(1).getCell(3))).isEqualTo("● 1");
        assertThat(shown.formatCellValue(sheet.getRow(3).getCell(11)))
                .as("session 3's C9, elsewhere only")
                .isEqualTo("○ 1");
    }

    /** Session 1 names C6 in words only; session 2's C5 is labelled "E-Governance", a name that fits C7. */
    @Test
    void coverageCellsCarryTheirStateAndTheConflictingLabelInAComment(@TempDir Path other) throws IOException {
        Path file = other.resolve("marked.xlsx");
        new WorkbookWriter().write(InMemoryRunData.of(ReportFixture.withCoverageMarks()), file);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook marked = new XSSFWorkbook(in)) {
            Sheet sheet = marked.getSheet(CoverageSheet.NAME);
            DataFormatter shown = new DataFormatter();
            Cell named = sheet.getRow(1).getCell(CoverageSheet.FIRST_LINE_COLUMN + 5);
            assertThat(named.getNumericCellValue())
                    .as("a line named only is not counted")
                    .isZero();
            assertThat(shown.formatCellValue(named)).isEqualTo("named");
            assertThat(named.getCellComment()).isNull();
            Cell conflict = sheet.getRow(2).getCell(CoverageSheet.FIRST_LINE_COLUMN + 4);
            assertThat(conflict.getNumericCellValue()).isEqualTo(2);
            assertThat(shown.formatCellValue(conflict)).isEqualTo("● 2†");
            assertThat(conflict.getCellComment().getString().getString())
                    .isEqualTo("Labelled “E-Governance” in the"
                            + " text, a name that fits C7 (ICT applications, sub-line E-government); counted for C5, the"
                            + " number written.");
            assertThat(cached(sheet.getRow(6)))
                    .as("sessions referencing: C6 still none")
                    .containsExactly(1d, 2d, 1d, 1d, 1d, 0d, 1d, 1d, 1d, 0d, 0d);
        }
    }

    @Test
    void methodSheetPrintsTheCountingRulesAndThemeTermsTheTaxonomy() {
        Sheet method = workbook.getSheet(MethodSheet.NAME);
        List<String> printed = new ArrayList<>();
        for (Row row : method) {
            for (Cell cell : row) {
                printed.add(cell.getStringCellValue().strip().replaceFirst("^\u2022 ", ""));
            }
        }
        assertThat(printed.get(0)).isEqualTo("How we count");
        List<String> rules =
                CountingRules.lines().stream().map(MethodLine::display).toList();
        assertThat(printed.subList(1, 1 + rules.size())).containsExactlyElementsOf(rules);
        assertThat(printed).containsSubsequence(CoverageMarks.legend());
        Sheet terms = workbook.getSheet(ThemeTermsSheet.NAME);
        assertThat(values(terms.getRow(0))).containsExactly("Theme", "Term", "Case");
        assertThat(values(terms.getRow(1))).containsExactly("AI", "AI", "exact");
        assertThat(values(terms.getRow(2))).containsExactly("AI", "artificial intelligence", "any");
        assertThat(values(terms.getRow(3))).containsExactly("Gender", "women", "any");
        assertThat(terms.getLastRowNum()).isEqualTo(3);
    }
}
