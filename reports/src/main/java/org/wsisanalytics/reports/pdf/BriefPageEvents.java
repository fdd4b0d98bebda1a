package org.wsisanalytics.reports.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Draws the running header (the brief's title and the page's part) and the footer ("wsis-analytics ·
 * run …" and "Page x of y") on every page, and turns every heading chunk tagged with
 * {@link #bookmark(int, String)} into an outline entry at its level, pointing at that heading.
 *
 * <p>The header names a page's first part, as a dictionary's running head names its first entry: the part the page
 * continues, or the one whose heading (at outline level 1 or 2) opens the page; a part that starts lower down the
 * page is named from the next page on.
 */
final class BriefPageEvents extends PdfPageEventHelper {

    /** Generic-tag prefix that marks a heading as a bookmark: "bookmark:level:title". */
    static final String BOOKMARK = "bookmark:";

    private static final float FOOTER_SIZE = 8;
    private static final float HEADER_SIZE = 7.5f;
    /** The height of the header's template, and its text's baseline in it. */
    private static final float HEADER_HEIGHT = 12;

    private static final float HEADER_BASELINE = 3;
    /**
     * How far below the body's top a heading's first line may reach and still open the page: a heading's line is
     * at most 20 pt, and anything above it (a line of text, a gap, a table's row) pushes it down further.
     */
    private static final float OPENS_PAGE = 20;

    private final BriefFonts fonts;
    private final String headerText;
    private final String footerText;
    private final boolean headerOnFirstPage;
    private final List<PdfOutline> openOutlines = new ArrayList<>();
    private PdfTemplate totalPages;
    /** The part of the last heading laid out so far. */
    private String currentPart = "";
    /** The part the header of the page being laid out names. */
    private String pagePart = "";
    /** The header of the page laid out last, to fill in with {@link #pagePart}; null once filled. */
    private PdfTemplate header;

    private String lastTag;
    private int lastTagPage;

    BriefPageEvents(BriefFonts fonts, String headerText, String footerText, boolean headerOnFirstPage) {
        this.fonts = fonts;
        this.headerText = headerText;
        this.footerText = footerText;
        this.headerOnFirstPage = headerOnFirstPage;
    }

    static String bookmark(int level, String title) {
        return BOOKMARK + level + ":" + title;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        // Filled in when the document closes, once the number of pages is known.
        totalPages = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onStartPage(PdfWriter writer, Document document) {
        fillHeader(writer);
        pagePart = currentPart;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        canvas.saveState();
        canvas.setColorFill(BriefFonts.MUTED);
        if (headerOnFirstPage || writer.getPageNumber() > 1) {
            float top = document.top() + 22;
            header = canvas.createTemplate(document.right() - document.left(), HEADER_HEIGHT);
            canvas.addTemplate(header, document.left(), top - HEADER_BASELINE);
            canvas.setColorStroke(Blocks.RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(document.left(), top - 5);
            canvas.lineTo(document.right(), top - 5);
            canvas.stroke();
        }
        float y = document.bottom() - 28;
        String page = "Page " + writer.getPageNumber() + " of ";
        float pageWidth = fonts.regular.getWidthPoint(page, FOOTER_SIZE);
        float reserved = fonts.regular.getWidthPoint("999", FOOTER_SIZE);
        float x = document.right() - reserved - pageWidth;
        canvas.beginText();
        canvas.setFontAndSize(fonts.regular, FOOTER_SIZE);
        canvas.setTextMatrix(document.left(), y);
        canvas.showText(footerText);
        canvas.setTextMatrix(x, y);
        canvas.showText(page);
        canvas.endText();
        canvas.addTemplate(totalPages, x + pageWidth, y);
        canvas.restoreState();
    }

    /** Writes the header of the page laid out last: the brief's title and the part the page starts with. */
    private void fillHeader(PdfWriter writer) {
        if (header == null) {
            return;
        }
        float width = header.getWidth();
        String part = fit(pagePart, width * 0.45f, HEADER_SIZE);
        String title = fit(headerText, width - fonts.regular.getWidthPoint(part, HEADER_SIZE) - 20, HEADER_SIZE);
        header.beginText();
        header.setColorFill(BriefFonts.MUTED);
        header.setFontAndSize(fonts.regular, HEADER_SIZE);
        header.showTextAligned(PdfContentByte.ALIGN_LEFT, title, 0, HEADER_BASELINE, 0);
        header.showTextAligned(PdfContentByte.ALIGN_RIGHT, part, width, HEADER_BASELINE, 0);
        header.endText();
        try {
            // Written out now rather than held until the document closes.
            writer.releaseTemplate(header);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a page's running header: " + e.getMessage(), e);
        }
        header = null;
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        fillHeader(writer);
        totalPages.beginText();
        totalPages.setColorFill(BriefFonts.MUTED);
        totalPages.setFontAndSize(fonts.regular, FOOTER_SIZE);
        totalPages.setTextMatrix(0, 0);
        totalPages.showText(String.valueOf(writer.getPageNumber() - 1));
        totalPages.endText();
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (!text.startsWith(BOOKMARK)) {
            return;
        }
        // A heading that wraps calls this once per line; only its first line makes a bookmark.
        if (text.equals(lastTag) && writer.getPageNumber() == lastTagPage) {
            return;
        }
        lastTag = text;
        lastTagPage = writer.getPageNumber();
        String rest = text.substring(BOOKMARK.length());
        int colon = rest.indexOf(':');
        int level = Integer.parseInt(rest.substring(0, colon));
        String title = rest.substring(colon + 1);
        while (openOutlines.size() >= level) {
            openOutlines.remove(openOutlines.size() - 1);
        }
        PdfOutline parent =
                openOutlines.isEmpty() ? writer.getRootOutline() : openOutlines.get(openOutlines.size() - 1);
        PdfDestination target = new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + 12, 0);
        PdfOutline outline = new PdfOutline(parent, target, title, false);
        openOutlines.add(outline);
        if (level <= 2) {
            currentPart = title;
            if (rect.getTop() >= document.top() - OPENS_PAGE) {
                pagePart = title;
            }
        }
    }

    /** The text, shortened with an ellipsis to fit the width. */
    private String fit(String text, float width, float size) {
        BaseFont font = fonts.regular;
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        String shorter = text;
        while (!shorter.isEmpty() && font.getWidthPoint(shorter + "…", size) > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter.strip() + "…";
    }
}
