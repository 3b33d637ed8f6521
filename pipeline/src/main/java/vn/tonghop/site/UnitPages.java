package vn.tonghop.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.UnitVersion;
import vn.tonghop.site.model.IndicatorRow;
import vn.tonghop.site.model.Link;
import vn.tonghop.site.model.PageFrame;
import vn.tonghop.vi.ViFormat;

/** View model of a unit's page: who it is, its reporting history, figures, submissions and rejected rows. */
final class UnitPages {
    record HistoryRow(Link plan, Link period, String statusText, String statusClass, String dueText, String submittedText,
                      String daysLateText, String expectedText, Link sources) {
    }

    record SubtreeRow(Link plan, Link period, String expectedText, String receivedText, String onTimeText, String missingText,
                      String rateText, String onTimeRateText) {
    }

    record SubmissionRow(String planCode, String period, String dateText, String file, String acceptedText,
                         String rejectedText, String countsText) {
    }

    record RejectedRow(String file, String rowText, String reason, String field, String message) {
    }

    record FigureBlock(String heading, List<IndicatorRow> indicators, Link sources) {
    }

    /** A chart and, collapsible beside it, the same numbers as a table. */
    record ChartBlock(String svg, String caption, List<PointRow> points) {
    }

    record PointRow(String period, String valueText, String targetText) {
    }

    record UnitPage(PageFrame frame, String code, String name, String kind, String notice, boolean hasNotice, Link successor,
                    boolean hasSuccessor, List<String> history, boolean hasHistory,
                    Link parent, boolean hasParent, List<Link> children, boolean hasChildren, List<SubtreeRow> subtree,
                    boolean hasSubtree, List<HistoryRow> reporting,
                    boolean hasReporting, List<FigureBlock> figures, boolean hasFigures, List<ChartBlock> charts, boolean hasCharts, List<SubmissionRow> submissions,
                    boolean hasSubmissions, List<RejectedRow> rejected, boolean hasRejected) {
    }

    private final Catalog catalog;
    private final SiteData data;
    private final PlanPages plans;
    private final LocalDate asOf;
    private final SiteCharts siteCharts;

    UnitPages(Catalog catalog, SiteData data, PlanPages plans, LocalDate asOf, SiteCharts siteCharts) {
        this.catalog = catalog;
        this.data = data;
        this.plans = plans;
        this.asOf = asOf;
        this.siteCharts = siteCharts;
    }

    /** For each movement, its first indicator with data for this unit's subtree, charted over the periods. */
    private List<ChartBlock> charts(String code) {
        List<ChartBlock> out = new ArrayList<>();
        for (vn.tonghop.catalog.Movement movement : catalog.movements()) {
            for (vn.tonghop.catalog.Indicator indicator : movement.indicators()) {
                List<MovementPages.SeriesPoint> points = new ArrayList<>();
                for (Plan plan : catalog.plans()) {
                    for (SiteData.PeriodRef p : data.periods(plan.code())) {
                        data.indicators(plan.code(), p.code(), code).stream()
                                .filter(r -> indicator.code().equals(r.get("ma_chi_tieu")) && r.get("gia_tri_tong_hop") != null)
                                .findFirst().ifPresent(r -> points.add(new MovementPages.SeriesPoint(p.code(),
                                        SiteData.asDouble(r, "gia_tri_tong_hop"), SiteData.asDouble(r, "chi_tieu"))));
                    }
                }
                if (points.size() >= 2) {
                    int decimals = indicator.valueType() == vn.tonghop.catalog.Indicator.ValueType.INTEGER ? 0 : 1;
                    out.add(new ChartBlock(siteCharts.indicatorSeries(indicator, points), indicator.name(), points.stream()
                            .map(p -> new PointRow(ViFormat.capitalize(vn.tonghop.catalog.Period.parse(p.period()).orElseThrow().vietnamese()),
                                    ViFormat.value(p.value(), decimals), ViFormat.value(p.target(), decimals))).toList()));
                    break;
                }
            }
        }
        return out;
    }

