package org.wsisanalytics.reports.charts;

import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;

/**
 * The look shared by the brief's charts. Every text uses the given font family, which must be the
 * font the PDF embeds; colours are opaque (no alpha), which PDF/A-1 requires.
 */
final class ChartStyle {

    static final Color BLUE = new Color(0x44, 0x72, 0xC4);
    static final Color ORANGE = new Color(0xED, 0x7D, 0x31);
    static final Color GREEN = new Color(0x70, 0xAD, 0x47);
    static final Color GRID = new Color(0xD0, 0xD0, 0xD0);

    private ChartStyle() {}

    static void apply(JFreeChart chart, String fontFamily) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(fontFamily, Font.BOLD, 14));
        theme.setLargeFont(new Font(fontFamily, Font.BOLD, 10));
        theme.setRegularFont(new Font(fontFamily, Font.PLAIN, 9));
        theme.setSmallFont(new Font(fontFamily, Font.PLAIN, 8));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
    }
}
