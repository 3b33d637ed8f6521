package vn.tonghop.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tonghop.aggregate.PublishedDatasets;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.Task;
import vn.tonghop.site.model.Link;
import vn.tonghop.site.model.PageFrame;
import vn.tonghop.vi.ViFormat;

/**
 * View models of the "nguồn số liệu" pages (from the lineage dataset): for one unit in a plan's
 * period, each published figure with the submissions and report lines it was computed from.
 */
final class SourcePages {
    /** Lines listed under one figure; the others are counted, and all are in the lineage download. */
    static final int LINES_PER_FIGURE = 50;

    record SourcesPage(PageFrame frame, String heading, Link unit, Link period, boolean hasReport, String statusText, String statusClass,
                       List<SubmissionLine> submissions, boolean hasSubmissions, List<Figure> tasks, boolean hasTasks,
                       List<Figure> own, boolean hasOwn, List<Figure> rolled, boolean hasRolled, Link downloads) {
    }

    record SubmissionLine(String id, String dateText, String file) {
    }

    /** A figure, its value as published and its sources. */
    record Figure(String label, String valueText, String sourcesText, String sumText, List<SourceLine> lines, String moreText,
                  boolean hasMore) {
    }

    /** One report line; {@code from} (null for the page's own report) names the unit and period it belongs to. */
    record SourceLine(Link from, String text) {
    }

    private final Catalog catalog;
    private final SiteData data;
    private final PlanPages plans;
    private final LocalDate asOf;

    SourcePages(Catalog catalog, SiteData data, PlanPages plans, LocalDate asOf) {
        this.catalog = catalog;
        this.data = data;
        this.plans = plans;
        this.asOf = asOf;
    }

    /** Takes each page as it is made: the lineage is streamed, so pages are written one at a time. */
    interface PageWriter {
        void write(String path, PeriodPages.Page page) throws IOException;
    }

    /**
     * Every unit's sources page from the lineage files, each sorted by plan, period and unit, so
     * each page's rows come together and only one page's rows are held. Returns the pages written.
     */
    int write(Path datasetsDir, PageWriter writer) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        int[] written = {0};
        IOException[] failed = {null};
        PublishedDatasets.forEachRow(datasetsDir, "lineage", r -> {
            if (failed[0] != null) {
                return;
            }
            if (!rows.isEmpty() && !samePage(rows.get(0), r)) {
                failed[0] = flush(rows, writer, written);
            }
            rows.add(r);
        });
        if (failed[0] == null && !rows.isEmpty()) {
            failed[0] = flush(rows, writer, written);
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        return written[0];
    }

    private static boolean samePage(Map<String, Object> a, Map<String, Object> b) {
        return a.get("ma_ke_hoach").equals(b.get("ma_ke_hoach")) && a.get("ky_bao_cao").equals(b.get("ky_bao_cao"))
                && a.get("ma_don_vi").equals(b.get("ma_don_vi"));
    }

    private IOException flush(List<Map<String, Object>> rows, PageWriter writer, int[] written) {
        Map<String, Object> first = rows.get(0);
        Plan plan = catalog.plan((String) first.get("ma_ke_hoach")).orElseThrow();
        String period = (String) first.get("ky_bao_cao");
        String unit = (String) first.get("ma_don_vi");
        try {
            writer.write(Links.sources(plan.slug(), period, unit), new PeriodPages.Page("sources", page(plan, period, unit, rows)));
            written[0]++;
            return null;
        } catch (IOException e) {
            return e;
        } finally {
            rows.clear();
        }
    }

