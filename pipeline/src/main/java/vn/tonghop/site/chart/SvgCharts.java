package vn.tonghop.site.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import vn.tonghop.vi.ShortNames;
import vn.tonghop.vi.ViFormat;

/**
 * Renders the site's charts as inline SVG with JFreeChart and JFreeSVG.
 *
 * <p>Every text is set in DejaVu Sans, loaded from the project's font files (never the machine's fonts),
 * so layout is the same on every machine and Vietnamese diacritics render; the site serves the same
 * files as a web font. Each SVG is self-contained (no XML declaration, no DOCTYPE), scales with the page
 * (a viewBox, no width or height), is byte-for-byte the same for the same input, starts with a
 * {@code <title>} and a {@code <desc>} named by {@code aria-labelledby}, and derives all its ids from the
 * chart id ({@code <id>}, {@code <id>-title}, {@code <id>-desc}, {@code <id>_clip-0}...), so several
 * charts on one page never clash. Unit names are abbreviated ({@link ShortNames#unit}) and wrapped,
 * never cut.
 *
 * <p>Thread-safe: each call builds its own chart, dataset and graphics; only the immutable fonts are shared.
 */
public final class SvgCharts {
    public static final String REGULAR_FILE = "DejaVuSans.ttf";
    public static final String BOLD_FILE = "DejaVuSans-Bold.ttf";
    public static final String FAMILY = "DejaVu Sans";

    /** Width of every chart in SVG user units; the height depends on the content. */
    static final int WIDTH = 760;
    private static final String TARGET_LABEL = "Chỉ tiêu";
    private static final String NO_DATA = "Chưa có dữ liệu";
    private static final String CSS_FAMILY = "\"DejaVu Sans\", sans-serif";

    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color AXIS = new Color(0x88, 0x88, 0x88);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color BAR = Color.decode(StatusColours.SERIES.get(0));

