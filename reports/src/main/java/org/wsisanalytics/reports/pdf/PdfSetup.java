package org.wsisanalytics.reports.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Opens an A4 brief as PDF/A-1b: PDF 1.4, XMP metadata generated from the document information, an
 * sRGB output intent (the JDK's built-in profile), fonts embedded with a CIDSet (OpenPDF adds it in
 * PDF/A mode), no transparency (OpenPDF refuses to write any in PDF/A mode). The charts use opaque
 * colours only, so they pass that check.
 *
 * <p>Nothing in a brief depends on when or where it was written: the creation and modification dates (in the
 * document information and the XMP) are the run date at midnight UTC, the font subsets' tags derive from the
 * document ({@link SubsetTags}) and the file identifier from the content ({@link PdfIdOutputStream}, the
 * stream every brief is written to). The same run therefore gives the same bytes.
 *
 * <p>Public for the page's margins only, which the tests that read the briefs back measure pages by.
 */
public final class PdfSetup {

    /** The left and right margins. */
    public static final float MARGIN = 50;
    /** The top margin, which leaves room for the running header. */
    public static final float TOP_MARGIN = MARGIN + 6;
    /** The bottom margin, which leaves room for the footer. */
    public static final float BOTTOM_MARGIN = MARGIN + 10;

    /**
     * Document information shared by the info dictionary and the XMP metadata.
     *
     * @param created the run date, written as the creation and modification date
     */
    record Metadata(String title, String subject, String keywords, String author, LocalDate created) {}

    private PdfSetup() {}

    static Document newDocument() {
        return new Document(PageSize.A4, MARGIN, MARGIN, TOP_MARGIN, BOTTOM_MARGIN);
    }

    /**
     * Creates the writer, sets conformance and metadata, opens the document and adds the output intent. The
     * fonts' subset tags are derived from the title and subject, which name the document and the run.
     */
    static PdfWriter open(
            Document document, OutputStream out, Metadata metadata, BriefFonts fonts, BriefPageEvents events)
            throws IOException {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPageEvent(events);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        writer.setStrictImageSequence(true);
        document.addTitle(metadata.title());
        document.addSubject(metadata.subject());
        document.addKeywords(metadata.keywords());
        document.addAuthor(metadata.author());
        document.addCreator("wsis-analytics");
        // OpenPDF stamps the clock into CreationDate; the XMP below is generated from these entries.
        PdfDate created = new PdfDate(GregorianCalendar.from(metadata.created().atStartOfDay(ZoneOffset.UTC)));
        writer.getInfo().put(PdfName.CREATIONDATE, created);
        writer.getInfo().put(PdfName.MODDATE, created);
        SubsetTags.derive(fonts, metadata.title() + "\u0000" + metadata.subject());
        writer.createXmpMetadata();
        document.open();
        writer.setOutputIntents(
                "sRGB IEC61966-2.1",
                "",
                "http://www.color.org",
                "sRGB IEC61966-2.1",
                ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        return writer;
    }
}
