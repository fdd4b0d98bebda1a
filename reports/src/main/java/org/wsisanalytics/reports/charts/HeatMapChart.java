package org.wsisanalytics.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.reports.coverage.CoverageMarks;
import org.wsisanalytics.reports.coverage.CoverageRow;

/**
 * The session × action-line heat map: one row per session (first on top), one column per line, the
 * cell shaded by the number of references and the number written in it; a line named only is marked, not
 * shaded, and a number with a conflicting label has a dagger ({@link CoverageMarks}).
 */
public final class HeatMapChart {

    public static final String TITLE = "Session × action-line heat map";
    private static final Color[] SHADES = {
        Color.WHITE,
        new Color(0xDE, 0xEB, 0xF7),
        new Color(0x9E, 0xCA, 0xE1),
        new Color(0x42, 0x92, 0xC6),
        new Color(0x08, 0x51, 0x9C)
    };

    private HeatMapChart() {}

    /**
     * @param actionLines the columns, C1..C11
     * @param rows the sessions' rows to draw, in order
     * @param labels one label per row, shown on the left
     */
    public static JFreeChart create(
            List<ActionLine> actionLines, List<CoverageRow> rows, List<String> labels, String fontFamily) {
        int lines = actionLines.size();
        double[] x = new double[rows.size() * lines];
        double[] y = new double[x.length];
        double[] z = new double[x.length];
        int k = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int j = 0; j < lines; j++) {
                x[k] = j;
                y[k] = r;
                z[k] = rows.get(r).mentions(j);
                k++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("References", new double[][] {x, y, z});

        SymbolAxis codes =
                new SymbolAxis(null, actionLines.stream().map(ActionLine::code).toArray(String[]::new));
        codes.setGridBandsVisible(false);
        SymbolAxis sessions = new SymbolAxis(null, labels.toArray(String[]::new));
        sessions.setGridBandsVisible(false);
        sessions.setInverted(true);
        XYBlockRenderer renderer = new XYBlockRenderer();
        LookupPaintScale scale = new LookupPaintScale(0, 1_000_000, SHADES[SHADES.length - 1]);
        for (int i = 0; i < SHADES.length; i++) {
            scale.add(i, SHADES[i]);
        }
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, codes, sessions, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlinePaint(ChartStyle.GRID);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        Font cellFont = new Font(fontFamily, Font.PLAIN, 7);
        Font namedFont = new Font(fontFamily, Font.ITALIC, 7);
        for (int i = 0; i < x.length; i++) {
            String mark = mark(rows.get((int) y[i]), (int) x[i]);
            if (!mark.isEmpty()) {
                boolean named = mark.equals(CoverageMarks.NAMED_ONLY_IN_HEAT_MAP);
                XYTextAnnotation count = new XYTextAnnotation(mark, x[i], y[i]);
                count.setFont(named ? namedFont : cellFont);
                count.setPaint(named ? ChartStyle.GRID.darker().darker() : z[i] >= 3 ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(count);
            }
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart, fontFamily);
        codes.setTickLabelFont(new Font(fontFamily, Font.BOLD, 8));
        sessions.setTickLabelFont(new Font(fontFamily, Font.PLAIN, 7));
        return chart;
    }

    /** The count of a counted cell (a dagger after it for a conflicting label), the named-only mark, or nothing. */
    private static String mark(CoverageRow row, int column) {
        String conflict = row.conflictingLabels(column).isEmpty() ? "" : CoverageMarks.LABEL_CONFLICT;
        return switch (row.state(column)) {
            case LINKS, ELSEWHERE -> row.mentions(column) + conflict;
            case NAMED_ONLY -> CoverageMarks.NAMED_ONLY_IN_HEAT_MAP;
            case NONE -> "";
        };
    }
}
