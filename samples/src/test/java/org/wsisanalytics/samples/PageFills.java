package org.wsisanalytics.samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * How full each page of a brief is, as a reader sees it: the text lines of its body (between the running header
 * and the footer, A4 with the briefs' 50 pt margins), the share of the body down to its last line, and whether a
 * bookmark points at the body's top (the page starts a part or a session instead of continuing the page before).
 */
record PageFills(int page, int lines, float fill, boolean startsPart) {

    private static final float HEIGHT = 842;
    private static final float BODY_TOP = 56;
    private static final float BODY_BOTTOM = HEIGHT - 60;

    /** Continues the page before yet holds only a short end of it: less than a quarter of the page. */
    boolean shortOverflow() {
        return !startsPart && fill < 0.25f;
    }

    static List<PageFills> of(PDDocument pdf) throws IOException {
        Set<Integer> starts = new HashSet<>();
        collectPartStarts(pdf, pdf.getDocumentCatalog().getDocumentOutline(), starts);
        List<PageFills> fills = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            TreeSet<Integer> baselines = new TreeSet<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        float y = position.getYDirAdj();
                        if (y > BODY_TOP && y < BODY_BOTTOM + 2) {
                            baselines.add(Math.round(y));
                        }
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(pdf);
            float fill = baselines.isEmpty() ? 0 : (baselines.last() - BODY_TOP) / (BODY_BOTTOM - BODY_TOP);
            fills.add(new PageFills(page, baselines.size(), fill, starts.contains(page - 1)));
        }
        return fills;
    }

    private static void collectPartStarts(PDDocument pdf, PDOutlineNode node, Set<Integer> starts) throws IOException {
        for (PDOutlineItem item : node.children()) {
            if (item.getDestination() instanceof PDPageXYZDestination target
                    && target.getTop() >= HEIGHT - BODY_TOP - 20) {
                starts.add(pdf.getPages().indexOf(item.findDestinationPage(pdf)));
            }
            collectPartStarts(pdf, item, starts);
        }
    }
}
