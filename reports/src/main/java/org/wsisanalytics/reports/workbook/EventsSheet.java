package org.wsisanalytics.reports.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineTotal;
import org.wsisanalytics.model.EventSummary;
import org.wsisanalytics.model.RunSummary;

/**
 * The "Events" sheet: the run's events and years side by side (as in {@code events.csv}), one row each with its
 * documents, sessions, references and country mentions, then the share of its sessions that refer to each action
 * line (as in {@code event_action_lines.csv}).
 */
final class EventsSheet {

    static final String NAME = "Events";

    private static final String[] HEADER = {
        "Event", "Year", "Documents", "Sessions", "Action-line references", "Country mentions", "Countries"
    };

    private EventsSheet() {}

    static void write(SXSSFWorkbook workbook, CellStyles styles, RunSummary summary) {
        Sheet sheet = workbook.createSheet(NAME);
        List<String> codes =
                summary.actionLines().stream().map(ActionLine::code).toList();
        int lines = codes.size();
        Row header = sheet.createRow(0);
        Cells.header(header, styles.headerWrapped, HEADER);
        for (int l = 0; l < lines; l++) {
            Cells.text(header, HEADER.length + l, summary.actionLines().get(l).code(), styles.headerCentered);
        }
        sheet.setColumnWidth(0, 44 * 256);
        sheet.setColumnWidth(1, 8 * 256);
        for (int c = 2; c < HEADER.length; c++) {
            sheet.setColumnWidth(c, 12 * 256);
        }
        for (int l = 0; l < lines; l++) {
            sheet.setColumnWidth(HEADER.length + l, 7 * 256);
        }
        int r = 1;
        for (EventSummary event : summary.events()) {
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, event.key().event(), styles.wrapped);
            if (event.key().year() != null) {
                Cells.number(row, 1, event.key().year(), styles.text);
            }
            Cells.number(row, 2, event.documents(), styles.integer);
            Cells.number(row, 3, event.sessions(), styles.integer);
            Cells.number(row, 4, event.actionLineMentions(), styles.integer);
            Cells.number(row, 5, event.countryMentions(), styles.integer);
            Cells.number(row, 6, event.countries().size(), styles.integer);
            for (ActionLineTotal line : event.lineTotals()) {
                int column = codes.indexOf(line.actionLine());
                if (column >= 0) {
                    Cells.number(row, HEADER.length + column, event.share(line), styles.percent);
                }
            }
        }
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, HEADER.length + lines - 1));
        Cells.printSetup(sheet, 0);
    }
}
