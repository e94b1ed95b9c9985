package nl.keukentafel.review;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws the review area's charts on the server as SVG with JFreeChart and JFreeSVG, so the same
 * pictures can go into the reports. Each chart is an image with its title as accessible name; the
 * screen shows the same figures in a table beside it. Colours are the Okabe–Ito palette, which
 * stays apart for colour-blind readers.
 */
public final class SvgCharts {

    private static final Color[] PALETTE = {
        new Color(0x0072B2),
        new Color(0xE69F00),
        new Color(0x009E73),
        new Color(0xCC79A7),
        new Color(0x56B4E9),
        new Color(0xD55E00),
        new Color(0x000000),
        new Color(0xF0E442)
    };
    private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 12);
    private static final int WIDTH = 640;
    private static final int HEIGHT = 320;

    private SvgCharts() {}

    /** One bar per label, in the order given; horizontal bars suit long labels. */
    public static String bars(
            String title, Map<String, ? extends Number> values, String valueLabel, boolean horizontal) {
        return svg(title, barChart(values, valueLabel, horizontal));
    }

    /** Bars per row, stacked by series (e.g. per regulation, stacked by municipality). */
    public static String stackedBars(String title, List<Cell> cells, String valueLabel) {
        return svg(title, stackedChart(cells, valueLabel));
    }

    /** The same bar chart as a PNG at twice the size, for documents that cannot hold SVG (PDF). */
    public static byte[] barsPng(Map<String, ? extends Number> values, String valueLabel, boolean horizontal) {
        return png(barChart(values, valueLabel, horizontal));
    }

    /** The same stacked chart as a PNG at twice the size. */
    public static byte[] stackedBarsPng(List<Cell> cells, String valueLabel) {
        return png(stackedChart(cells, valueLabel));
    }

    /** A chart and the height it is drawn at (the width is always {@link #WIDTH}). */
    private record Drawn(JFreeChart chart, int height) {}

    private static Drawn barChart(Map<String, ? extends Number> values, String valueLabel, boolean horizontal) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((label, value) -> data.addValue(value, valueLabel, label));
        CategoryPlot plot = plot(data, valueLabel, horizontal, new BarRenderer());
        plot.getRenderer().setSeriesPaint(0, PALETTE[0]);
        int height = horizontal ? Math.max(HEIGHT, 60 + 28 * values.size()) : HEIGHT;
        return new Drawn(new JFreeChart(null, FONT, plot, false), height);
    }

    private static Drawn stackedChart(List<Cell> cells, String valueLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        cells.forEach(cell -> data.addValue(cell.value(), cell.series(), cell.row()));
        CategoryPlot plot = plot(data, valueLabel, true, new StackedBarRenderer());
        for (int i = 0; i < data.getRowCount(); i++) {
            plot.getRenderer().setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        JFreeChart chart = new JFreeChart(null, FONT, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(FONT);
        legend.setPosition(RectangleEdge.BOTTOM);
        int rows = data.getColumnCount();
        return new Drawn(chart, Math.max(HEIGHT, 100 + 32 * rows));
    }

    /** One value of a stacked chart: the bar it is in and the part of the bar. */
    public record Cell(String row, String series, Number value) {}

    private static CategoryPlot plot(
            DefaultCategoryDataset data, String valueLabel, boolean horizontal, BarRenderer renderer) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(FONT);
        categories.setMaximumCategoryLabelLines(2);
        if (!horizontal) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis values = new NumberAxis(valueLabel);
        values.setLabelFont(FONT);
        values.setTickLabelFont(FONT);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xB0B0B0));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        return plot;
    }

    private static String svg(String title, Drawn drawn) {
        JFreeChart chart = drawn.chart();
        int height = drawn.height();
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, height));
        String svg = g2.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, height), null, null);
        String name = escape(title);
        return svg.replaceFirst("<svg ", Matcher.quoteReplacement("<svg role=\"img\" aria-label=\"" + name + "\" "))
                .replaceFirst(">", Matcher.quoteReplacement("><title>" + name + "</title>"));
    }

    private static byte[] png(Drawn drawn) {
        JFreeChart chart = drawn.chart();
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        BufferedImage image = chart.createBufferedImage(WIDTH * 2, drawn.height() * 2, WIDTH, drawn.height(), null);
        try {
            return ChartUtils.encodeAsPNG(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
