package org.wsisanalytics.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Draws the footer ("wsis-analytics · run …" and "Page x of y") on every page and turns every
 * heading chunk tagged with {@link #BOOKMARK} into an outline entry pointing at that heading.
 */
final class BriefPageEvents extends PdfPageEventHelper {

    /** Generic-tag prefix that marks a heading as a bookmark; the rest of the tag is the title. */
    static final String BOOKMARK = "bookmark:";
    private static final float FOOTER_SIZE = 8;

    private final BriefFonts fonts;
    private final String footerText;
    private PdfTemplate totalPages;

    BriefPageEvents(BriefFonts fonts, String footerText) {
        this.fonts = fonts;
        this.footerText = footerText;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        // Filled in when the document closes, once the number of pages is known.
        totalPages = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottom() - 28;
        String page = "Page " + writer.getPageNumber() + " of ";
        float pageWidth = fonts.regular.getWidthPoint(page, FOOTER_SIZE);
        float reserved = fonts.regular.getWidthPoint("999", FOOTER_SIZE);
        float x = document.right() - reserved - pageWidth;
        canvas.saveState();
        canvas.setColorFill(BriefFonts.MUTED);
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

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        totalPages.beginText();
        totalPages.setColorFill(BriefFonts.MUTED);
        totalPages.setFontAndSize(fonts.regular, FOOTER_SIZE);
        totalPages.setTextMatrix(0, 0);
        totalPages.showText(String.valueOf(writer.getPageNumber() - 1));
        totalPages.endText();
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (text.startsWith(BOOKMARK)) {
            PdfDestination target = new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + 12, 0);
            new PdfOutline(writer.getRootOutline(), target, text.substring(BOOKMARK.length()));
        }
    }
}
