package org.wsisanalytics.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Measures before a part is added, so that a heading never stands alone at the foot of a page and a table that
 * fits on a page is not cut into a few overflow rows: when the heading and its table (or at least its first
 * rows, for a table longer than a page) do not fit below what the page already holds, the part starts on the
 * next page.
 */
final class Space {

    /** A subheading with its spacing ({@link Blocks#subheading}: 11 pt on a leading of 16.5, 14 before, 6 after). */
    static final float SUBHEADING = 37;
    /** What the measure may miss: a paragraph's spacing that OpenPDF adds after the next element starts. */
    private static final float SLACK = 10;
    /** What must follow a heading on its page when the table after it is longer than a page. */
    private static final float FIRST_ROWS = 90;

    private Space() {}

    /**
     * Starts a new page unless {@code heading} points and {@code table} fit below what the page holds; a table
     * longer than a page needs only its first rows to fit.
     */
    static void keepWithNext(Document document, PdfWriter writer, float heading, PdfPTable table) {
        float page = document.top() - document.bottom();
        float needed = heading + height(document, table);
        if (needed > page) {
            needed = heading + FIRST_ROWS;
        }
        float available = writer.getVerticalPosition(true) - document.bottom();
        if (needed + SLACK > available) {
            document.newPage();
        }
    }

    /** The table's height as it will be laid out across the page's width, its spacing included. */
    static float height(Document document, PdfPTable table) {
        float width = (document.right() - document.left()) * table.getWidthPercentage() / 100;
        if (!table.isLockedWidth()) {
            table.setTotalWidth(width);
        }
        return table.getTotalHeight() + table.spacingBefore() + table.spacingAfter();
    }
}
