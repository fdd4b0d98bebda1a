package org.wsisanalytics.reports.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;

/** Draws a JFreeChart into a PDF form as vectors and text with the embedded fonts, never as a bitmap. */
final class ChartImages {

    private ChartImages() {
    }

    static Image vector(PdfWriter writer, BriefFonts fonts, JFreeChart chart, float width, float height) {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height, fonts.fontMapper());
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        return Image.getInstance(template);
    }
}
