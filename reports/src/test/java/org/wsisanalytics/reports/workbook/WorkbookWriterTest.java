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
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ConditionType;
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
import org.wsisanalytics.model.AnalysisResult;
import org.wsisanalytics.reports.ReportFixture;
import org.wsisanalytics.reports.coverage.CoverageMatrix;

class WorkbookWriterTest {

    @TempDir
    static Path folder;
    static XSSFWorkbook workbook;

    @BeforeAll
    static void write() throws IOException {
        AnalysisResult result = ReportFixture.result();
        Path file = folder.resolve("wsis-analytics.xlsx");
        new WorkbookWriter().write(result, CoverageMatrix.of(result), file);
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
        assertThat(names).containsExactly("Overview", "Sessions", "Action-line coverage", "Action-line mentions");
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("WSIS Action Lines in session summaries");
        assertThat(core.getSubject()).isEqualTo("Action-line coverage of 4 sessions, run 20250714-060000-7f3a (2025-07-14)");
        assertThat(core.getCreator()).isEqualTo("wsis-analytics");
    }

    @Test
    void sessionsSheetKeepsDocumentTextAsStringsAndLinksOnlyWebAddresses() {
        Sheet sheet = workbook.getSheet("Sessions");
        assertThat(values(sheet.getRow(0))).containsExactly("Document", "#", "Session id", "Title", "Facilitator",
                "Facilitator (as listed)", "Sections", "Words", "Link");
        Cell formulaLikeTitle = sheet.getRow(2).getCell(3);
        assertThat(formulaLikeTitle.getCellType()).isEqualTo(CellType.STRING);
        assertThat(formulaLikeTitle.getStringCellValue()).isEqualTo(ReportFixture.A2_TITLE);
        assertThat(sheet.getRow(3).getCell(3).getCellType()).isEqualTo(CellType.STRING);
        assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Lidia Stępińska-Ustasiak");
        assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Lucien CASTEX");
        assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(29);
        assertThat(sheet.getRow(1).getCell(8).getHyperlink().getAddress())
                .isEqualTo("https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/426");
        assertThat(sheet.getRow(3).getCell(8).getHyperlink()).isNull();
        assertThat(sheet.getRow(3).getCell(8).getStringCellValue()).isEqualTo("javascript:alert(1)");
        assertThat(sheet.getRow(4).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        assertFrozen(sheet, 1, 0);
        assertThat(sheet.getColumnWidth(3)).isEqualTo(60 * 256);
        assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I5");
    }

    @Test
    void coverageSheetHoldsTheMatrixWithTotalsAndShares() {
        Sheet sheet = workbook.getSheet("Action-line coverage");
        assertThat(values(sheet.getRow(0))).containsExactly("Document", "#", "Session", "C1", "C2", "C3", "C4",
                "C5", "C6", "C7", "C8", "C9", "C10", "C11", "Total");
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
        assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:O5");
    }

    @Test
    void coverageMatrixHasAColourScale() {
        Sheet sheet = workbook.getSheet("Action-line coverage");
        assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
        ConditionalFormatting formatting = sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0);
        assertThat(formatting.getFormattingRanges()[0].formatAsString()).isEqualTo("D2:N5");
        ConditionalFormattingRule rule = formatting.getRule(0);
        assertThat(rule.getConditionType()).isEqualTo(ConditionType.COLOR_SCALE);
        assertThat(rule.getColorScaleFormatting().getThresholds()).extracting(t -> t.getRangeType())
                .containsExactly(RangeType.MIN, RangeType.MAX);
    }

    @Test
    void overviewHasANativeBarChartWithASolidFill() {
        XSSFSheet sheet = workbook.getSheet("Overview");
        assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("C1");
        assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(2);
        assertThat(sheet.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(0.5);
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        XSSFChart chart = charts.get(0);
        assertThat(chart.getTitleText().getString()).isEqualTo("Sessions per action line");
        List<XDDFChartData> data = chart.getChartSeries();
        assertThat(data).hasSize(1);
        XDDFBarChartData bars = (XDDFBarChartData) data.get(0);
        assertThat(bars.getBarDirection()).isEqualTo(BarDirection.COL);
        assertThat(bars.getSeriesCount()).isEqualTo(1);
        XDDFChartData.Series series = bars.getSeries(0);
        assertThat(series.getCategoryData().getPointCount()).isEqualTo(11);
        assertThat(series.getCategoryData().getPointAt(10)).isEqualTo("C11");
        assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Overview!$C$5:$C$15");
        assertThat(series.getValuesData().getPointAt(1)).isEqualTo(2.0);
        XDDFSolidFillProperties fill = (XDDFSolidFillProperties) series.getShapeProperties().getFillProperties();
        assertThat(((XDDFColorRgbBinary) fill.getColor()).getValue()).containsExactly(0x44, 0x72, 0xC4);
    }

    @Test
    void mentionsSheetListsEveryReferenceWithItsSentence() {
        Sheet sheet = workbook.getSheet("Action-line mentions");
        assertThat(sheet.getLastRowNum()).isEqualTo(11);
        Row at = sheet.getRow(5);
        assertThat(values(at)).containsExactly(ReportFixture.SUMMARIES, "2", "C5", "C5", "Emerging trends", "false",
                ReportFixture.A2_TRENDS);
        assertThat(at.getCell(6).getCellType()).isEqualTo(CellType.STRING);
        assertThat(at.getCell(5).getCellType()).isEqualTo(CellType.BOOLEAN);
        assertFrozen(sheet, 1, 0);
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
            values.add(switch (cell.getCellType()) {
                case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
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
}
