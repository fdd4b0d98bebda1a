package org.wsisanalytics.reports.workbook;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.Reject;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.model.RunSummary;

/** The "Run" sheet: which run made the workbook, with which parameters, from which inputs (with SHA-256). */
final class RunSheet {

    static final String NAME = "Run";
    static final int PARAMETERS_ROW = 6;

    private RunSheet() {}

    static void write(SXSSFWorkbook workbook, CellStyles styles, RunSummary result) {
        RunInfo run = result.run();
        Sheet sheet = workbook.createSheet(NAME);
        int[] widths = {34, 48, 14, 68, 60};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Cells.text(sheet.createRow(0), 0, "Run " + run.runId(), styles.title);
        fact(sheet.createRow(1), styles, "Run id", run.runId());
        Row date = sheet.createRow(2);
        Cells.text(date, 0, "Run date", styles.label);
        date.createCell(1).setCellValue(run.runDate());
        date.getCell(1).setCellStyle(styles.date);
        // No start time: the workbook is the same for the same run, whenever it is written (manifest.json has it).
        fact(sheet.createRow(3), styles, "Version", "wsis-analytics " + run.version());
        fact(sheet.createRow(4), styles, "Sessions", String.valueOf(result.sessions()));

        int r = PARAMETERS_ROW;
        Cells.header(sheet.createRow(r++), styles.header, "Parameter", "Value");
        for (Map.Entry<String, String> parameter : new TreeMap<>(run.parameters()).entrySet()) {
            fact(sheet.createRow(r++), styles, parameter.getKey(), parameter.getValue());
        }
        r++;
        Map<String, String> skipped = new HashMap<>();
        for (Reject reject : result.rejects()) {
            skipped.putIfAbsent(reject.input(), reject.reason());
        }
        Cells.header(sheet.createRow(r++), styles.header, "Input", "Location", "Size (bytes)", "SHA-256", "Status");
        for (DocumentSource input : run.inputs()) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, input.name(), styles.text);
            Cells.text(row, 1, input.location(), styles.text);
            Cells.number(row, 2, input.sizeBytes(), styles.integer);
            Cells.text(row, 3, input.sha256(), styles.text);
            String reason = skipped.get(input.name());
            Cells.text(row, 4, reason == null ? "read" : "skipped: " + reason, styles.text);
        }
        Cells.printSetup(sheet, PARAMETERS_ROW);
    }

    private static void fact(Row row, CellStyles styles, String label, String value) {
        Cells.text(row, 0, label, styles.label);
        Cells.text(row, 1, value, styles.text);
    }
}
