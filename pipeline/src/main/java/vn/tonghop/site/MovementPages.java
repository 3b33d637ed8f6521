package vn.tonghop.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.catalog.Movement;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.site.model.Link;
import vn.tonghop.site.model.PageFrame;
import vn.tonghop.vi.ViFormat;

/** View model of a movement's page: each indicator over the periods of the plans that carried it, at the plan's root. */
final class MovementPages {
    record SeriesRow(Link plan, String period, String valueText, String coverageText, String targetText, String reachedText,
                     String unitsMeetingText, String changeLastYearText) {
    }

    record IndicatorSeries(String code, String name, String unitText, List<SeriesRow> rows, boolean hasRows, String chart,
                           String byUnitChart, String byUnitHeading, List<UnitFigure> byUnit, boolean hasByUnit) {
    }

    /** One child unit's figure in the latest period, for the table beside the chart. */
    record UnitFigure(Link unit, String valueText, String meetsText) {
    }

    record MovementPage(PageFrame frame, String name, List<IndicatorSeries> indicators) {
    }

    private final Catalog catalog;
    private final SiteData data;
    private final LocalDate asOf;

    MovementPages(Catalog catalog, SiteData data, LocalDate asOf) {
        this.catalog = catalog;
        this.data = data;
        this.asOf = asOf;
    }

    MovementPage page(Movement movement, SiteCharts charts, PlanPages plans) {
        String path = Links.movement(movement.slug());
        String root = Links.rootOf(path);
        List<IndicatorSeries> series = new ArrayList<>();
        for (Indicator indicator : movement.indicators()) {
            List<SeriesRow> rows = new ArrayList<>();
            List<SeriesPoint> points = new ArrayList<>();
            int decimals = indicator.valueType() == Indicator.ValueType.INTEGER ? 0 : 1;
            for (Plan plan : catalog.plans()) {
                for (SiteData.PeriodRef p : data.periods(plan.code())) {
                    data.indicators(plan.code(), p.code(), plan.reporters().subtree()).stream()
                            .filter(r -> indicator.code().equals(r.get("ma_chi_tieu"))).findFirst().ifPresent(r -> {
                                rows.add(row(plan, p, r, decimals, root));
                                points.add(new SeriesPoint(p.code(), SiteData.asDouble(r, "gia_tri_tong_hop"), SiteData.asDouble(r, "chi_tieu")));
                            });
                }
            }
            ByUnit byUnit = byUnit(indicator, decimals, root, plans);
            series.add(new IndicatorSeries(indicator.code(), indicator.name(), indicator.unitOfMeasure(), rows, !rows.isEmpty(),
                    charts.indicatorSeries(indicator, points),
                    byUnit.figures.isEmpty() ? "" : charts.byChildUnit(indicator, byUnit.heading, byUnit.bars, byUnit.target),
                    byUnit.heading, byUnit.figures, !byUnit.figures.isEmpty()));
        }
        PageFrame frame = new PageFrame(movement.name(), root, ViFormat.date(asOf),
                List.of(new Link("Trang chủ", root + Links.home()), new Link(movement.name(), root + path)));
        return new MovementPage(frame, movement.name(), series);
    }

    private record ByUnit(String heading, List<UnitFigure> figures, List<vn.tonghop.site.chart.Bar> bars, Double target) {
    }

    /** The indicator's latest period with data, by child unit of the carrying plan's root. */
    private ByUnit byUnit(Indicator indicator, int decimals, String root, PlanPages plans) {
        List<Plan> newestFirst = new ArrayList<>(catalog.plans());
        java.util.Collections.reverse(newestFirst);
        for (Plan plan : newestFirst) {
            List<SiteData.PeriodRef> periods = data.periods(plan.code());
            for (int i = periods.size() - 1; i >= 0; i--) {
                SiteData.PeriodRef p = periods.get(i);
                String rootUnit = plan.reporters().subtree();
                List<UnitFigure> figures = new ArrayList<>();
                List<vn.tonghop.site.chart.Bar> bars = new ArrayList<>();
                LocalDate cutOff = data.reporting(plan.code(), p.code()).stream().map(r -> (LocalDate) r.get("ngay_chot"))
                        .findFirst().orElse(p.due());
                Double perUnit = indicator.target() == null ? null : indicator.target().perUnit();
                for (String child : catalog.units().childrenOn(rootUnit, cutOff)) {
                    data.indicators(plan.code(), p.code(), child).stream()
                            .filter(r -> indicator.code().equals(r.get("ma_chi_tieu")) && r.get("gia_tri_tong_hop") != null)
                            .findFirst().ifPresent(r -> {
                                double value = SiteData.asDouble(r, "gia_tri_tong_hop");
                                String name = plans.unitName(child, cutOff);
                                String text = PlanPages.withUnit(ViFormat.number(value, decimals), indicator.unitOfMeasure());
                                Double applies = SiteData.asDouble(r, "so_don_vi_ap_dung");
                                figures.add(new UnitFigure(new Link(name, root + Links.unit(child)), text, applies == null ? ""
                                        : ViFormat.integer(SiteData.asLong(r, "so_don_vi_dat")) + "/" + ViFormat.integer(applies.longValue())));
                                bars.add(new vn.tonghop.site.chart.Bar(name, value, text));
                            });
                }
                if (!figures.isEmpty()) {
                    String heading = indicator.name() + ": " + Period.parse(p.code()).orElseThrow().vietnamese() + ", theo đơn vị ("
                            + plan.code() + ")";
                    return new ByUnit(heading, figures, bars, perUnit);
                }
            }
        }
        return new ByUnit("", List.of(), List.of(), null);
    }

    /** One period's rolled-up value and target, for the chart. */
    record SeriesPoint(String period, Double value, Double target) {
    }

    private static SeriesRow row(Plan plan, SiteData.PeriodRef p, Map<String, Object> r, int decimals, String root) {
        Double applies = SiteData.asDouble(r, "so_don_vi_ap_dung");
        Double change = SiteData.asDouble(r, "chenh_lech_cung_ky");
        return new SeriesRow(new Link(plan.code(), root + Links.plan(plan.slug())),
                ViFormat.capitalize(Period.parse(p.code()).orElseThrow().vietnamese()),
                ViFormat.value(SiteData.asDouble(r, "gia_tri_tong_hop"), decimals),
                ViFormat.integer(SiteData.asLong(r, "so_don_vi_co_so_lieu")) + "/" + ViFormat.integer(SiteData.asLong(r, "so_don_vi_ky_vong")),
                ViFormat.value(SiteData.asDouble(r, "chi_tieu"), decimals), ViFormat.percent(SiteData.asDouble(r, "ty_le_dat")),
                applies == null ? "" : ViFormat.integer(SiteData.asLong(r, "so_don_vi_dat")) + "/" + ViFormat.integer(applies.longValue()),
                change == null ? "—" : (change > 0 ? "+" : "") + ViFormat.number(change, decimals));
    }
}
