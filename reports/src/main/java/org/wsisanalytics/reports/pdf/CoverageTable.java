package org.wsisanalytics.reports.pdf;

import java.awt.Color;
import java.util.Objects;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.reports.coverage.CoverageMatrix;

/** The coverage part: sessions × C1..C11, each referenced cell marked and counted. */
final class CoverageTable {

    static final String BOOKMARK = "Action-line coverage";
    /** The session lists the line in its "Links to WSIS Action Lines" part. */
    static final String LINKED = "●";
    /** The line is only mentioned elsewhere in the session's text. */
    static final String MENTIONED = "○";
    private static final Color LINKED_FILL = new Color(0xC9, 0xD9, 0xEE);
    private static final Color MENTIONED_FILL = new Color(0xEE, 0xF3, 0xF9);
    private static final Color GAP_FILL = new Color(0xFB, 0xE3, 0xC4);
    private static final float SIZE = 7.5f;

    private CoverageTable() {
    }

    static void add(Document document, Blocks blocks, CoverageMatrix matrix) {
        document.add(blocks.heading(BOOKMARK));
        document.add(blocks.text("Number of references to each WSIS Action Line in each session. "
                + LINKED + " the session names the line in its links to the WSIS Action Lines; "
                + MENTIONED + " the line is mentioned elsewhere in the summary only. Lines that no session refers to"
                + " are highlighted in the totals.", 9.5f));
        if (matrix.sessions().isEmpty()) {
            document.add(blocks.text("No sessions were read in this run, so no action line is covered.", 9.5f));
        }
        int lines = matrix.actionLines().size();
        int columns = lines + 3;
        float[] widths = new float[columns];
        widths[0] = 2.2f;
        widths[1] = 17;
        for (int j = 0; j < lines; j++) {
            widths[2 + j] = 3.1f;
        }
        widths[columns - 1] = 3.4f;
        PdfPTable table = blocks.largeTable(widths);
        table.addCell(blocks.header("#", SIZE, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("Session", SIZE, Element.ALIGN_LEFT));
        for (int j = 0; j < lines; j++) {
            table.addCell(blocks.header(matrix.actionLines().get(j).code(), SIZE, Element.ALIGN_CENTER));
        }
        table.addCell(blocks.header("Total", SIZE, Element.ALIGN_CENTER));

        boolean severalDocuments = matrix.sessions().stream().map(SessionOutline::document).distinct().count() > 1;
        String currentDocument = null;
        for (int i = 0; i < matrix.sessions().size(); i++) {
            SessionOutline session = matrix.sessions().get(i);
            if (severalDocuments && !Objects.equals(currentDocument, session.document())) {
                currentDocument = session.document();
                table.addCell(blocks.group(currentDocument, SIZE, columns));
            }
            table.addCell(blocks.cell(String.valueOf(session.index()), SIZE, Element.ALIGN_RIGHT));
            table.addCell(blocks.cell(session.title(), SIZE, Element.ALIGN_LEFT));
            for (int j = 0; j < lines; j++) {
                table.addCell(countCell(blocks, matrix, i, j));
            }
            table.addCell(blocks.cell(new Phrase(String.valueOf(matrix.sessionTotal(i)),
                    blocks.bold(SIZE)), Element.ALIGN_CENTER));
            Blocks.flushEvery(document, table, i + 1);
        }
        summaryRow(table, blocks, "Sessions referencing the line", matrix, true);
        summaryRow(table, blocks, "Mentions", matrix, false);
        Blocks.finish(document, table);
    }

    private static PdfPCell countCell(Blocks blocks, CoverageMatrix matrix, int row, int column) {
        int count = matrix.mentions(row, column);
        if (count == 0) {
            return blocks.cell("", SIZE, Element.ALIGN_CENTER);
        }
        boolean linked = matrix.inLinksSection(row, column);
        PdfPCell cell = blocks.cell((linked ? LINKED : MENTIONED) + "\u2009" + count, SIZE, Element.ALIGN_CENTER);
        cell.setBackgroundColor(linked ? LINKED_FILL : MENTIONED_FILL);
        return cell;
    }

    /** A totals row; in the sessions row a line no session refers to is highlighted, as the gap it is. */
    private static void summaryRow(PdfPTable table, Blocks blocks, String label, CoverageMatrix matrix,
                                   boolean sessions) {
        table.addCell(blocks.cell("", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.cell(new Phrase(label, blocks.bold(SIZE)), Element.ALIGN_LEFT));
        int total = 0;
        for (int j = 0; j < matrix.actionLines().size(); j++) {
            int value = sessions ? matrix.sessionsReferencing(j) : matrix.lineTotal(j);
            total += value;
            PdfPCell cell = blocks.cell(new Phrase(String.valueOf(value), blocks.bold(SIZE)), Element.ALIGN_CENTER);
            if (sessions && value == 0) {
                cell.setBackgroundColor(GAP_FILL);
            }
            table.addCell(cell);
        }
        table.addCell(blocks.cell(new Phrase(sessions ? "" : String.valueOf(total), blocks.bold(SIZE)),
                Element.ALIGN_CENTER));
    }
}
