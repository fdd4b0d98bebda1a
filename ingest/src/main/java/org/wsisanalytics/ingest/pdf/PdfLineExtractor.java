package org.wsisanalytics.ingest.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects a PDF's text as positioned lines, page by page, in reading order
 * ({@code setSortByPosition(true)}), with the address of the hyperlink each word sits in.
 * One instance per document; not thread-safe.
 */
final class PdfLineExtractor extends PDFTextStripper {

    /** Thrown when the text grows beyond the limit; extraction stops at once. */
    static final class TextTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        TextTooLongException() {
            super("text limit reached");
        }
    }

    private static final float SPLIT_GAP_EMS = 0.9f;

    private record LinkArea(float left, float top, float right, float bottom, String url) {}

    private final int maxChars;
    private final List<List<PdfLine>> pages = new ArrayList<>();
    private final List<PdfWord> line = new ArrayList<>();
    private List<LinkArea> links = List.of();
    private List<PdfLine> page;
    private long chars;

    private PdfLineExtractor(int maxChars) {
        this.maxChars = maxChars;
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The lines of every page; the outer list has one entry per page. */
    static List<List<PdfLine>> extract(PDDocument document, int maxChars) throws IOException {
        PdfLineExtractor extractor = new PdfLineExtractor(maxChars);
        extractor.getText(document);
        return extractor.pages;
    }

    @Override
    protected void startPage(PDPage pdfPage) throws IOException {
        page = new ArrayList<>();
        links = linkAreas(pdfPage);
        super.startPage(pdfPage);
    }

    @Override
    protected void endPage(PDPage pdfPage) throws IOException {
        endLine();
        pages.add(page);
        super.endPage(pdfPage);
    }

    /**
     * Splits PDFBox's word at spaces and at gaps wider than {@value #SPLIT_GAP_EMS} font sizes: PDFBox does
     * not separate text whose last glyph is a space from text to its right, as in a table row whose cells
     * each end in a space, and a cell that fills its column may stand one space away from the next.
     */
    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        StringBuilder segment = new StringBuilder();
        TextPosition first = null;
        TextPosition lastInk = null;
        float previousEnd = Float.NaN;
        for (TextPosition glyph : positions) {
            float size = size(glyph);
            if (first != null && glyph.getXDirAdj() - previousEnd > SPLIT_GAP_EMS * size) {
                addWord(segment, first, lastInk);
                segment.setLength(0);
                first = null;
                lastInk = null;
            }
            String unicode = glyph.getUnicode() == null ? "" : glyph.getUnicode();
            if (unicode.isBlank()) {
                // A space ends the word: the next word may stand in the next table column.
                addWord(segment, first, lastInk);
                segment.setLength(0);
                first = null;
                lastInk = null;
                previousEnd = glyph.getXDirAdj() + glyph.getWidthDirAdj();
                continue;
            }
            if (first == null) {
                first = glyph;
            }
            segment.append(unicode);
            if (!unicode.isBlank()) {
                lastInk = glyph;
            }
            previousEnd = glyph.getXDirAdj() + glyph.getWidthDirAdj();
        }
        addWord(segment, first, lastInk);
    }

    private void addWord(StringBuilder segment, TextPosition first, TextPosition lastInk) throws IOException {
        String text = normalise(segment.toString());
        if (first == null || lastInk == null || text.isEmpty()) {
            return;
        }
        float centreX = (first.getXDirAdj() + lastInk.getXDirAdj() + lastInk.getWidthDirAdj()) / 2;
        float centreY = first.getYDirAdj() - first.getHeightDir() / 2;
        line.add(new PdfWord(
                text,
                first.getXDirAdj(),
                lastInk.getXDirAdj() + lastInk.getWidthDirAdj(),
                first.getYDirAdj(),
                Math.round(size(first) * 4) / 4f,
                linkAt(centreX, centreY),
                isBold(first)));
        chars += text.length();
        if (chars > maxChars) {
            throw new TextTooLongException();
        }
    }

    /** Bold by the font's name ("Arial-BoldMT", "LiberationSans-Bold"), its weight or its force-bold flag. */
    private static boolean isBold(TextPosition glyph) {
        PDFont font = glyph.getFont();
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(java.util.Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy")) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    }

    private static float size(TextPosition glyph) {
        return glyph.getFontSizeInPt() > 0 ? glyph.getFontSizeInPt() : Math.max(glyph.getHeightDir(), 1);
    }

    /** Composes accents that come as separate glyphs and spells out ligatures (ﬁ, ﬂ). */
    private static String normalise(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder result = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> {
            if (c >= 0xFB00 && c <= 0xFB06) {
                result.append(Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC));
            } else if (c == 0xA0 || c == 0x202F) {
                result.append(' ');
            } else if (c != 0x200B && c != 0xFEFF) {
                result.appendCodePoint(c);
            }
        });
        return result.toString().strip();
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        endLine();
    }

    private void endLine() {
        if (!line.isEmpty()) {
            page.add(new PdfLine(getCurrentPageNo(), line));
            line.clear();
        }
    }

    private String linkAt(float x, float y) {
        for (LinkArea area : links) {
            if (x >= area.left - 1 && x <= area.right + 1 && y >= area.top - 2 && y <= area.bottom + 2) {
                return area.url;
            }
        }
        return null;
    }

    /** Link annotations with a web address, in the words' coordinates (y from the top of the page). */
    private static List<LinkArea> linkAreas(PDPage page) throws IOException {
        List<LinkArea> areas = new ArrayList<>();
        PDRectangle box = page.getCropBox();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link) {
                PDAction action = link.getAction();
                if (action instanceof PDActionURI uri
                        && uri.getURI() != null
                        && uri.getURI().matches("(?i)https?://.*")) {
                    PDRectangle r = link.getRectangle();
                    float top = box.getUpperRightY() - r.getUpperRightY();
                    float bottom = box.getUpperRightY() - r.getLowerLeftY();
                    areas.add(new LinkArea(
                            r.getLowerLeftX() - box.getLowerLeftX(),
                            top,
                            r.getUpperRightX() - box.getLowerLeftX(),
                            bottom,
                            uri.getURI()));
                }
            }
        }
        return areas;
    }
}
