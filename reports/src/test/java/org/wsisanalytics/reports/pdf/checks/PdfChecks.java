package org.wsisanalytics.reports.pdf.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.lowagie.text.PageSize;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.wsisanalytics.reports.pdf.PdfSetup;

/**
 * Reads a written PDF back for the tests: text per page, outline, fonts, and the parts of PDF/A-1b
 * that can be checked without a validator (veraPDF itself runs on whole runs in the samples module,
 * {@code PdfaFunctionalTests}). Shipped in the module's test-jar, for the samples module's tests of whole runs.
 */
public final class PdfChecks {

    private PdfChecks() {}

    public static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replace("\r\n", "\n").replaceAll("[ \\t]+", " ");
    }

    /** The running header of a page: the text above the body, on one line. */
    public static String runningHeader(PDDocument pdf, int page) throws IOException {
        return region(pdf, page, 0, PdfSetup.TOP_MARGIN).strip().replaceAll("\\s+", " ");
    }

    /** The text of a page between {@code top} and {@code bottom}, measured from the page's top. */
    private static String region(PDDocument pdf, int page, float top, float bottom) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("region", new Rectangle2D.Float(0, top, PageSize.A4.getWidth(), bottom - top));
        stripper.extractRegions(pdf.getPage(page - 1));
        return stripper.getTextForRegion("region").replace("\r\n", "\n").replaceAll("[ \\t]+", " ");
    }

    /** A bookmark: its title, the page it points at (from 1) and whether it points at the top of the page's body. */
    public record Bookmark(String title, int page, boolean opensPage) {}

    /** The bookmarks below an outline item, or below the root when item is null, in order. */
    public static List<Bookmark> bookmarks(PDDocument pdf, PDOutlineItem parent) throws IOException {
        float top = PageSize.A4.getHeight() - PdfSetup.TOP_MARGIN;
        List<Bookmark> bookmarks = new ArrayList<>();
        Iterable<PDOutlineItem> children =
                parent == null ? pdf.getDocumentCatalog().getDocumentOutline().children() : parent.children();
        for (PDOutlineItem item : children) {
            bookmarks.add(new Bookmark(
                    item.getTitle(),
                    pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1,
                    item.getDestination() instanceof PDPageXYZDestination target && target.getTop() >= top - 20));
        }
        return bookmarks;
    }

    /**
     * For each page from the second, the part a running header should name: the last of the {@code parts} (bookmarks
     * in reading order) begun on an earlier page, or the one that opens the page.
     */
    public static List<String> firstParts(PDDocument pdf, List<Bookmark> parts) {
        List<String> firsts = new ArrayList<>();
        for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
            String first = "";
            for (Bookmark part : parts) {
                if (part.page() < page || part.page() == page && part.opensPage()) {
                    first = part.title();
                }
            }
            firsts.add(first);
        }
        return firsts;
    }

    /** The text of the lowest line of a page above its bottom margin (above the footer), "" when none. */
    public static String lastLine(PDDocument pdf, int page) throws IOException {
        float bottom = PageSize.A4.getHeight() - PdfSetup.BOTTOM_MARGIN;
        TreeMap<Integer, StringBuilder> lines = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (!positions.isEmpty() && positions.get(0).getYDirAdj() < bottom + 2) {
                    lines.computeIfAbsent(Math.round(positions.get(0).getYDirAdj()), y -> new StringBuilder())
                            .append(text)
                            .append(' ');
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return lines.isEmpty() ? "" : lines.lastEntry().getValue().toString().strip();
    }

    /**
     * How full a page's body is (between the running header and the footer): its number of text lines, the share
     * of the body's height down to its last line, and whether a bookmark points at the body's top (the page starts
     * a part or a session rather than continuing the page before).
     */
    public record PageFill(int page, int lines, float fill, boolean startsPart) {

        /** Continues the page before yet holds only a short end of it: less than a quarter of the page. */
        public boolean shortOverflow() {
            return !startsPart && fill < 0.25f;
        }
    }

    /** The {@link PageFill} of every page, for a PDF laid out by {@link PdfSetup} (A4, its margins). */
    public static List<PageFill> pageFills(PDDocument pdf) throws IOException {
        float height = PageSize.A4.getHeight();
        float bodyTop = PdfSetup.TOP_MARGIN;
        float bodyBottom = height - PdfSetup.BOTTOM_MARGIN;
        Set<Integer> starts = new HashSet<>();
        collectPartStarts(pdf, pdf.getDocumentCatalog().getDocumentOutline(), height - bodyTop, starts);
        List<PageFill> fills = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            TreeSet<Integer> baselines = new TreeSet<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        float y = position.getYDirAdj();
                        if (y > bodyTop && y < bodyBottom + 2) {
                            baselines.add(Math.round(y));
                        }
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(pdf);
            float fill = baselines.isEmpty() ? 0 : (baselines.last() - bodyTop) / (bodyBottom - bodyTop);
            fills.add(new PageFill(page, baselines.size(), fill, starts.contains(page - 1)));
        }
        return fills;
    }

    /** The 0-based pages that a bookmark points at near the body's top ({@code top}, from the page's foot). */
    private static void collectPartStarts(PDDocument pdf, PDOutlineNode node, float top, Set<Integer> starts)
            throws IOException {
        for (PDOutlineItem item : node.children()) {
            if (item.getDestination() instanceof PDPageXYZDestination target && target.getTop() >= top - 20) {
                starts.add(pdf.getPages().indexOf(item.findDestinationPage(pdf)));
            }
            collectPartStarts(pdf, item, top, starts);
        }
    }

    /** "title@page" (0-based) for the children of an outline item, or of the root when item is null. */
    public static List<String> outline(PDDocument pdf, PDOutlineItem parent) throws IOException {
        List<String> entries = new ArrayList<>();
        Iterable<PDOutlineItem> children =
                parent == null ? pdf.getDocumentCatalog().getDocumentOutline().children() : parent.children();
        for (PDOutlineItem item : children) {
            entries.add(item.getTitle() + "@" + pdf.getPages().indexOf(item.findDestinationPage(pdf)));
        }
        return entries;
    }

    public static PDOutlineItem outlineItem(PDDocument pdf, String title) {
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("no bookmark " + title);
    }

    /** Every page uses only embedded Liberation Sans subsets, each with the CIDSet PDF/A-1 asks of a subset. */
    public static void assertEveryFontEmbeddedOnEveryPage(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            List<PDFont> fonts = new ArrayList<>();
            collectFonts(page.getResources(), fonts);
            assertThat(fonts)
                    .as("fonts of page %d", pdf.getPages().indexOf(page) + 1)
                    .isNotEmpty()
                    .allSatisfy(font -> {
                        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                        assertThat(font.getName()).contains("LiberationSans");
                        assertThat(font).isInstanceOf(PDType0Font.class);
                        COSDictionary descriptor = ((PDType0Font) font)
                                .getDescendantFont()
                                .getFontDescriptor()
                                .getCOSObject();
                        assertThat(descriptor.containsKey(COSName.getPDFName("CIDSet")))
                                .as(font.getName())
                                .isTrue();
                    });
        }
    }

    /**
     * What PDF/A-1b needs that a test can see: version 1.4, XMP with pdfaid part 1 and conformance B and
     * the title, an sRGB output intent with its profile, no encryption, and no transparency anywhere
     * (no soft mask, no constant alpha below 1, no transparency group).
     */
    public static void assertPdfA1b(Path file, PDDocument pdf) throws IOException {
        assertThat(new String(Files.readAllBytes(file), 0, 8, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-1.4");
        assertThat(pdf.isEncrypted()).isFalse();
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        assertThat(metadata).as("XMP metadata").isNotNull();
        String xmp;
        try (InputStream in = metadata.exportXMPMetadata()) {
            xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(xmp)
                .containsPattern("pdfaid:part(>|=\")1")
                .containsPattern("pdfaid:conformance(>|=\")B")
                .contains(pdf.getDocumentInformation().getTitle());
        COSArray intents =
                (COSArray) pdf.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OUTPUT_INTENTS);
        assertThat(intents).as("output intents").isNotNull().hasSize(1);
        COSDictionary intent = (COSDictionary) intents.getObject(0);
        assertThat(intent.getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
        COSStream profile = (COSStream) intent.getDictionaryObject(COSName.DEST_OUTPUT_PROFILE);
        assertThat(profile.getInt(COSName.N)).isEqualTo(3);
        assertThat(intent.getString(COSName.OUTPUT_CONDITION_IDENTIFIER)).isEqualTo("sRGB IEC61966-2.1");
        for (COSObject object : pdf.getDocument().getXrefTable().keySet().stream()
                .map(key -> pdf.getDocument().getObjectFromPool(key))
                .toList()) {
            assertNoTransparency(object.getObject());
        }
    }

    private static void assertNoTransparency(COSBase object) {
        if (!(object instanceof COSDictionary dictionary)) {
            return;
        }
        assertThat(dictionary.containsKey(COSName.SMASK)
                        && !COSName.NONE.equals(dictionary.getDictionaryObject(COSName.SMASK)))
                .as("soft mask in %s", dictionary)
                .isFalse();
        for (COSName alpha : List.of(COSName.CA, COSName.CA_NS)) {
            COSBase value = dictionary.getDictionaryObject(alpha);
            if (value instanceof COSNumber number) {
                assertThat(number.floatValue())
                        .as("%s in %s", alpha, dictionary)
                        .isEqualTo(1f);
            }
        }
        COSBase group = dictionary.getDictionaryObject(COSName.GROUP);
        if (group instanceof COSDictionary groupDictionary) {
            assertThat(groupDictionary.getNameAsString(COSName.S)).isNotEqualTo("Transparency");
        }
    }

    /** Fonts of a page and of the forms (charts, the page-count template) drawn on it. */
    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