    private SourcesPage page(Plan plan, String period, String unit, List<Map<String, Object>> sources) {
        String path = Links.sources(plan.slug(), period, unit);
        String root = Links.rootOf(path);
        String periodLabel = ViFormat.capitalize(Period.parse(period).orElseThrow().vietnamese());
        Optional<Map<String, Object>> report = data.reportingOfUnit(unit).stream()
                .filter(r -> plan.code().equals(r.get("ma_ke_hoach")) && period.equals(r.get("ky_bao_cao"))).findFirst();
        LocalDate on = report.map(r -> (LocalDate) r.get("ngay_chot")).orElse(null);
        String unitName = plans.unitName(unit, on);
        Map<String, List<Map<String, Object>>> byFigure = new LinkedHashMap<>();
        for (Map<String, Object> r : sources) {
            byFigure.computeIfAbsent(r.get("so_lieu") + "|" + r.get("ma_muc"), k -> new ArrayList<>()).add(r);
        }
        List<SubmissionLine> submissions = new ArrayList<>();
        List<Figure> tasks = new ArrayList<>();
        List<Figure> own = new ArrayList<>();
        List<Figure> rolled = new ArrayList<>();
        for (List<Map<String, Object>> rows : byFigure.values()) {
            Map<String, Object> first = rows.get(0);
            String item = (String) first.get("ma_muc");
            switch ((String) first.get("so_lieu")) {
                case "nop_bao_cao" -> rows.forEach(r -> submissions.add(new SubmissionLine((String) r.get("ma_lan_nop"),
                        ViFormat.date((LocalDate) r.get("ngay_nop")), (String) r.get("tep_nguon"))));
                case "nhiem_vu" -> tasks.add(figure(taskLabel(plan, item), taskStatus(plan, period, unit, item), rows, plan, period, unit, root));
                case "chi_tieu" -> own.add(figure(indicatorLabel(item), indicatorValue(plan, period, unit, item, "gia_tri"), rows, plan,
                        period, unit, root));
                default -> rolled.add(figure(indicatorLabel(item), indicatorValue(plan, period, unit, item, "gia_tri_tong_hop"), rows,
                        plan, period, unit, root));
            }
        }
        List<Link> trail = List.of(new Link("Trang chủ", root + Links.home()), new Link(plan.code(), root + Links.plan(plan.slug())),
                new Link(periodLabel, root + Links.period(plan.slug(), period)), new Link("Nguồn số liệu: " + unitName, root + path));
        PageFrame frame = new PageFrame("Nguồn số liệu: " + unitName + " - " + plan.code() + " - " + periodLabel, root,
                ViFormat.date(asOf), trail);
        return new SourcesPage(frame, "Nguồn số liệu: " + unitName, new Link(unitName, root + Links.unit(unit)),
                new Link(plan.code() + ", " + periodLabel, root + Links.period(plan.slug(), period)), report.isPresent(),
                report.map(r -> StatusText.report(r.get("trang_thai"))).orElse("Không thuộc danh sách báo cáo của kỳ"),
                report.map(r -> (String) r.get("trang_thai")).orElse(""), submissions, !submissions.isEmpty(), tasks, !tasks.isEmpty(),
                own, !own.isEmpty(), rolled, !rolled.isEmpty(), new Link("Tải về (tệp lineage.parquet)", root + Links.downloads()));
    }

    private Figure figure(String label, String valueText, List<Map<String, Object>> rows, Plan plan, String period, String unit,
                          String root) {
        List<SourceLine> lines = new ArrayList<>();
        for (Map<String, Object> r : rows.subList(0, Math.min(rows.size(), LINES_PER_FIGURE))) {
            String fromUnit = (String) r.get("ma_don_vi_nguon");
            String fromPeriod = (String) r.get("ky_bao_cao_nguon");
            boolean elsewhere = !fromUnit.equals(unit) || !fromPeriod.equals(period);
            Link from = elsewhere ? new Link(plans.unitName(fromUnit, null) + (fromPeriod.equals(period) ? ""
                    : ", " + Period.parse(fromPeriod).orElseThrow().vietnamese()), root + Links.sources(plan.slug(), fromPeriod, fromUnit))
                    : null;
            lines.add(new SourceLine(from, lineText(r)));
        }
        long own = rows.stream().filter(r -> r.get("so_don_vi") == null).count();
        long children = rows.stream().filter(r -> r.get("so_don_vi") != null).map(r -> r.get("ma_don_vi_nguon")).distinct().count();
        String sourcesText = own == 0 ? "" : ViFormat.integer(own) + " dòng báo cáo";
        if (children > 0) {
            sourcesText += (own == 0 ? "" : " và ") + "tổng của " + ViFormat.integer(children) + " đơn vị trực thuộc (mỗi đơn vị cộng cả cây của mình)";
        }
        int more = rows.size() - lines.size();
        String moreText = more <= 0 ? "" : "Và " + ViFormat.integer(more) + " nguồn nữa: danh sách đầy đủ trong tệp lineage.parquet ở trang Tải về.";
        return new Figure(label, valueText, sourcesText, sumText(rows), lines, moreText, more > 0);
    }

