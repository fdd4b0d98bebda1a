package org.wsisanalytics.reports.pdf;

import java.awt.Color;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.wsisanalytics.model.TextLocation;

/** Building blocks shared by the brief's parts: bookmarked headings, body text and table cells. */
final class Blocks {

    static final Color HEADER_FILL = new Color(0xE7, 0xEC, 0xF3);
    static final Color GROUP_FILL = new Color(0xF4, 0xF4, 0xF4);
    static final Color RULE = new Color(0xBF, 0xBF, 0xBF);
    /** A cell's padding on its left and on its right. */
    private static final float CELL_PADDING = 3;

    private final BriefFonts fonts;

    Blocks(BriefFonts fonts) {
        this.fonts = fonts;
    }

    /** A part heading that also becomes a top-level bookmark with the same title. */
    Paragraph heading(String title) {
        return heading(title, title, 1);
    }

    /** A heading that becomes a bookmark at the given outline level (1 is the top). */
    Paragraph heading(String title, String bookmark, int level) {
        Chunk chunk = new Chunk(title, fonts.bold(level == 1 ? 16 : 13, BriefFonts.ACCENT));
        chunk.setGenericTag(BriefPageEvents.bookmark(level, bookmark));
        Paragraph heading = new Paragraph(chunk);
        heading.setLeading(level == 1 ? 20 : 17);
        heading.setSpacingAfter(8);
        return heading;
    }

    /** A subheading that is also a bookmark at the given level. */
    Paragraph subheading(String title, int level) {
        Chunk chunk = new Chunk(title, fonts.bold(11, BriefFonts.ACCENT));
        chunk.setGenericTag(BriefPageEvents.bookmark(level, title));
        Paragraph paragraph = new Paragraph(chunk);
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    /** Empty space of the given height, in the brief's font (PDF/A embeds every font a page uses). */
    Paragraph gap(float height) {
        Paragraph gap = new Paragraph(" ", fonts.plain(1));
        gap.setLeading(height);
        return gap;
    }

    /** Evidence: a sentence from the document, indented and muted. */
    Paragraph quote(String text, float size) {
        return quote(text, null, size);
    }

    /**
     * Evidence with its citation: the sentence in quotation marks, then where it is in the input file ("p. 36"),
     * smaller, outside the marks.
     */
    Paragraph quote(String text, TextLocation location, float size) {
        Paragraph paragraph = new Paragraph("“" + text.replace('\n', ' ') + "”", fonts.plain(size, BriefFonts.MUTED));
        if (location != null) {
            paragraph.add(citation(location, size));
        }
        paragraph.setIndentationLeft(14);
        paragraph.setLeading(size * 1.3f);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }

    /** Where a quoted sentence is ("  p. 36"), muted and a size smaller, to follow the sentence. */
    Chunk citation(TextLocation location, float size) {
        return new Chunk("\u2002" + location.label(), fonts.plain(size - 1.5f, BriefFonts.MUTED));
    }

    Paragraph subheading(String title) {
        Paragraph paragraph = new Paragraph(title, fonts.bold(11, BriefFonts.ACCENT));
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    Paragraph text(String text, float size) {
        Paragraph paragraph = new Paragraph(text, fonts.plain(size));
        paragraph.setLeading(size * 1.35f);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    /** A paragraph as a borderless one-cell table: kept on one page, and measurable before it is added. */
    static PdfPTable block(Paragraph paragraph) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        PdfPCell cell = new PdfPCell();
        cell.addElement(paragraph);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        table.addCell(cell);
        return table;
    }

    PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        // Rows move to the next page whole rather than leaving a fragment of a title behind.
        table.setSplitLate(true);
        // A table that does not fit below what the page holds starts on the next page rather than leaving a few
        // rows to overflow onto a page of their own; one longer than a page still breaks across pages.
        table.setKeepTogether(true);
        return table;
    }

    /**
     * The relative widths of a table across the document's width whose first column holds numbers up to
     * {@code largest} in {@link #cell} text of {@code size}: {@code widths} as given when that number fits the first
     * column on one line, else the first column as wide as the number measures in the font (with the cell's
     * padding) and the other columns narrowed in proportion.
     */
    float[] numberColumn(Document document, float size, int largest, float... widths) {
        float page = document.right() - document.left();
        float total = 0;
        for (float width : widths) {
            total += width;
        }
        float given = page * widths[0] / total;
        float needed = fonts.regular.getWidthPoint(String.valueOf(largest), size) + 2 * CELL_PADDING + 1;
        if (needed <= given) {
            return widths.clone();
        }
        float[] fitted = new float[widths.length];
        fitted[0] = needed;
        float scale = (page - needed) / (total - widths[0]);
        for (int column = 1; column < widths.length; column++) {
            fitted[column] = widths[column] * scale;
        }
        return fitted;
    }

    PdfPCell header(String text, float size, int align) {
        PdfPCell cell = cell(new Phrase(text, fonts.bold(size)), align);
        cell.setBackgroundColor(HEADER_FILL);
        return cell;
    }

    PdfPCell cell(String text, float size, int align) {
        return cell(new Phrase(text == null ? "" : text, fonts.plain(size)), align);
    }

    PdfPCell cell(Phrase phrase, int align) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4);
        cell.setPaddingLeft(CELL_PADDING);
        cell.setPaddingRight(CELL_PADDING);
        cell.setUseAscender(true);
        return cell;
    }

    /** A row spanning the table that names the document the following sessions come from. */
    PdfPCell group(String text, float size, int columns) {
        PdfPCell cell = cell(new Phrase(text, fonts.bold(size)), Element.ALIGN_LEFT);
        cell.setColspan(columns);
        cell.setBackgroundColor(GROUP_FILL);
        return cell;
    }

    Font plain(float size, Color colour) {
        return fonts.plain(size, colour);
    }

    Font plain(float size) {
        return fonts.plain(size);
    }

    Font bold(float size) {
        return fonts.bold(size);
    }
}
