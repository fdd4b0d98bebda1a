package org.wsisanalytics.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.RollUp;

/** Horizontal bar charts of counts by name: the top countries and the regions, by sessions. */
public final class RankingChart {

    public static final String TOP_COUNTRIES = "Top 15 countries by sessions";
    public static final String REGIONS = "Sessions naming a country of the region";
    public static final int TOP = 15;

    private RankingChart() {}

    public static JFreeChart topCountries(List<CountryFrequency> frequencies, String fontFamily) {
        Map<String, Integer> values = new LinkedHashMap<>();
        frequencies.stream().limit(TOP).forEach(f -> values.put(f.country().name(), f.sessions()));
        return create(values, "Sessions", ChartStyle.ORANGE, fontFamily);
    }

    public static JFreeChart regions(List<RollUp> rollUps, String fontFamily) {
        Map<String, Integer> values = new LinkedHashMap<>();
        rollUps.stream()
                .filter(r -> r.dimension() == RollUp.Dimension.REGION)
                .forEach(r -> values.put(r.name(), r.sessions()));
        return create(values, "Sessions", ChartStyle.GREEN, fontFamily);
    }

    static JFreeChart create(Map<String, Integer> values, String valueLabel, Color colour, String fontFamily) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        values.forEach((name, value) -> dataset.addValue(value, valueLabel, name));
        JFreeChart chart = ChartFactory.createBarChart(
                null, null, valueLabel, dataset, PlotOrientation.HORIZONTAL, false, false, false);
        ChartStyle.apply(chart, fontFamily);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setUpperMargin(0.1);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, colour);
        renderer.setMaximumBarWidth(0.07);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(fontFamily, Font.PLAIN, 8));
        return chart;
    }
}