    /** How the lines make the value, so a reader can check it: the sum, the average, or numerator over denominator. */
    private String sumText(List<Map<String, Object>> rows) {
        Optional<Indicator> indicator = catalog.indicator((String) rows.get(0).get("ma_muc"));
        if (indicator.isEmpty() || rows.get(0).get("trang_thai") != null) {
            return "";
        }
        double values = total(rows, "gia_tri") + total(rows, "tong_cay");
        long units = rows.stream().filter(r -> r.get("so_don_vi") == null).map(r -> r.get("ma_don_vi_nguon")).distinct().count()
                + rows.stream().filter(r -> List.of("tong_cay", "tu_so_cay").contains(r.get("vai_tro")))
                .mapToLong(r -> SiteData.asLong(r, "so_don_vi")).sum();
        return switch (indicator.get().acrossUnits()) {
            case SUM -> "Cộng các giá trị: " + number(values) + ".";
            case AVERAGE -> "Trung bình của " + ViFormat.integer(units) + " đơn vị: " + number(values) + " : " + ViFormat.integer(units)
                    + " = " + number(values / units) + ".";
            case SHARE -> {
                double numerator = total(rows, "tu_so") + total(rows, "tu_so_cay");
                double denominator = total(rows, "mau_so") + total(rows, "mau_so_cay");
                yield "Tổng tử số " + number(numerator) + ", tổng mẫu số " + number(denominator)
                        + (denominator > 0 ? ": " + number(numerator) + " : " + number(denominator) + " × 100 = "
                        + ViFormat.number(100 * numerator / denominator, 1) + "%." : ": chưa tính được vì mẫu số bằng 0.");
            }
        };
    }

    private static double total(List<Map<String, Object>> rows, String role) {
        return rows.stream().filter(r -> role.equals(r.get("vai_tro"))).mapToDouble(r -> SiteData.asDouble(r, "gia_tri")).sum();
    }

    private static String number(double value) {
        return ViFormat.number(value, value % 1 == 0 ? 0 : 2);
    }

    /** "Tệp …, dòng 12 (nộp ngày …): NV1.2 = Hoàn thành", or a child's subtree total. */
    private static String lineText(Map<String, Object> r) {
        String role = switch (String.valueOf(r.get("vai_tro"))) {
            case "tu_so", "tu_so_cay" -> "tử số ";
            case "mau_so", "mau_so_cay" -> "mẫu số ";
            default -> "";
        };
        if (r.get("so_don_vi") != null) {
            return "cả cây của đơn vị này (" + ViFormat.integer(SiteData.asLong(r, "so_don_vi")) + " đơn vị có số liệu): "
                    + (role.isEmpty() ? "tổng " : role) + "= " + number(SiteData.asDouble(r, "gia_tri"));
        }
        Object status = r.get("trang_thai");
        Double value = SiteData.asDouble(r, "gia_tri");
        String shown = status != null ? StatusText.task(status) : value == null ? "" : number(value);
        return "Tệp " + r.get("tep_nguon") + ", dòng " + r.get("so_dong") + " (nộp ngày " + ViFormat.date((LocalDate) r.get("ngay_nop"))
                + "): " + role + r.get("ma_muc_nguon") + " = " + shown;
    }

    private String taskLabel(Plan plan, String code) {
        return catalog.task(plan, code).map((Task t) -> t.label() + " " + shortened(t.text())).orElse(code);
    }

    /** A task's text up to about a line: the whole text is on the plan's page. */
    private static String shortened(String text) {
        int cut = text.length() <= 120 ? -1 : text.lastIndexOf(' ', 120);
        return cut < 0 ? text : text.substring(0, cut) + " …";
    }

    private String indicatorLabel(String code) {
        return catalog.indicator(code).map(i -> i.name() + " (" + code + ")").orElse(code);
    }

    private String taskStatus(Plan plan, String period, String unit, String task) {
        return data.tasks(plan.code(), period, unit).stream().filter(r -> task.equals(r.get("ma_muc"))).findFirst()
                .map(r -> StatusText.task(r.get("trang_thai"))).orElse("");
    }

    private String indicatorValue(Plan plan, String period, String unit, String code, String column) {
        Optional<Indicator> indicator = catalog.indicator(code);
        int decimals = indicator.map(i -> i.valueType() == Indicator.ValueType.INTEGER ? 0 : 1).orElse(1);
        return data.indicators(plan.code(), period, unit).stream().filter(r -> code.equals(r.get("ma_chi_tieu"))).findFirst()
                .map(r -> PlanPages.withUnit(ViFormat.value(SiteData.asDouble(r, column), decimals),
                        indicator.map(Indicator::unitOfMeasure).orElse(""))).orElse("");
    }
}
