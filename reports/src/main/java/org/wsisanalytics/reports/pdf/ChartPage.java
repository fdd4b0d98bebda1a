package org.wsisanalytics.reports.pdf;

import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.reports.charts.SessionsPerLineChart;

/** The chart part: "Sessions per action line" drawn as vectors, then the lines' names and figures. */
final class ChartPage {

    static final String BOOKMARK = SessionsPerLineChart.TITLE;
    private static final float CHART_HEIGHT = 290;
    /** What must fit below the part before for this part to start on its page: the heading and the chart. */
    static final float OPENING = 28 + CHART_HEIGHT;

    private static final float SIZE = 8.5f;

    private ChartPage() {}

    static void add(Document document, PdfWriter writer, Blocks blocks, BriefFonts fonts, RunSummary summary) {
        document.add(blocks.heading(BOOKMARK));
        float width = document.right() - document.left();
        JFreeChart chart = SessionsPerLineChart.create(summary.lineTotals(), fonts.awtFamily());
        chart.setTitle((String) null);
        ChartImages.add(document, writer, fonts, chart, width, CHART_HEIGHT);

        int sessions = summary.sessions();
        PdfPTable table = blocks.table(1.1f, 11, 1.8f, 1.6f, 1.8f);
        table.setSpacingBefore(12);
        table.addCell(blocks.header("Line", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Name", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Sessions", SIZE, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("Share", SIZE, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("Mentions", SIZE, Element.ALIGN_RIGHT));
        for (int j = 0; j < summary.actionLines().size(); j++) {
            ActionLine line = summary.actionLines().get(j);
            int referencing = summary.lineTotals().get(j).sessions();
            table.addCell(blocks.cell(line.code(), SIZE, Element.ALIGN_LEFT));
            table.addCell(blocks.cell(line.name(), SIZE, Element.ALIGN_LEFT));
            table.addCell(blocks.cell(String.valueOf(referencing), SIZE, Element.ALIGN_RIGHT));
            table.addCell(blocks.cell(
                    sessions == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100.0 * referencing / sessions),
                    SIZE,
                    Element.ALIGN_RIGHT));
            table.addCell(
                    blocks.cell(String.valueOf(summary.lineTotals().get(j).mentions()), SIZE, Element.ALIGN_RIGHT));
        }
        document.add(table);
    }
}
