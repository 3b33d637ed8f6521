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

    SiteCharts(Path fontsFolder, Catalog catalog) {
        this.svg = new SvgCharts(fontsFolder);
        this.catalog = catalog;
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
        return svg.stacked(new StackedChart("bao-cao-" + plan.slug(), "Tình hình nộp báo cáo qua các kỳ",
                "Số đơn vị đúng hạn, trễ hạn, chưa nộp và chưa đến hạn của kế hoạch " + plan.code()
                        + " theo từng kỳ; số liệu chi tiết ở bảng bên dưới.",
                categories, statuses.stream().map(StatusText::report).toList(),
                new ArrayList<>(StatusColours.REPORT_STATUS.values()), values));
    }

    /** An indicator's rolled-up value over periods with its target line. */
    String indicatorSeries(Indicator indicator, List<MovementPages.SeriesPoint> points) {
        if (points.isEmpty()) {
            return "";
        }
        Double target = points.stream().map(MovementPages.SeriesPoint::target).filter(t -> t != null).reduce((a, b) -> b).orElse(null);
        drawn.incrementAndGet();
        return svg.lines(new LineChart("chi-tieu-" + indicator.code().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-"),
                indicator.name(), "Giá trị tổng hợp của chỉ tiêu " + indicator.code() + " qua các kỳ"
                        + (target == null ? "" : ", so với chỉ tiêu đặt ra") + "; số liệu chi tiết ở bảng bên dưới.",
                indicator.unitOfMeasure(), points.stream().map(p -> ShortNames.period(p.period())).toList(),
                List.of(new LineSeries("Giá trị tổng hợp", points.stream().map(MovementPages.SeriesPoint::value).toList())), target));
    }
}
