package io.retentiondesk.chart;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;

/**
 * Draws the report's charts with JFreeChart into inline SVG (JFreeSVG), so the page needs no script and no
 * network. Output is deterministic: element ids come from a fixed prefix per chart.
 */
public final class ChartRenderer {
    private static final Color BACKGROUND = Color.WHITE;
    private static final Color GRID = new Color(0xDF, 0xE1, 0xE6);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartRenderer() {
    }

    /** A stacked bar chart: one bar per category, one coloured segment per series. */
    public static String stackedBars(String id, String yLabel, DefaultCategoryDataset data, List<Color> seriesColours) {
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        CategoryPlot plot = style(chart);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < seriesColours.size(); i++) {
            renderer.setSeriesPaint(i, seriesColours.get(i));
        }
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return svg(id, chart, 560, 300);
    }

    /** A line chart of percentages over periods; missing values leave gaps. */
    public static String lines(String id, String yLabel, DefaultCategoryDataset data, List<Color> seriesColours) {
        return lines(id, yLabel, data, seriesColours, 100);
    }

    /** The same with the percentage axis from 0 to {@code yMax}, for rates that stay small. */
    public static String lines(String id, String yLabel, DefaultCategoryDataset data, List<Color> seriesColours,
                               double yMax) {
        JFreeChart chart = ChartFactory.createLineChart(null, null, yLabel, data, PlotOrientation.VERTICAL, true,
                false, false);
        CategoryPlot plot = style(chart);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < seriesColours.size(); i++) {
            renderer.setSeriesPaint(i, seriesColours.get(i));
        }
        CategoryAxis x = plot.getDomainAxis();
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setRange(0, yMax);
        return svg(id, chart, 1140, 320);
    }

    private static CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(BACKGROUND);
        chart.setAntiAlias(true);
        chart.getLegend().setItemFont(FONT);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setLabelFont(FONT);
        return plot;
    }

    private static String svg(String id, JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        // inline SVG in HTML5 needs no namespace declarations; dropping them keeps the page free of URLs
        return g2.getSVGElement(id)
                .replaceAll(" xmlns(:\\w+)?=['\"][^'\"]*['\"]", "");
    }
}
