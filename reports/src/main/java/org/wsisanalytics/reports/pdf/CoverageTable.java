package org.wsisanalytics.reports.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineTotal;
import org.wsisanalytics.model.CoverageState;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.reports.DocumentNumbers;
import org.wsisanalytics.reports.coverage.CoverageMarks;
import org.wsisanalytics.reports.coverage.CoverageRow;

/**
 * The coverage part: sessions × C1..C11, each numbered cell marked and counted, each line named only marked and
 * not counted, a dagger on a cell whose label names another line, explained in notes under the table.
 */
final class CoverageTable {

    static final String BOOKMARK = "Action-line coverage";
    /** The session lists the line in its "Links to WSIS Action Lines" part. */
    static final String LINKED = CoverageMarks.LINKED;
    /** The line is only mentioned elsewhere in the session's text. */
    static final String MENTIONED = CoverageMarks.ELSEWHERE;

    static final String NOTES = "Labels in conflict with the number";
    private static final Color LINKED_FILL = new Color(0xC9, 0xD9, 0xEE);
    private static final Color MENTIONED_FILL = new Color(0xEE, 0xF3, 0xF9);
    private static final Color NAMED_FILL = new Color(0xF2, 0xF2, 0xF2);
    private static final Color GAP_FILL = new Color(0xFB, 0xE3, 0xC4);
    private static final float SIZE = 7.5f;
    /** The word for a line named only, smaller so that it fits the narrowest cell on one line. */
    private static final float NAMED_SIZE = 6f;

    private static final float NOTE_SIZE = 8.5f;

    private CoverageTable() {}

    /** Writes the table, reading the sessions in one walk over their overviews. */
    static void add(Document document, PdfWriter writer, Blocks blocks, RunData data) throws IOException {
        RunSummary summary = data.summary();
        document.add(blocks.heading(BOOKMARK));
        document.add(blocks.text(
                "Number of numbered references to each WSIS Action Line in each session (see How"
                        + " we count). " + CoverageMarks.legendLine()
                        + " Lines that no session refers to are highlighted in"
                        + " the totals.",
                9.5f));
        if (summary.sessions() == 0) {
            document.add(blocks.text("No sessions were read in this run, so no action line is covered.", 9.5f));
        }
        List<ActionLine> actionLines = summary.actionLines();
        int lines = actionLines.size();
        int columns = lines + 3;
        float[] widths = new float[columns];
        widths[0] = 2.2f;
        widths[1] = 17;
        for (int j = 0; j < lines; j++) {
            widths[2 + j] = 3.1f;
        }
        widths[columns - 1] = 3.4f;
        DocumentNumbers documents = new DocumentNumbers(summary);
        PdfPTable table = blocks.table(blocks.numberColumn(document, SIZE, documents.largestSessionCount(), widths));
        table.addCell(blocks.header("#", SIZE, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("Session", SIZE, Element.ALIGN_LEFT));
        for (int j = 0; j < lines; j++) {
            table.addCell(blocks.header(actionLines.get(j).code(), SIZE, Element.ALIGN_CENTER));
        }
        table.addCell(blocks.header("Total", SIZE, Element.ALIGN_CENTER));

        List<String> notes = new ArrayList<>();
        LongTable rows = new LongTable(document, writer, table);
        SessionRows.fill(blocks, data, rows, SIZE, columns, overview -> {
            SessionOutline session = overview.session();
            CoverageRow row = CoverageRow.of(overview, actionLines);
            for (int j = 0; j < lines; j++) {
                if (!row.conflictingLabels(j).isEmpty()) {
                    notes.add(CoverageMarks.LABEL_CONFLICT + " Session " + sessionNumber(session, documents) + ", "
                            + actionLines.get(j).code() + ": " + row.labelNote(j));
                }
            }
            table.addCell(blocks.cell(String.valueOf(session.index()), SIZE, Element.ALIGN_RIGHT));
            table.addCell(blocks.cell(session.title(), SIZE, Element.ALIGN_LEFT));
            for (int j = 0; j < lines; j++) {
                table.addCell(countCell(blocks, row, j));
            }
            table.addCell(
                    blocks.cell(new Phrase(String.valueOf(row.total()), blocks.bold(SIZE)), Element.ALIGN_CENTER));
        });
        summaryRow(table, blocks, "Sessions referencing the line", summary.lineTotals(), true);
        summaryRow(table, blocks, "Mentions", summary.lineTotals(), false);
        rows.finish();
        if (!notes.isEmpty()) {
            Space.addHeading(document, writer, blocks.subheading(NOTES), blocks.text(notes.get(0), NOTE_SIZE));
            for (String note : notes) {
                document.add(blocks.text(note, NOTE_SIZE));
            }
        }
    }

    private static String sessionNumber(SessionOutline session, DocumentNumbers documents) {
        return documents.several()
                ? documents.of(session.document()) + "\u00B7" + session.index()
                : String.valueOf(session.index());
    }

    /** The cell's mark and count (none for a line named only, which is not counted), a dagger for a conflict. */
    private static PdfPCell countCell(Blocks blocks, CoverageRow row, int column) {
        CoverageState state = row.state(column);
        String conflict = row.conflictingLabels(column).isEmpty() ? "" : CoverageMarks.LABEL_CONFLICT;
        PdfPCell cell = switch (state) {
            case NONE -> blocks.cell("", SIZE, Element.ALIGN_CENTER);
            case NAMED_ONLY ->
                blocks.cell(
                        new Phrase(CoverageMarks.NAMED_ONLY, blocks.plain(NAMED_SIZE, BriefFonts.MUTED)),
                        Element.ALIGN_CENTER);
            case LINKS, ELSEWHERE ->
                blocks.cell(
                        CoverageMarks.of(state) + "\u2009" + row.mentions(column) + conflict,
                        SIZE,
                        Element.ALIGN_CENTER);
        };
        switch (state) {
            case LINKS -> cell.setBackgroundColor(LINKED_FILL);
            case ELSEWHERE -> cell.setBackgroundColor(MENTIONED_FILL);
            case NAMED_ONLY -> cell.setBackgroundColor(NAMED_FILL);
            case NONE -> {}
        }
        return cell;
    }

    /** A totals row; in the sessions row a line no session refers to is highlighted, as the gap it is. */
    private static void summaryRow(
            PdfPTable table, Blocks blocks, String label, List<ActionLineTotal> lines, boolean sessions) {
        table.addCell(blocks.cell("", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.cell(new Phrase(label, blocks.bold(SIZE)), Element.ALIGN_LEFT));
        int total = 0;
        for (ActionLineTotal line : lines) {
            int value = sessions ? line.sessions() : line.mentions();
            total += value;
            PdfPCell cell = blocks.cell(new Phrase(String.valueOf(value), blocks.bold(SIZE)), Element.ALIGN_CENTER);
            if (sessions && value == 0) {
                cell.setBackgroundColor(GAP_FILL);
            }
            table.addCell(cell);
        }
        table.addCell(blocks.cell(
                new Phrase(sessions ? "" : String.valueOf(total), blocks.bold(SIZE)), Element.ALIGN_CENTER));
    }
}
