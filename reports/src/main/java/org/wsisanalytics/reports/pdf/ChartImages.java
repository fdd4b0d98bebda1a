package org.wsisanalytics.reports.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;

/** Draws a JFreeChart into a PDF form as vectors and text with the embedded fonts, never as a bitmap. */
final class ChartImages {

    private ChartImages() {}

    /**
     * Adds the chart to the document as vectors and, once the page holds it, writes its form out: OpenPDF
     * otherwise keeps every form's drawing in memory until the document is closed, which for the heat map of a
     * long run (a chart per 40 sessions) grows with the run.
     */
    static void add(
            Document document, PdfWriter writer, BriefFonts fonts, JFreeChart chart, float width, float height) {
        PdfTemplate template = draw(writer, fonts, chart, width, height);
        document.add(Image.getInstance(template));
        release(writer, template);
    }

    /**
     * Writes out a chart's form once the page that shows it has been laid out (see {@link #add}); does nothing
     * if it is still waiting for a page.
     */
    static void release(PdfWriter writer, PdfTemplate template) {
        try {
            // Does nothing if the chart did not fit and waits for the next page; it is then written at the end.
            writer.releaseTemplate(template);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a chart of the brief: " + e.getMessage(), e);
        }
    }

    /** The chart drawn as a form, for placing it in a table cell ({@link #release} it once placed). */
    static PdfTemplate draw(PdfWriter writer, BriefFonts fonts, JFreeChart chart, float width, float height) {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height, fonts.fontMapper());
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        return template;
    }
}
