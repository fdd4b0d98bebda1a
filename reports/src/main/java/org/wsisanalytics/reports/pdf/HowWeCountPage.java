package org.wsisanalytics.reports.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.wsisanalytics.reports.coverage.CoverageMarks;
import org.wsisanalytics.reports.method.CountingRules;
import org.wsisanalytics.reports.method.MethodLine;

/**
 * "How we count": the counting rules ({@link CountingRules}, the text the workbook's Method sheet prints too) and
 * the marks of the coverage cells, between the key figures and the coverage pages.
 */
final class HowWeCountPage {

    static final String BOOKMARK = "How we count";
    static final String MARKS = "Marks in the coverage table and heat map";
    private static final float SIZE = 8f;

    private HowWeCountPage() {}

    /** Writes the page; each of the rules' headings goes on the page where the line after it starts. */
    static void add(Document document, PdfWriter writer, Blocks blocks) {
        document.add(blocks.heading(BOOKMARK));
        document.add(lineBreakWriter());
        List<MethodLine> lines = CountingRules.lines();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (MethodLine line : lines) {
            paragraphs.add(
                    switch (line.kind()) {
                        case HEADING -> compact(blocks.subheading(line.text()));
                        case PARAGRAPH -> tight(blocks.text(line.text(), SIZE));
                        case BULLET -> bullet(blocks, line.text());
                        default -> example(blocks, line.display());
                    });
        }
        Paragraph marks = tight(blocks.text("", SIZE));
        marks.add(new Chunk(MARKS + ": ", blocks.bold(SIZE)));
        marks.add(new Chunk(CoverageMarks.legendLine(), blocks.plain(SIZE)));
        paragraphs.add(marks);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() == MethodLine.Kind.HEADING) {
                Space.addHeading(document, writer, paragraphs.get(i), paragraphs.get(i + 1));
            } else {
                document.add(paragraphs.get(i));
            }
        }
        document.add(marks);
    }

    /**
     * An empty table, added for its side effect: OpenPDF draws a page's header before it writes the lines of text
     * still waiting, and a page of paragraphs only keeps them all waiting, so the header would name the part
     * before. A table writes them out first, so the heading's bookmark sets the header's part on this page.
     */
    private static PdfPTable lineBreakWriter() {
        PdfPTable table = new PdfPTable(1);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setFixedHeight(0.1f);
        table.addCell(cell);
        return table;
    }

    private static Paragraph compact(Paragraph heading) {
        heading.setSpacingBefore(5);
        heading.setSpacingAfter(1);
        return heading;
    }

    private static Paragraph tight(Paragraph paragraph) {
        paragraph.setLeading(SIZE * 1.3f);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    private static Paragraph bullet(Blocks blocks, String text) {
        Paragraph paragraph = tight(blocks.text("\u2022 " + text, SIZE));
        paragraph.setIndentationLeft(10);
        paragraph.setFirstLineIndent(-7);
        return paragraph;
    }

    private static Paragraph example(Blocks blocks, String text) {
        Paragraph paragraph = new Paragraph(text, blocks.plain(SIZE - 0.5f, BriefFonts.MUTED));
        paragraph.setLeading((SIZE - 0.5f) * 1.25f);
        paragraph.setIndentationLeft(17);
        paragraph.setSpacingAfter(1.5f);
        return paragraph;
    }
}