    /** The context JFreeSVG measures text with (see SVGGraphics2D#getFontRenderContext). */
    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);

    private static final RectangleInsets CHART_PADDING = new RectangleInsets(8, 8, 8, 14);
    private static final RectangleInsets PLOT_INSETS = new RectangleInsets(2, 4, 2, 4);
    private static final double TITLE_GAP = 10;
    private static final double MIN_ROW = 26;
    private static final double MAX_BAR = 18;
    private static final double TARGET_STRIP = 18;

    private final Font regular;
    private final Font bold;
    private final Font titleFont;
    private final Font labelFont;
    private final Font tickFont;
    private final Font valueFont;
    private final Font smallFont;

    /**
     * Loads DejaVu Sans from {@code fontsFolder} ({@value #REGULAR_FILE} and {@value #BOLD_FILE}).
     *
     * @throws IllegalArgumentException if a file is missing or is not DejaVu Sans
     * @throws UncheckedIOException     if a file cannot be read
     */
    public SvgCharts(Path fontsFolder) {
        if (fontsFolder == null) {
            throw new IllegalArgumentException("fonts folder is null");
        }
        this.regular = load(fontsFolder, REGULAR_FILE, "regular");
        this.bold = load(fontsFolder, BOLD_FILE, "bold");
        this.titleFont = bold.deriveFont(Font.BOLD, 15f);
        this.labelFont = regular.deriveFont(Font.PLAIN, 12f);
        this.tickFont = regular.deriveFont(Font.PLAIN, 11f);
        this.valueFont = regular.deriveFont(Font.PLAIN, 11f);
        this.smallFont = regular.deriveFont(Font.PLAIN, 10f);
    }

    private static Font load(Path folder, String file, String style) {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(String.format(
                    "font %s (DejaVu Sans %s) not found in %s: charts need %s and %s there (site-templates/static/fonts)",
                    file, style, folder.toAbsolutePath(), REGULAR_FILE, BOLD_FILE));
        }
        Font font;
        try {
            font = Font.createFont(Font.TRUETYPE_FONT, path.toFile()); // from the file itself: no temporary copy
        } catch (FontFormatException e) {
            throw new IllegalArgumentException(String.format("font %s is not a TrueType font: %s", path, e.getMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(String.format("cannot read font %s", path), e);
        }
        if (!FAMILY.equals(font.getFamily(Locale.ROOT))) {
            throw new IllegalArgumentException(String.format(
                    "font %s is \"%s\", not %s", path, font.getFamily(Locale.ROOT), FAMILY));
        }
        return font;
    }

    /** DejaVu Sans as loaded from the regular font file (size 1). */
    public Font regularFont() {
        return regular;
    }

    /** DejaVu Sans Bold as loaded from the bold font file (size 1). */
    public Font boldFont() {
        return bold;
    }

    // ------------------------------------------------------------------ bars

    /** Horizontal bars, one per unit, value texts at the bar ends, an optional dashed target line. */
    public String bars(BarChart c) {
        if (c == null) {
            throw new IllegalArgumentException("bar chart is null");
        }
        int n = c.bars().size();
        List<String> labels = new ArrayList<>(n);
        List<String> texts = new ArrayList<>(n);
        for (Bar b : c.bars()) {
            labels.add(ShortNames.unit(clean(b.label())));
            texts.add(clean(b.valueText()));
        }
        Labels wrapped = wrapLabels(labels);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < n; i++) {
            data.addValue(c.bars().get(i).value(), "v", new Key(i, labels.get(i), wrapped.lines().get(i)));
        }

        LabelAxis domain = new LabelAxis(HorizontalAlignment.RIGHT);
        NumberAxis range = new NumberAxis(c.valueAxisLabel() == null ? null : clean(c.valueAxisLabel()));
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = horizontalPlot(data, domain, range, renderer);

        // geometry: rows tall enough for the wrapped labels, the bar thickness fixed, a strip on top
        // for the target's label
        double rowH = Math.max(MIN_ROW, wrapped.maxLines() * lineHeight(labelFont) + 8);
        double barH = Math.min(MAX_BAR, rowH - 8);
        double top = c.target() != null ? TARGET_STRIP : 0;
        double rangeSpace = rangeAxisSpace(range.getLabel());
        double titleH = titleHeight(c.title());
        double dataH = n == 0 ? 60 : top + n * rowH;
        setCategoryMargins(domain, n, rowH, barH, top, dataH);
        double height = CHART_PADDING.getTop() + CHART_PADDING.getBottom() + titleH
                + PLOT_INSETS.getTop() + PLOT_INSETS.getBottom() + dataH + rangeSpace;
        fixAxisSpaces(plot, wrapped.width(), rangeSpace);

        // value range: zero included, room at the bar ends for the value texts
        double dataW = WIDTH - CHART_PADDING.getLeft() - CHART_PADDING.getRight()
                - PLOT_INSETS.getLeft() - PLOT_INSETS.getRight() - domainSpace(wrapped.width());
        double maxText = 0;
        for (String t : texts) {
            maxText = Math.max(maxText, width(valueFont, t));
        }
        double room = maxText > 0 ? maxText + 10 : 4;
        double lo = 0;
        double hi = 0;
        boolean integral = true;
        for (Bar b : c.bars()) {
            lo = Math.min(lo, b.value());
            hi = Math.max(hi, b.value());
            integral &= b.value() == Math.rint(b.value());
        }
        if (c.target() != null) {
            lo = Math.min(lo, c.target());
            hi = Math.max(hi, c.target());
            integral &= c.target() == Math.rint(c.target());
        }
        setRange(range, lo, hi, lo < 0 ? room : 0, hi > 0 ? room : 0, dataW, integral);

        renderer.setDefaultItemLabelGenerator(new Texts(texts));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelAnchorOffset(4);

        JFreeChart chart = chart(c.title(), plot, false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setDefaultItemLabelFont(valueFont);
        renderer.setDefaultItemLabelPaint(TEXT);
        domain.setTickLabelFont(labelFont);
        if (c.target() != null) {
            plot.addRangeMarker(target(c.target(), true, (c.target() - range.getLowerBound())
                    / (range.getUpperBound() - range.getLowerBound())), Layer.BACKGROUND); // under the value texts
        }
        return svg(chart, c.id(), c.title(), c.description(), height);
    }

    // ----------------------------------------------------------------- lines

    /** Lines over periods; null values are gaps; an optional dashed target line "Chỉ tiêu"; legend below. */
    public String lines(LineChart c) {
        if (c == null) {
            throw new IllegalArgumentException("line chart is null");
        }
        int n = c.categories().size();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Key> keys = new ArrayList<>(n);
        double maxLabel = 0;
        for (int i = 0; i < n; i++) {
            String label = clean(c.categories().get(i));
            keys.add(new Key(i, label, List.of(label)));
            maxLabel = Math.max(maxLabel, width(tickFont, label));
        }
        double lo = 0;
        double hi = 0;
        boolean integral = true;
        boolean any = false;
        for (LineSeries s : c.series()) {
            String name = clean(s.name());
            for (int i = 0; i < n; i++) {
                Double v = s.values().get(i);
                data.addValue(v, name, keys.get(i));
                if (v != null) {
                    any = true;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                    integral &= v == Math.rint(v);
                }
            }
        }
        if (c.target() != null) {
            lo = Math.min(lo, c.target());
            hi = Math.max(hi, c.target());
            integral &= c.target() == Math.rint(c.target());
        }

        LabelAxis domain = new LabelAxis(HorizontalAlignment.CENTER);
        domain.setLowerMargin(0.03);
        domain.setUpperMargin(0.03);
        domain.setCategoryMargin(0.1);
        NumberAxis range = new NumberAxis(c.valueAxisLabel() == null ? null : clean(c.valueAxisLabel()));
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        CategoryPlot plot = new CategoryPlot(any ? data : new DefaultCategoryDataset(), domain, range, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        stylePlot(plot);
        double plotH = 280;
        double dataW = WIDTH - 80.0;
        if (n > 0 && maxLabel > 0.9 * dataW / n) {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        // the top 8% is room for the target's label
        setRange(range, lo, hi, 0, hi > 0 || c.target() != null ? 0.08 * plotH : 0, plotH, integral);

        JFreeChart chart = chart(c.title(), plot, !c.series().isEmpty());
        domain.setTickLabelFont(tickFont);
        for (int s = 0; s < c.series().size(); s++) {
            renderer.setSeriesPaint(s, Color.decode(StatusColours.series(s)));
            renderer.setSeriesStroke(s, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(s, shape(s));
            renderer.setSeriesShapesFilled(s, true);
        }
        if (c.target() != null) {
            plot.addRangeMarker(target(c.target(), false, 1), Layer.FOREGROUND);
        }
        double legendH = c.series().isEmpty() ? 0 : legendHeight(c.series().stream().map(s -> clean(s.name())).toList());
        double labelsH = domain.getCategoryLabelPositions() == CategoryLabelPositions.UP_45
                ? maxLabel * Math.sqrt(0.5) + 10 : lineHeight(tickFont) + 8;
        double height = CHART_PADDING.getTop() + CHART_PADDING.getBottom() + titleHeight(c.title())
                + PLOT_INSETS.getTop() + PLOT_INSETS.getBottom() + plotH + labelsH + legendH;
        return svg(chart, c.id(), c.title(), c.description(), height);
    }

    // --------------------------------------------------------------- stacked

    /** Horizontal stacked bars of counts per category, segments coloured as given, counts inside, legend below. */
    public String stacked(StackedChart c) {
        if (c == null) {
            throw new IllegalArgumentException("stacked chart is null");
        }
        int n = c.categories().size();
        List<String> labels = new ArrayList<>(n);
        for (String cat : c.categories()) {
            labels.add(ShortNames.unit(clean(cat)));
        }
        Labels wrapped = wrapLabels(labels);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> names = c.seriesNames().stream().map(SvgCharts::clean).toList();
        double hi = 0;
        boolean integral = true;
        for (int i = 0; i < n; i++) {
            Key key = new Key(i, labels.get(i), wrapped.lines().get(i));
            double total = 0;
            for (int s = 0; s < names.size(); s++) {
                double v = c.values().get(s).get(i);
                data.addValue(v, names.get(s), key);
                total += v;
                integral &= v == Math.rint(v);
            }
            hi = Math.max(hi, total);
        }

        LabelAxis domain = new LabelAxis(HorizontalAlignment.RIGHT);
        NumberAxis range = new NumberAxis(null);
        StackedBarRenderer renderer = new StackedBarRenderer();
        CategoryPlot plot = horizontalPlot(n == 0 ? new DefaultCategoryDataset() : data, domain, range, renderer);

        double rowH = Math.max(MIN_ROW, wrapped.maxLines() * lineHeight(labelFont) + 8);
        double barH = Math.min(MAX_BAR + 2, rowH - 6);
        double rangeSpace = rangeAxisSpace(null);
        double dataH = n == 0 ? 60 : n * rowH;
        setCategoryMargins(domain, n, rowH, barH, 0, dataH);
        fixAxisSpaces(plot, wrapped.width(), rangeSpace);
        double dataW = WIDTH - CHART_PADDING.getLeft() - CHART_PADDING.getRight()
                - PLOT_INSETS.getLeft() - PLOT_INSETS.getRight() - domainSpace(wrapped.width());
        setRange(range, 0, hi, 0, 4, dataW, integral);

        renderer.setDefaultItemLabelGenerator(new Counts());
        renderer.setDefaultItemLabelsVisible(true);
        ItemLabelPosition inside = new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER);
        renderer.setDefaultPositiveItemLabelPosition(inside);
        renderer.setPositiveItemLabelPositionFallback(null); // a count that does not fit its segment is not drawn

        JFreeChart chart = chart(c.title(), plot, !names.isEmpty());
        domain.setTickLabelFont(labelFont);
        renderer.setDefaultItemLabelFont(valueFont);
        for (int s = 0; s < names.size(); s++) {
            Color colour = Color.decode(c.seriesColours().get(s));
            renderer.setSeriesPaint(s, colour);
            renderer.setSeriesItemLabelPaint(s, readableOn(colour));
        }
        double legendH = names.isEmpty() ? 0 : legendHeight(names);
        double height = CHART_PADDING.getTop() + CHART_PADDING.getBottom() + titleHeight(c.title())
                + PLOT_INSETS.getTop() + PLOT_INSETS.getBottom() + dataH + rangeSpace + legendH;
        return svg(chart, c.id(), c.title(), c.description(), height);
    }

    // ---------------------------------------------------------------- shared

    private CategoryPlot horizontalPlot(CategoryDataset data, CategoryAxis domain, NumberAxis range, BarRenderer renderer) {
        CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0);
        renderer.setMaximumBarWidth(1.0);
        stylePlot(plot);
        domain.setTickMarksVisible(false);
        return plot;
    }

    private void stylePlot(CategoryPlot plot) {
        plot.setInsets(PLOT_INSETS);
        plot.setNoDataMessage(NO_DATA);
        plot.setNoDataMessageFont(labelFont);
        plot.setNoDataMessagePaint(TEXT);
    }

    /** A chart with the site's theme: DejaVu Sans everywhere, white background, light grid, no shadows. */
    private JFreeChart chart(String title, CategoryPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(clean(title), titleFont, plot, legend);
        theme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(CHART_PADDING);
        TextTitle t = chart.getTitle();
        t.setFont(titleFont);
        t.setPaint(TEXT);
        t.setMargin(0, 0, TITLE_GAP, 0);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(AXIS);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setAxisLinePaint(AXIS);
        domain.setTickLabelPaint(TEXT);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setAxisLineVisible(false);
        range.setTickMarkPaint(AXIS);
        range.setTickLabelFont(tickFont);
        range.setTickLabelPaint(TEXT);
        range.setLabelFont(labelFont);
        range.setLabelPaint(TEXT);
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setPosition(RectangleEdge.BOTTOM);
            l.setFrame(BlockBorder.NONE);
            l.setItemFont(labelFont);
            l.setItemPaint(TEXT);
            l.setBackgroundPaint(Color.WHITE);
            l.setMargin(8, 0, 0, 0);
        }
        return chart;
    }

    private StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("tonghop", false);
        t.setExtraLargeFont(titleFont);
        t.setLargeFont(labelFont);
        t.setRegularFont(tickFont);
        t.setSmallFont(smallFont);
        t.setTitlePaint(TEXT);
        t.setSubtitlePaint(TEXT);
        t.setChartBackgroundPaint(Color.WHITE);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setLegendItemPaint(TEXT);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setDomainGridlinePaint(GRID);
        t.setRangeGridlinePaint(GRID);
        t.setBaselinePaint(AXIS);
        t.setAxisOffset(RectangleInsets.ZERO_INSETS);
        t.setAxisLabelPaint(TEXT);
        t.setTickLabelPaint(TEXT);
        t.setItemLabelPaint(TEXT);
        t.setShadowVisible(false);
        t.setBarPainter(new StandardBarPainter());
        t.setDrawingSupplier(new DefaultDrawingSupplier(
                StatusColours.SERIES.stream().map(Color::decode).toArray(Color[]::new),
                new Color[] {Color.WHITE},
                new Color[] {AXIS},
                new Stroke[] {new BasicStroke(2f)},
                new Stroke[] {new BasicStroke(0.5f)},
                new Shape[] {shape(0), shape(1), shape(2), shape(3), shape(4), shape(5)}));
        return t;
    }

    /** A target (chỉ tiêu): black dashed line labelled "Chỉ tiêu". */
    private ValueMarker target(double value, boolean vertical, double position) {
        ValueMarker m = new ValueMarker(value, Color.decode(StatusColours.TARGET), new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        m.setLabel(TARGET_LABEL);
        m.setLabelFont(valueFont);
        m.setLabelPaint(TEXT);
        m.setLabelBackgroundColor(Color.WHITE);
        if (vertical) {
            // at the top, in the strip kept free above the bars; left of the line near the right edge
            boolean right = position < 0.8;
            m.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
            m.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
        } else {
            // above the line at its right end
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            m.setLabelOffset(new RectangleInsets(3, 2, 3, 2));
        }
        return m;
    }

    /** The value axis from lo to hi, with {@code lowRoom}/{@code highRoom} units of space beyond them. */
    private static void setRange(NumberAxis axis, double lo, double hi, double lowRoom, double highRoom,
                                 double length, boolean integral) {
        if (hi <= lo) {
            hi = lo + 1;
        }
        double usable = Math.max(length - lowRoom - highRoom, length * 0.4);
        double perUnit = (hi - lo) / usable;
        axis.setRange(lo - lowRoom * perUnit, hi + highRoom * perUnit);
        axis.setStandardTickUnits(integral ? NumberAxis.createIntegerTickUnits() : NumberAxis.createStandardTickUnits());
        axis.setNumberFormatOverride(viNumbers());
        axis.setTickMarkOutsideLength(2);
    }

    /** Category spacing for horizontal bars: rows of rowH, bars barH thick, an empty strip of top above. */
    private static void setCategoryMargins(CategoryAxis axis, int n, double rowH, double barH, double top, double dataH) {
        if (n == 0) {
            return;
        }
        double gap = rowH - barH;
        axis.setLowerMargin((top + gap / 2) / dataH);
        axis.setUpperMargin((gap / 2) / dataH);
        axis.setCategoryMargin(n > 1 ? (n - 1) * gap / dataH : 0);
    }

    private static double domainSpace(double labelWidth) {
        return labelWidth + 12;
    }

    private double rangeAxisSpace(String label) {
        double h = lineHeight(tickFont) + 4 + 2 + 4;
        if (label != null && !label.isBlank()) {
            h += lineHeight(labelFont) + 6;
        }
        return Math.ceil(h);
    }

    private static void fixAxisSpaces(CategoryPlot plot, double labelWidth, double rangeSpace) {
        AxisSpace domain = new AxisSpace();
        domain.setLeft(domainSpace(labelWidth));
        plot.setFixedDomainAxisSpace(domain);
        AxisSpace range = new AxisSpace();
        range.setBottom(rangeSpace);
        plot.setFixedRangeAxisSpace(range);
    }

    private double titleHeight(String title) {
        double available = WIDTH - CHART_PADDING.getLeft() - CHART_PADDING.getRight() - 2;
        return wrap(clean(title), titleFont, available).size() * lineHeight(titleFont) + 2 + TITLE_GAP;
    }

    private double legendHeight(List<String> names) {
        double available = WIDTH - CHART_PADDING.getLeft() - CHART_PADDING.getRight();
        double x = 0;
        int rows = 1;
        for (String name : names) {
            double item = width(labelFont, name) + 30;
            if (x > 0 && x + item > available) {
                rows++;
                x = 0;
            }
            x += item;
        }
        return rows * (lineHeight(labelFont) + 6) + 8;
    }

    /** Category labels wrapped to a common width: as wide as the widest name, at most 40% of the chart. */
    private Labels wrapLabels(List<String> labels) {
        double cap = WIDTH * 0.4;
        double natural = 0;
        for (String l : labels) {
            natural = Math.max(natural, width(labelFont, l));
        }
        double w = Math.min(Math.ceil(natural) + 1, cap);
        List<List<String>> lines = new ArrayList<>(labels.size());
        int maxLines = 1;
        double used = 0;
        for (String l : labels) {
            List<String> ls = wrap(l, labelFont, w);
            lines.add(ls);
            maxLines = Math.max(maxLines, ls.size());
            for (String line : ls) {
                used = Math.max(used, width(labelFont, line));
            }
        }
        return new Labels(lines, Math.max(Math.ceil(used) + 1, 20), maxLines);
    }

    private record Labels(List<List<String>> lines, double width, int maxLines) {
    }

    /** Greedy word wrap; a word longer than the width is broken between characters, never dropped. */
    static List<String> wrap(String text, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        String current = "";
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(font, candidate) <= maxWidth) {
                current = candidate;
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current);
            }
            current = word;
            while (width(font, current) > maxWidth) {
                BreakIterator chars = BreakIterator.getCharacterInstance();
                chars.setText(current);
                int cut = chars.next();
                for (int next = chars.next(); next != BreakIterator.DONE
                        && width(font, current.substring(0, next)) <= maxWidth; next = chars.next()) {
                    cut = next;
                }
                lines.add(current.substring(0, cut));
                current = current.substring(cut);
            }
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(current);
        }
        return lines;
    }

    static double width(Font font, String text) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, FRC).getWidth();
    }

    private static double lineHeight(Font font) {
        return font.getLineMetrics("ÁẶgỹ", FRC).getHeight();
    }

    /** Draws the chart and wraps it as an accessible, self-contained SVG element. */
    private static String svg(JFreeChart chart, String id, String title, String description, double height) {
        int h = (int) Math.ceil(height);
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, h);
        g2.setDefsKeyPrefix(id + "_"); // "_" is in no chart id: these ids cannot clash with another chart's
        g2.setFontFunction(family -> FAMILY.equals(family) ? CSS_FAMILY : "\"" + family + "\"");
        g2.setGeomDoubleConverter(SvgCharts::number);
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, h));
        String svg = g2.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, h), null, null);
        int end = svg.indexOf('>');
        if (!svg.startsWith("<svg") || end < 0) {
            throw new IllegalStateException("JFreeSVG output does not start with an <svg> element: "
                    + svg.substring(0, Math.min(60, svg.length())));
        }
        String root = svg.substring(0, end);
        if (svg.indexOf("jfreesvg:", end) < 0) { // the namespace is declared but unused: drop it
            root = root.replace(" xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'", "");
        }
        StringBuilder out = new StringBuilder(svg.length() + 200);
        out.append(root)
                .append(" role='img' aria-labelledby='").append(id).append("-title ").append(id).append("-desc'>")
                .append("<title id='").append(id).append("-title'>").append(escape(clean(title))).append("</title>")
                .append("<desc id='").append(id).append("-desc'>").append(escape(clean(description))).append("</desc>")
                .append(svg, end + 1, svg.length());
        return out.toString();
    }

    /** Coordinates with at most 2 decimals: shorter output, same picture. */
    static String number(double d) {
        long r = Math.round(d * 100);
        if (r == 0) {
            return "0";
        }
        StringBuilder b = new StringBuilder(12);
        if (r < 0) {
            b.append('-');
            r = -r;
        }
        b.append(r / 100);
        long frac = r % 100;
        if (frac != 0) {
            b.append('.');
            if (frac < 10) {
                b.append('0').append(frac);
            } else if (frac % 10 == 0) {
                b.append(frac / 10);
            } else {
                b.append(frac);
            }
        }
        return b.toString();
    }

    /** NFC, characters XML forbids removed, runs of white space as one space. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char ch = nfc.charAt(i);
            boolean ws = Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u200B' || ch == '\uFEFF';
            if (ws) {
                space = b.length() > 0;
                continue;
            }
            boolean valid;
            if (Character.isHighSurrogate(ch)) {
                valid = i + 1 < nfc.length() && Character.isLowSurrogate(nfc.charAt(i + 1));
            } else if (Character.isLowSurrogate(ch)) {
                valid = i > 0 && Character.isHighSurrogate(nfc.charAt(i - 1));
            } else {
                valid = ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF && !(ch >= 0x7F && ch <= 0x9F);
            }
            if (!valid) {
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(ch);
        }
        return b.toString();
    }

    private static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    private static DecimalFormat viNumbers() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0.##", symbols);
    }

    /** Black or white, whichever reads better on the colour (WCAG contrast). */
    private static Color readableOn(Color background) {
        double l = luminance(background);
        double onBlack = (l + 0.05) / 0.05;
        double onWhite = 1.05 / (l + 0.05);
        return onBlack >= onWhite ? Color.BLACK : Color.WHITE;
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** Point shapes by series, distinct so lines are told apart without colour. */
    private static Shape shape(int series) {
        double r = 4;
        return switch (series % 6) {
            case 0 -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            case 1 -> new Rectangle2D.Double(-r + 0.5, -r + 0.5, 2 * r - 1, 2 * r - 1);
            case 2 -> polygon(0, -r - 1, r + 0.5, r - 0.5, -r - 0.5, r - 0.5);
            case 3 -> polygon(0, -r - 1, r + 1, 0, 0, r + 1, -r - 1, 0);
            case 4 -> polygon(0, r + 1, r + 0.5, -r + 0.5, -r - 0.5, -r + 0.5);
            default -> polygon(-r, -r, r, -r, 0, 0, r, r, -r, r, 0, 0);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    /** A category: its position (so equal names stay separate bars), its text and its wrapped lines. */
    private record Key(int index, String text, List<String> lines) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A category axis that draws the lines wrapped beforehand: no "..." and the same break everywhere. */
    private static final class LabelAxis extends CategoryAxis {
        private static final long serialVersionUID = 1L;
        private final HorizontalAlignment alignment;

        LabelAxis(HorizontalAlignment alignment) {
            super(null);
            this.alignment = alignment;
        }

        @Override
        protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
            TextBlock block = new TextBlock();
            List<String> lines = category instanceof Key k ? k.lines() : List.of(String.valueOf(category));
            for (String line : lines) {
                block.addLine(line, getTickLabelFont(category), getTickLabelPaint(category));
            }
            block.setLineAlignment(alignment);
            return block;
        }
    }

    /** The caller's formatted value texts, by bar. */
    private record Texts(List<String> texts) implements CategoryItemLabelGenerator {
        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return null;
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return null;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            String t = texts.get(column);
            return t.isEmpty() ? null : t;
        }
    }

    /** Counts in vi-VN inside stacked segments; nothing for 0. */
    private record Counts() implements CategoryItemLabelGenerator {
        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return null;
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return null;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number v = dataset.getValue(row, column);
            return v == null || v.doubleValue() == 0 ? null : ViFormat.number(v.doubleValue(), 1);
        }
    }
}
