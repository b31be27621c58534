package id.kinerja.reporting.document;

import id.kinerja.reporting.engine.Presentation;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The charts of the documents, drawn with JFreeChart into PNGs at twice their print size. Only values handed in
 * (already stored figures) are drawn; labels use the Indonesian format.
 */
public final class Charts {

    /** Print size in CSS pixels (a 16 cm column at 96 dpi is about 600). */
    public static final int WIDTH = 600;

    /** A bar: its category, value, printed label and colour key (the predicate). */
    public record Bar(String category, BigDecimal value, String label, String predicate) {
    }

    /** A point of a line: series, category (the year), value. */
    public record Point(String series, String category, BigDecimal value) {
    }

    private Charts() {
    }

    /** Capaian per indicator against the 100 % line, bars in the predicate's colour, labelled "72,84 % Berhasil". */
    public static byte[] capaian(List<Bar> bars, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        bars.forEach(b -> data.addValue(b.value(), "Capaian", b.category()));
        JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(null, null, "Capaian (%)", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = style(chart);
        plot.addRangeMarker(new ValueMarker(100, new Color(0x33, 0x33, 0x33), new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f)));
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return predicateColour(bars.get(column).predicate());
            }
        };
        barStyle(renderer);
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                return bars.get(column).label();
            }
        });
        plot.setRenderer(renderer);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        double max = bars.stream().map(Bar::value).filter(v -> v != null).mapToDouble(BigDecimal::doubleValue)
                .max().orElse(100);
        // room on the right for the longest label ("202,60 % Sangat Berhasil")
        range.setRange(0, Math.max(210, max * 2.1));
        return png(chart, height);
    }

    /** Capaian per indicator over the years of the Renstra (one line per indicator). */
    public static byte[] trend(List<Point> points, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        points.forEach(p -> data.addValue(p.value(), p.series(), p.category()));
        JFreeChart chart = org.jfree.chart.ChartFactory.createLineChart(null, null, "Capaian (%)", data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = style(chart);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f));
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator(
                "{2}", indonesian()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Fonts.chart(false, 9f));
        plot.setRenderer(renderer);
        plot.addRangeMarker(new ValueMarker(100, Color.GRAY, new BasicStroke(1f)));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(Fonts.chart(false, 10f));
        return png(chart, height);
    }

    /** Budget absorption (serapan) per program in percent. */
    public static byte[] absorption(List<Bar> bars, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        bars.forEach(b -> data.addValue(b.value(), "Serapan", b.category()));
        JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(null, null, "Serapan anggaran (%)", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = style(chart);
        BarRenderer renderer = new BarRenderer();
        renderer.setSeriesPaint(0, new Color(0x2E, 0x6D, 0xA4));
        barStyle(renderer);
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                return bars.get(column).label();
            }
        });
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 130);
        return png(chart, height);
    }

    static Color predicateColour(String predicate) {
        String p = predicate == null ? "" : predicate.toLowerCase(Locale.ROOT);
        if (p.isEmpty()) {
            return new Color(0x9E, 0x9E, 0x9E);
        }
        if (p.contains("tidak") || p.contains("kurang") || p.contains("rendah") || p.contains("buruk")) {
            return new Color(0xC6, 0x28, 0x28);
        }
        if (p.contains("cukup") || p.contains("sedang")) {
            return new Color(0xEF, 0xA2, 0x1B);
        }
        if (p.contains("sangat")) {
            return new Color(0x1B, 0x5E, 0x20);
        }
        return new Color(0x43, 0xA0, 0x47);
    }

    private static final Color[] PALETTE = {new Color(0x1F, 0x77, 0xB4), new Color(0xFF, 0x7F, 0x0E),
            new Color(0x2C, 0xA0, 0x2C), new Color(0xD6, 0x27, 0x28), new Color(0x94, 0x67, 0xBD),
            new Color(0x8C, 0x56, 0x4B), new Color(0xE3, 0x77, 0xC2), new Color(0x7F, 0x7F, 0x7F)};

    private static CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(Fonts.chart(false, 10f));
        domain.setMaximumCategoryLabelLines(3);
        domain.setMaximumCategoryLabelWidthRatio(0.38f);
        domain.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setTickLabelFont(Fonts.chart(false, 10f));
        range.setLabelFont(Fonts.chart(false, 10f));
        range.setNumberFormatOverride(indonesian());
        return plot;
    }

    private static void barStyle(BarRenderer renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Fonts.chart(true, 9f));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
    }

    private static NumberFormat indonesian() {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID")));
    }

    private static byte[] png(JFreeChart chart, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeScaledChartAsPNG(out, chart, WIDTH, height, 2, 2);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The label of a percentage bar: {@code 72,84 % Berhasil}. */
    public static String label(Presentation presentation, BigDecimal value, String predicate) {
        return presentation.percent(value) + (predicate == null ? "" : " " + predicate);
    }
}
