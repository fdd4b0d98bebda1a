package org.wsisanalytics.reports.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.CountryActionLine;
import org.wsisanalytics.model.CountryFrequency;

/**
 * The "Country × action line" sheet: for each counted country (rows, in most sessions first) and each of C1..C11,
 * the number of sessions with a sentence or list item that names both, under a colour scale, and those sentences
 * as evidence. The header says the rule: a country and a line named in different sentences of a session are not
 * linked.
 */
final class CountryLinesSheet {

    static final String NAME = "Country × action line";
    static final int FIRST_LINE_COLUMN = 2;
    static final String EVIDENCE = "Linked only where one sentence or list item names both the country and the line"
            + " (the first such sentence per line)";

    private CountryLinesSheet() {}

    static void write(
            XSSFWorkbook workbook,
            CellStyles styles,
            List<CountryFrequency> frequencies,
            List<CountryActionLine> withActionLines,
            List<ActionLine> lines) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        Map<String, Integer> cells = new HashMap<>();
        for (CountryActionLine pair : withActionLines) {
            cells.merge(pair.iso2() + "|" + pair.actionLine(), pair.sessions(), Integer::sum);
        }
        Row header = sheet.createRow(0);
        Cells.header(header, styles.header, "ISO code", "Country");
        for (int j = 0; j < lines.size(); j++) {
            Cells.text(header, FIRST_LINE_COLUMN + j, lines.get(j).code(), styles.headerCentered);
        }
        int sessionsColumn = FIRST_LINE_COLUMN + lines.size();
        Cells.text(header, sessionsColumn, "Sessions", styles.headerCentered);
        Cells.text(header, sessionsColumn + 1, EVIDENCE, styles.header);
        Map<String, StringBuilder> evidence = new HashMap<>();
        for (CountryActionLine pair : withActionLines) {
            if (pair.evidence().isEmpty()) {
                continue;
            }
            StringBuilder text = evidence.computeIfAbsent(pair.iso2(), k -> new StringBuilder());
            text.append(text.length() == 0 ? "" : "\n")
                    .append(pair.actionLine())
                    .append(": \u201C")
                    .append(pair.evidence())
                    .append('\u201D');
        }
        int r = 1;
        for (CountryFrequency frequency : frequencies) {
            String iso2 = frequency.country().iso2();
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, iso2, styles.text);
            Cells.text(row, 1, frequency.country().name(), styles.text);
            for (int j = 0; j < lines.size(); j++) {
                Cells.number(
                        row,
                        FIRST_LINE_COLUMN + j,
                        cells.getOrDefault(iso2 + "|" + lines.get(j).code(), 0),
                        styles.count);
            }
            Cells.number(row, sessionsColumn, frequency.sessions(), styles.boldCount);
            StringBuilder text = evidence.get(iso2);
            Cells.text(row, sessionsColumn + 1, text == null ? "" : text.toString(), styles.wrapped);
        }
        int rows = frequencies.size();
        if (rows > 0 && !lines.isEmpty()) {
            ColourScale.apply(sheet, new CellRangeAddress(1, rows, FIRST_LINE_COLUMN, sessionsColumn - 1));
        }
        sheet.setColumnWidth(0, 9 * 256);
        sheet.setColumnWidth(1, 32 * 256);
        for (int c = FIRST_LINE_COLUMN; c < sessionsColumn; c++) {
            sheet.setColumnWidth(c, 6 * 256);
        }
        sheet.setColumnWidth(sessionsColumn, 10 * 256);
        sheet.setColumnWidth(sessionsColumn + 1, 100 * 256);
        sheet.createFreezePane(FIRST_LINE_COLUMN, 1);
        Cells.printSetup(sheet, 0);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows), 0, sessionsColumn + 1));
    }
}
