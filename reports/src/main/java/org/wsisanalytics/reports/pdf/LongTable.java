package org.wsisanalytics.reports.pdf;

import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A table with a row per session or finding, written to the document as it grows so that a long run's cells never
 * pile up in memory, and laid out as {@link Space#add} lays out a whole table: no page holds fewer than
 * {@value Space#MIN_ROWS} of its rows, and every page it runs over to repeats its header.
 *
 * <p>The caller adds a row's cells to {@link #table()} and then calls {@link #rowAdded()}. Once
 * {@value #FLUSHED_ROWS} rows are held, the pages they fill are written, all but the last full page and the part
 * of a page that follows it: those rows are held with the next ones, so that at the end the last page can still
 * take rows from the page before when it would hold only one or two. What is written always ends a page, as
 * measured ({@link Space#breaks}), so the rows held start the next one.
 */
final class LongTable {

    /** Rows held before the pages they fill are written. */
    static final int FLUSHED_ROWS = 100;

    private final Document document;
    private final PdfWriter writer;
    private final PdfPTable table;
    /** Whether rows of the table were written: they end a page, so the rows held start the next one. */
    private boolean started;

    /** Takes {@code table}, its header rows added, to fill; it must not be added to the document otherwise. */
    LongTable(Document document, PdfWriter writer, PdfPTable table) {
        this.document = document;
        this.writer = writer;
        this.table = table;
        table.setKeepTogether(false);
        // Measured once: the rows added later are measured as they complete.
        Space.height(document, table);
    }

    /** The table to add the cells of each row to: its header rows and the rows not yet written. */
    PdfPTable table() {
        return table;
    }

    /** Writes the pages the rows held so far fill, once {@value #FLUSHED_ROWS} are held, but the last two. */
    void rowAdded() {
        if (held() < FLUSHED_ROWS) {
            return;
        }
        boolean here = !started && Space.startsHere(document, writer, table);
        float room = here ? Space.room(document, writer, table) : Space.nextRoom(document, table);
        List<Integer> breaks = Space.breaks(table, room, Space.nextRoom(document, table));
        if (breaks.size() < 2) {
            return;
        }
        int pages = breaks.get(breaks.size() - 2);
        if (!here) {
            document.newPage();
        }
        Space.addPages(document, table, breaks, pages);
        for (int row = 0; row < pages; row++) {
            table.deleteRow(table.getHeaderRows());
        }
        started = true;
        // What follows starts the next page, below the header; OpenPDF's position after part of a table is not
        // where its last row ends, so it is not asked.
        table.setSpacingBefore(0);
    }

    /** Writes the rows still held, the last page given at least {@value Space#MIN_ROWS} of them. */
    void finish() {
        if (started) {
            document.newPage();
        }
        Space.add(document, writer, table);
    }

    private int held() {
        return table.size() - table.getHeaderRows();
    }
}