    UnitPage page(String code) {
        String path = Links.unit(code);
        String root = Links.rootOf(path);
        List<UnitVersion> versions = catalog.units().versions(code);
        UnitVersion current = catalog.units().versionOn(code, asOf).orElse(versions.get(versions.size() - 1));
        Optional<Link> parent = Optional.ofNullable(current.parentCode())
                .map(p -> new Link(plans.unitName(p, asOf), root + Links.unit(p)));
        List<Link> children = catalog.units().childrenOn(code, asOf).stream()
                .map(c -> new Link(plans.unitName(c, asOf), root + Links.unit(c)))
                .sorted(Comparator.comparing(Link::text, vn.tonghop.vi.VietnameseOrder.texts()).thenComparing(Link::href)).toList();
        List<HistoryRow> reporting = data.reportingOfUnit(code).stream()
                .sorted(Comparator.comparing((Map<String, Object> r) -> (LocalDate) r.get("han_nop")).reversed())
                .map(r -> historyRow(r, root)).toList();
        List<SubmissionRow> submissions = data.submissionsOfUnit(code).stream().map(r -> new SubmissionRow(
                (String) r.get("ma_ke_hoach"), (String) r.get("ky_bao_cao"), ViFormat.date((LocalDate) r.get("ngay_nop")),
                (String) r.get("tep_nguon"), ViFormat.integer(SiteData.asLong(r, "so_dong_nhan")),
                ViFormat.integer(SiteData.asLong(r, "so_dong_cach_ly")), Boolean.TRUE.equals(r.get("duoc_tinh")) ? "Có" : "Không"))
                .toList();
        List<RejectedRow> rejected = data.quarantineOfUnit(code).stream()
                .map(r -> new RejectedRow((String) r.get("tep_nguon"), String.valueOf(r.get("so_dong")), (String) r.get("ma_ly_do"),
                        (String) r.get("truong_loi"), (String) r.get("thong_diep"))).toList();
        List<FigureBlock> figures = figures(code, root);
        List<ChartBlock> charts = charts(code);
        PageFrame frame = new PageFrame(current.name(), root, ViFormat.date(asOf),
                List.of(new Link("Trang chủ", root + Links.home()), new Link(current.name(), root + path)));
        UnitVersion last = versions.get(versions.size() - 1);
        boolean ended = last.to() != null && !last.to().isAfter(asOf);
        String notice = !ended ? "" : last.successor() != null
                ? "Đơn vị đã sáp nhập từ ngày " + ViFormat.date(last.to()) + "; các kỳ sau do đơn vị kế thừa báo cáo:"
                : "Đơn vị đã giải thể hoặc ngừng hoạt động từ ngày " + ViFormat.date(last.to()) + ".";
        Link successor = ended && last.successor() != null
                ? new Link(plans.unitName(last.successor(), asOf), root + Links.unit(last.successor())) : null;
        List<SubtreeRow> subtree = children.isEmpty() ? List.of() : subtree(code, root);
        return new UnitPage(frame, code, current.name(), current.kind(), notice, ended, successor, successor != null,
                history(versions), versions.size() > 1
                || versions.get(versions.size() - 1).to() != null, parent.orElse(null), parent.isPresent(), children,
                !children.isEmpty(), subtree, !subtree.isEmpty(), reporting, !reporting.isEmpty(), figures, !figures.isEmpty(), charts, !charts.isEmpty(), submissions,
                !submissions.isEmpty(), rejected, !rejected.isEmpty());
    }

