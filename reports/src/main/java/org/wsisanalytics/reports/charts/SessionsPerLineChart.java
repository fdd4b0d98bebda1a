package org.wsisanalytics.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.wsisanalytics.model.ActionLineTotal;

/**
 * Builds the "Sessions per action line" bar chart: for each of C1..C11 the number of sessions that
 * refer to it. Every text in the chart uses the given font family, which must be the same font the
 * PDF embeds; otherwise AWT measures text with one font and the PDF draws it with another, and the
 * labels come out letter-spaced.
 */
public final class SessionsPerLineChart {

    public static final String TITLE = "Sessions per action line";
    private static final Color BAR = ChartStyle.BLUE;
    private static final Color GRID = ChartStyle.GRID;

    private SessionsPerLineChart() {}

    /** @param lines the run's action-line totals, C1..C11 */
    public static JFreeChart create(List<ActionLineTotal> lines, String fontFamily) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ActionLineTotal line : lines) {
            dataset.addValue(line.sessions(), "Sessions", line.actionLine());
        }
        JFreeChart chart = ChartFactory.createBarChart(
                TITLE, "Action line", "Sessions", dataset, PlotOrientation.VERTICAL, false, false, false);
        ChartStyle.apply(chart, fontFamily);

        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setUpperMargin(0.12);
        if (dataset.getColumnCount() == 0 || lines.stream().allMatch(line -> line.sessions() == 0)) {
            range.setRange(0, 1); // an empty run still gets a readable axis that starts at zero
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(fontFamily, Font.PLAIN, 9));
        return chart;
    }
}
