package vn.tonghop.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.catalog.Plan;
import vn.tonghop.site.chart.LineChart;
import vn.tonghop.site.chart.LineSeries;
import vn.tonghop.site.chart.StackedChart;
import vn.tonghop.site.chart.StatusColours;
import vn.tonghop.site.chart.SvgCharts;
import vn.tonghop.vi.ShortNames;

/** The charts pages embed, drawn from the same view data as the tables beside them; counts what it drew. */
final class SiteCharts {
    private final SvgCharts svg;
    private final Catalog catalog;
    private final AtomicInteger drawn = new AtomicInteger();

    private final ChartCache cache;

    SiteCharts(Path fontsFolder, Catalog catalog, ChartCache cache) {
        this.svg = new SvgCharts(fontsFolder);
        this.catalog = catalog;
        this.cache = cache;
    }

    int count() {
        return drawn.get();
    }

    /** A plan's report status per period at its root (stacked), or "" when no period has expected reports. */
    String reportingHistory(Plan plan, SiteData data) {
        List<String> categories = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        List<String> statuses = new ArrayList<>(StatusColours.REPORT_STATUS.keySet());
        statuses.forEach(s -> values.add(new ArrayList<>()));
        for (SiteData.PeriodRef p : data.periods(plan.code())) {
            Map<String, Object> s = data.summary(plan.code(), p.code(), plan.reporters().subtree(), "cay").orElse(Map.of());
            categories.add(ShortNames.period(p.code()));
            for (int i = 0; i < statuses.size(); i++) {
                values.get(i).add((double) SiteData.asLong(s, statuses.get(i)));
            }
        }
        if (categories.isEmpty()) {
            return "";
        }
        drawn.incrementAndGet();
        StackedChart chart = new StackedChart("bao-cao-" + plan.slug(), "Tình hình nộp báo cáo qua các kỳ",
                "Số đơn vị đúng hạn, trễ hạn, chưa nộp và chưa đến hạn của kế hoạch " + plan.code()
                        + " theo từng kỳ; số liệu chi tiết ở bảng bên dưới.",
                categories, statuses.stream().map(StatusText::report).toList(),
                new ArrayList<>(StatusColours.REPORT_STATUS.values()), values);
        return cache.svg(chart, () -> svg.stacked(chart));
    }

    /**
     * An indicator's rolled-up value over the years: one line per kind of period (first half,
     * second half, whole year), so halves and years are never joined in one line; the target line
     * is the latest annual or level target.
     */
    String indicatorSeries(Indicator indicator, List<MovementPages.SeriesPoint> points) {
        if (points.isEmpty()) {
            return "";
        }
        // every year between the first and the last, so years without data show as gaps, not as a straight line
        java.util.IntSummaryStatistics span = points.stream().mapToInt(p -> Integer.parseInt(p.period().substring(0, 4))).summaryStatistics();
        List<Integer> years = java.util.stream.IntStream.rangeClosed(span.getMin(), span.getMax()).boxed().toList();
        List<LineSeries> series = new ArrayList<>();
        for (String[] kind : new String[][] {{"-H1", "6 tháng đầu năm"}, {"-H2", "6 tháng cuối năm"}, {"", "Cả năm"}}) {
            List<Double> values = new ArrayList<>();
            boolean any = false;
            for (int year : years) {
                String code = year + kind[0];
                // a point may carry no value (no unit reported it): a gap, like a missing point
                Double v = points.stream().filter(p -> p.period().equals(code)).findFirst()
                        .map(MovementPages.SeriesPoint::value).orElse(null);
                any |= v != null;
                values.add(v);
            }
            if (any) {
                series.add(new LineSeries(kind[1], values));
            }
        }
        Double target = points.stream().map(MovementPages.SeriesPoint::target).filter(t -> t != null).reduce((a, b) -> b).orElse(null);
        drawn.incrementAndGet();
        LineChart chart = new LineChart(chartId("chi-tieu", indicator), indicator.name(),
                "Giá trị tổng hợp của chỉ tiêu " + indicator.code() + " qua các năm, theo 6 tháng và cả năm"
                        + (target == null ? "" : ", so với chỉ tiêu đặt ra") + "; số liệu chi tiết ở bảng bên dưới.",
                indicator.unitOfMeasure(), years.stream().map(String::valueOf).toList(), series, target);
        return cache.svg(chart, () -> svg.lines(chart));
    }

    /** The latest figure of an indicator by child unit of the plan's root, with the per-unit target. */
    String byChildUnit(Indicator indicator, String heading, List<vn.tonghop.site.chart.Bar> bars, Double perUnitTarget) {
        if (bars.isEmpty()) {
            return "";
        }
        drawn.incrementAndGet();
        vn.tonghop.site.chart.BarChart chart = new vn.tonghop.site.chart.BarChart(chartId("don-vi", indicator), heading,
                "Giá trị của chỉ tiêu " + indicator.code() + " theo từng đơn vị trực thuộc; số liệu chi tiết ở bảng bên dưới.",
                indicator.unitOfMeasure(), bars, perUnitTarget);
        return cache.svg(chart, () -> svg.bars(chart));
    }

    private static String chartId(String prefix, Indicator indicator) {
        return prefix + "-" + indicator.code().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }
}
