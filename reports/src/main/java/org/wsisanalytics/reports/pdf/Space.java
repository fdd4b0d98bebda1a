package org.wsisanalytics.reports.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Measures before a part is added, so that no page holds only a few rows that ran over from the page before: a
 * heading never stands alone at the foot of a page, a table that fits on a page moves to the next page whole,
 * a table longer than a page breaks so that each of its pages holds at least {@value #MIN_ROWS} rows (its header
 * repeated), a group row (a row across the table naming the rows that follow, {@link Blocks#group}) never ends a
 * page, and a part that follows the short end of the one before starts below it rather than on a page of its own.
 */
final class Space {

    /** The fewest body rows of a table that may stand at the foot of a page or at the top of the next. */
    static final int MIN_ROWS = 3;
    /**
     * How much of a page the end of a part may fill and still be called short: a part that ran over from the
     * page before and fills less than this share of its last page is followed on that page by the next part.
     */
    static final float SHORT_END = 0.45f;
    /**
     * What must fit below the part before for a session to start on its page: its heading, key messages and
     * facts (a session's parts then keep their own tables whole).
     */
    static final float SESSION_OPENING = 300;
    /** What the measure may miss: a paragraph's spacing that OpenPDF adds after the next element starts. */
    private static final float SLACK = 10;
    /** The gap between the short end of one part and the next part on the same page. */
    private static final float GAP = 24;

    private Space() {}

    /**
     * Adds a heading (or a label that names what follows it) on the page where the table that follows starts, so
     * that it never stands alone at the foot of a page: it starts a new page unless the heading and the table fit
     * below what the page holds, or, for a table longer than a page, its header and first {@value #MIN_ROWS} rows.
     * The caller adds the table next, with {@link #add} when it is kept together.
     */
    static void addHeading(Document document, PdfWriter writer, Paragraph heading, PdfPTable first) {
        float table = height(document, first);
        if (height(heading) + table > page(document)) {
            table = first.spacingBefore() + first.getHeaderHeight() + rows(first, 0, MIN_ROWS);
        }
        addHeading(document, writer, heading, table);
    }

    /**
     * Adds a heading on the page where the paragraph that follows it (measured as a {@link Blocks#block}) starts;
     * the caller adds the paragraph next. OpenPDF writes a line of text on a page only if a leading's room is left
     * below it, so that room is needed too.
     */
    static void addHeading(Document document, PdfWriter writer, Paragraph heading, Paragraph first) {
        addHeading(document, writer, heading, height(document, Blocks.block(first)) + first.getTotalLeading());
    }

    /**
     * Adds a heading on the page where what follows it starts, {@code first} points tall (a chart): a new page
     * first unless the heading and those points fit below what the page holds.
     */
    static void addHeading(Document document, PdfWriter writer, Paragraph heading, float first) {
        if (height(heading) + first + SLACK > available(document, writer)) {
            document.newPage();
        }
        document.add(heading);
    }

    /** A heading's height on one line, with its spacing before and after. */
    static float height(Paragraph heading) {
        return heading.getSpacingBefore() + heading.getTotalLeading() + heading.getSpacingAfter();
    }

    /**
     * Adds a table so that no page holds only a few of its rows: one that fits below what the page holds is added
     * there; one that fits on a page starts on the next page, whole; one longer than a page starts here when
     * {@value #MIN_ROWS} rows fit below what the page holds (else on the next page) and breaks where the page
     * ends, except that the page before its last gives up rows until the last holds {@value #MIN_ROWS}. Every
     * page the table runs over to repeats its header rows.
     */
    static void add(Document document, PdfWriter writer, PdfPTable table) {
        float height = height(document, table);
        float available = available(document, writer);
        if (height <= available) {
            document.add(table);
            return;
        }
        if (height <= page(document)) {
            document.newPage();
            document.add(table);
            return;
        }
        if (!startsHere(document, writer, table)) {
            document.newPage();
        }
        addAcross(document, table, breaks(table, room(document, writer, table), nextRoom(document, table)));
    }

    /**
     * Adds a table longer than the page here, breaking it where {@code breaks} (from {@link #breaks}) says the pages
     * end, except that when its last page would hold fewer than {@value #MIN_ROWS} rows the page before gives up
     * rows to it (as long as that page keeps {@value #MIN_ROWS} of its own, and does not end with a group row).
     */
    private static void addAcross(Document document, PdfPTable table, List<Integer> breaks) {
        int body = table.size() - table.getHeaderRows();
        List<Integer> ends = new ArrayList<>(breaks);
        int last = breaks.isEmpty() ? 0 : breaks.get(breaks.size() - 1);
        if (!breaks.isEmpty() && body - last < MIN_ROWS) {
            int before = breaks.size() >= 2 ? breaks.get(breaks.size() - 2) : 0;
            int balanced = Math.max(last - (MIN_ROWS - (body - last)), Math.min(last, before + MIN_ROWS));
            if (balanced - 1 > before && groupRow(table, balanced - 1)) {
                balanced--;
            }
            ends.set(ends.size() - 1, balanced);
        }
        addPages(document, table, ends, body);
    }

    /**
     * Adds the table's body rows before {@code end} from here on, starting a new page at each of {@code breaks}
     * (counts of body rows, ascending) below {@code end}: each page holds a copy of the table with its header rows
     * and that page's rows, so that the pages end where measured rather than where OpenPDF would break them.
     */
    static void addPages(Document document, PdfPTable table, List<Integer> breaks, int end) {
        int from = 0;
        for (int at : breaks) {
            if (at >= end) {
                break;
            }
            addRows(document, table, from, at);
            document.newPage();
            from = at;
        }
        addRows(document, table, from, end);
    }

    /** Adds the table's header rows and its body rows [from, to), without its spacing unless it starts here. */
    private static void addRows(Document document, PdfPTable table, int from, int to) {
        if (to <= from) {
            return;
        }
        PdfPTable rows = rowsFrom(rowsUpTo(table, to), from);
        rows.setKeepTogether(false);
        if (from > 0) {
            rows.setSpacingBefore(0);
        }
        document.add(rows);
    }

    /**
     * Whether the body row (counted after the header rows) is a group row: one cell across every column of a table
     * of several, naming the rows that follow it.
     */
    static boolean groupRow(PdfPTable table, int row) {
        PdfPCell[] cells = table.getRow(table.getHeaderRows() + row).getCells();
        return table.getNumberOfColumns() > 1
                && cells.length > 0
                && cells[0] != null
                && cells[0].getColspan() == table.getNumberOfColumns();
    }

    /** Whether the table's spacing, header and first {@value #MIN_ROWS} body rows fit below what the page holds. */
    static boolean startsHere(Document document, PdfWriter writer, PdfPTable table) {
        return rows(table, 0, MIN_ROWS) <= room(document, writer, table);
    }

    /**
     * The room for the table's body rows below what the page holds, after its spacing (none at the top of a page)
     * and header.
     */
    static float room(Document document, PdfWriter writer, PdfPTable table) {
        float available = available(document, writer);
        float spacing = available < page(document) ? table.spacingBefore() : 0;
        return available - spacing - table.getHeaderHeight();
    }

    /** The room for the table's body rows on each page it runs over to, below its repeated header. */
    static float nextRoom(Document document, PdfPTable table) {
        return page(document) - table.getHeaderHeight();
    }

    /**
     * Starts what follows on a new page, unless the page holds only the short end of a part that began on an
     * earlier page ({@code partStart}, a page number) and has room for the {@code needed} points that must open
     * what follows: then it follows below a gap, on the same page.
     */
    static void newPageUnlessShortEnd(Document document, PdfWriter writer, Blocks blocks, int partStart, float needed) {
        float used = document.top() - writer.getVerticalPosition(true);
        if (writer.getPageNumber() > partStart
                && used > 0
                && used < SHORT_END * page(document)
                && available(document, writer) >= needed + GAP + SLACK) {
            document.add(blocks.gap(GAP));
        } else {
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

    static float page(Document document) {
        return document.top() - document.bottom();
    }

    static float available(Document document, PdfWriter writer) {
        return writer.getVerticalPosition(true) - document.bottom();
    }

    /** The height of body rows [from, to) (counted after the header rows), as far as the table has them. */
    static float rows(PdfPTable table, int from, int to) {
        float height = 0;
        for (int row = table.getHeaderRows() + from; row < Math.min(table.size(), table.getHeaderRows() + to); row++) {
            height += table.getRowHeight(row);
        }
        return height;
    }

    /**
     * Where the table's pages would end as OpenPDF lays out its body rows, with {@code first} points of room on
     * the first page and {@code next} on each further one, except that a group row that would end a page starts the
     * next one with the row it names: each break is the count of body rows before it (0 when not even the first row
     * fits on the first page).
     */
    static List<Integer> breaks(PdfPTable table, float first, float next) {
        List<Integer> breaks = new ArrayList<>();
        float space = first;
        int body = table.size() - table.getHeaderRows();
        for (int row = 0; row < body; row++) {
            float height = rows(table, row, row + 1);
            int last = breaks.isEmpty() ? -1 : breaks.get(breaks.size() - 1);
            if (height > space && last < row) {
                int at = row - 1 > last && groupRow(table, row - 1) ? row - 1 : row;
                breaks.add(at);
                space = next - rows(table, at, row);
            }
            space -= height;
        }
        return breaks;
    }

    /** A copy of the table with its header rows and its first {@code count} body rows. */
    static PdfPTable rowsUpTo(PdfPTable table, int count) {
        PdfPTable copy = new PdfPTable(table);
        while (copy.size() > table.getHeaderRows() + count) {
            copy.deleteLastRow();
        }
        return copy;
    }

    /** A copy of the table with its header rows and its body rows from the {@code first} on. */
    static PdfPTable rowsFrom(PdfPTable table, int first) {
        PdfPTable copy = new PdfPTable(table);
        for (int row = 0; row < first; row++) {
            copy.deleteRow(table.getHeaderRows());
        }
        return copy;
    }
}