    private HistoryRow historyRow(Map<String, Object> r, String root) {
        Plan plan = catalog.plan((String) r.get("ma_ke_hoach")).orElseThrow();
        String period = (String) r.get("ky_bao_cao");
        Object days = r.get("so_ngay_tre");
        return new HistoryRow(new Link(plan.code(), root + Links.plan(plan.slug())),
                new Link(ViFormat.capitalize(Period.parse(period).orElseThrow().vietnamese()), root + Links.period(plan.slug(), period)),
                StatusText.report(r.get("trang_thai")), (String) r.get("trang_thai"), ViFormat.date((LocalDate) r.get("han_nop")),
                ViFormat.date((LocalDate) r.get("ngay_nop")), days == null ? "" : ViFormat.integer(((Number) days).longValue()),
                Boolean.TRUE.equals(r.get("ky_vong")) ? "Có" : "Không (ngoài đối tượng của kế hoạch)",
                data.hasSources(plan.code(), period, (String) r.get("ma_don_vi"))
                        ? new Link("Nguồn số liệu", root + Links.sources(plan.slug(), period, (String) r.get("ma_don_vi"))) : null);
    }

    /** Reporting of the unit's whole subtree per plan and period, newest first (periods with expected reports). */
    private List<SubtreeRow> subtree(String code, String root) {
        return data.summariesOfUnit(code).stream().filter(r -> "cay".equals(r.get("pham_vi")) && SiteData.asLong(r, "ky_vong") > 0)
                .sorted(Comparator.comparing((Map<String, Object> r) -> (LocalDate) r.get("han_nop")).reversed())
                .map(r -> {
                    Plan plan = catalog.plan((String) r.get("ma_ke_hoach")).orElseThrow();
                    String period = (String) r.get("ky_bao_cao");
                    return new SubtreeRow(new Link(plan.code(), root + Links.plan(plan.slug())),
                            new Link(ViFormat.capitalize(Period.parse(period).orElseThrow().vietnamese()),
                                    root + Links.period(plan.slug(), period)),
                            ViFormat.integer(SiteData.asLong(r, "ky_vong")), ViFormat.integer(SiteData.asLong(r, "da_nop")),
                            ViFormat.integer(SiteData.asLong(r, "dung_han")), ViFormat.integer(SiteData.asLong(r, "chua_nop")),
                            ViFormat.percent(SiteData.asDouble(r, "ty_le_nop")), ViFormat.percent(SiteData.asDouble(r, "ty_le_dung_han")));
                }).toList();
    }

    /** For each plan, the unit's subtree figures in the latest period that has any. */
    private List<FigureBlock> figures(String code, String root) {
        List<FigureBlock> out = new ArrayList<>();
        for (Plan plan : catalog.plans()) {
            List<SiteData.PeriodRef> periods = new ArrayList<>(data.periods(plan.code()));
            java.util.Collections.reverse(periods);
            for (SiteData.PeriodRef p : periods) {
                List<IndicatorRow> rows = plans.indicatorRows(plan.code(), p.code(), code, root);
                if (!rows.isEmpty()) {
                    out.add(new FigureBlock(plan.code() + ", " + Period.parse(p.code()).orElseThrow().vietnamese(), rows,
                            data.hasSources(plan.code(), p.code(), code)
                                    ? new Link("Nguồn số liệu của các con số này", root + Links.sources(plan.slug(), p.code(), code)) : null));
                    break;
                }
            }
        }
        return out;
    }

    /** What happened to the unit: renames, moves, merges, in Vietnamese, oldest first. */
    private List<String> history(List<UnitVersion> versions) {
        List<String> lines = new ArrayList<>();
        for (UnitVersion v : versions) {
            String line = "Từ " + ViFormat.date(v.from()) + ": " + v.name() + " (" + v.kind() + ")"
                    + (v.parentCode() == null ? "" : ", trực thuộc " + plans.unitName(v.parentCode(), v.from()));
            if (v.to() != null) {
                line += v.successor() != null
                        ? "; từ " + ViFormat.date(v.to()) + " sáp nhập vào " + plans.unitName(v.successor(), v.to())
                        : "; đến hết " + ViFormat.date(v.to().minusDays(1));
            }
            lines.add(line + ".");
        }
        return lines;
    }
}
