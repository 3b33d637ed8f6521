package vn.tonghop.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.tonghop.aggregate.DatasetLayout;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Movement;
import vn.tonghop.catalog.Plan;
import vn.tonghop.site.model.Link;
import vn.tonghop.site.model.PageFrame;
import vn.tonghop.site.model.PeriodSummary;
import vn.tonghop.vi.ViFormat;

/** View models of the home page, the data quality page, the archive index and the downloads page. */
final class HomePages {
    record PlanCard(Link plan, String title, String issuer, PeriodSummary latest, boolean hasLatest, List<String> highlights) {
    }

    record HomePage(PageFrame frame, List<PlanCard> plans, List<Link> movements, Link quality, Link archive, Link downloads) {
    }

    record ProblemGroup(String file, String reason, String countText, String rowsText, String message) {
    }

    record QualityPage(PageFrame frame, String filesText, String rowsText, List<ProblemGroup> problems, boolean hasProblems,
                       String resubmissionsText, List<Link> silentUnits, boolean hasSilentUnits, String moreText, boolean hasMore,
                       Link downloads) {
    }

    record ArchivePage(PageFrame frame, List<Link> years, boolean hasYears) {
    }

    record SearchPage(PageFrame frame) {
    }

    /** A dataset's downloads: one file in each format, or for a per-plan dataset one per plan and year. */
    record DownloadRow(String name, String description, Link xlsx, List<Link> csv, List<Link> parquet) {
    }

    record DownloadsPage(PageFrame frame, List<DownloadRow> files, List<Link> summaries, Link checksums) {
    }

    private final Catalog catalog;
    private final SiteData data;
    private final PlanPages plans;
    private final LocalDate asOf;

    HomePages(Catalog catalog, SiteData data, PlanPages plans, LocalDate asOf) {
        this.catalog = catalog;
        this.data = data;
        this.plans = plans;
        this.asOf = asOf;
    }

    private PageFrame frame(String title, String path) {
        String root = Links.rootOf(path);
        List<Link> trail = path.equals(Links.home()) ? List.of(new Link("Trang chủ", root + Links.home()))
                : List.of(new Link("Trang chủ", root + Links.home()), new Link(title, root + path));
        return new PageFrame(title, root, ViFormat.date(asOf), trail);
    }

    HomePage home() {
        String root = "";
        List<PlanCard> cards = new ArrayList<>();
        for (Plan plan : catalog.plans()) {
            var latest = plans.latestDue(plan);
            cards.add(new PlanCard(new Link(plan.code(), Links.plan(plan.slug())), plan.title(), plan.issuer(),
                    latest.map(p -> plans.summary(plan, p, root)).orElse(null), latest.isPresent(),
                    plans.highlights(plan).stream().limit(3).toList()));
        }
        List<Link> movements = catalog.movements().stream().map(m -> new Link(m.name(), Links.movement(m.slug()))).toList();
        return new HomePage(frame("Tổng hợp báo cáo", Links.home()), cards, movements,
                new Link("Chất lượng dữ liệu", Links.quality()), new Link("Lưu trữ theo năm", Links.archive()),
                new Link("Tải dữ liệu", Links.downloads()));
    }

    /** Entries a list on the quality page shows; the downloads have all of them. */
    static final int LIST_LIMIT = 200;

    private static String more(int size, String what) {
        return size <= LIST_LIMIT ? "" : "Trang này chỉ liệt kê " + ViFormat.integer(LIST_LIMIT) + " trong "
                + ViFormat.integer(size) + " " + what + ". ";
    }

    QualityPage quality() {
        String path = Links.quality();
        String root = Links.rootOf(path);
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (Map<String, Object> r : data.quarantine()) {
            groups.computeIfAbsent(r.get("tep_nguon") + "|" + r.get("ma_ly_do"), k -> new ArrayList<>()).add(r);
        }
        List<ProblemGroup> problems = new ArrayList<>();
        groups.values().forEach(rows -> {
            Map<String, Object> first = rows.get(0);
            String lines = "tep".equals(first.get("cap")) ? "cả tệp"
                    : String.join(", ", rows.stream().limit(20).map(r -> String.valueOf(r.get("so_dong"))).toList())
                    + (rows.size() > 20 ? " và " + ViFormat.integer(rows.size() - 20) + " dòng khác" : "");
            problems.add(new ProblemGroup((String) first.get("tep_nguon"), (String) first.get("ma_ly_do"),
                    ViFormat.integer(rows.size()), lines, (String) first.get("thong_diep")));
        });
        long files = data.quarantine().stream().filter(r -> "tep".equals(r.get("cap"))).count();
        long rows = data.quarantine().size() - files;
        Map<String, Long> perReport = new LinkedHashMap<>();
        data.submissions().stream().filter(r -> Boolean.TRUE.equals(r.get("duoc_tinh")))
                .forEach(r -> perReport.merge(r.get("ma_ke_hoach") + "|" + r.get("ky_bao_cao") + "|" + r.get("ma_don_vi"), 1L, Long::sum));
        long resubmissions = perReport.values().stream().mapToLong(v -> v - 1).sum();
        Set<String> reporting = new TreeSet<>();
        data.submissions().forEach(r -> reporting.add((String) r.get("ma_don_vi")));
        Set<String> expected = new TreeSet<>();
        for (Plan plan : catalog.plans()) {
            data.periods(plan.code()).forEach(p -> data.reporting(plan.code(), p.code()).stream()
                    .filter(r -> Boolean.TRUE.equals(r.get("ky_vong"))).forEach(r -> expected.add((String) r.get("ma_don_vi"))));
        }
        expected.removeAll(reporting);
        List<Link> silent = expected.stream().limit(LIST_LIMIT).map(c -> new Link(plans.unitName(c, asOf), root + Links.unit(c))).toList();
        String more = more(problems.size(), "nhóm lỗi") + more(expected.size(), "đơn vị chưa gửi báo cáo nào");
        return new QualityPage(frame("Chất lượng dữ liệu", path), ViFormat.integer(files), ViFormat.integer(rows),
                problems.subList(0, Math.min(LIST_LIMIT, problems.size())), !problems.isEmpty(), ViFormat.integer(resubmissions),
                silent, !silent.isEmpty(), more.strip(), !more.isBlank(), new Link("Tải dữ liệu", root + Links.downloads()));
    }

    SearchPage search() {
        return new SearchPage(frame("Tìm kiếm", Links.search()));
    }

    ArchivePage archive(List<Integer> years) {
        String path = Links.archive();
        String root = Links.rootOf(path);
        List<Link> links = years.stream().map(y -> new Link("Năm " + y, root + Links.archiveYear(y))).toList();
        return new ArchivePage(frame("Lưu trữ theo năm", path), links, !links.isEmpty());
    }

    DownloadsPage downloads(Map<String, String> descriptions, List<String> summaries, Map<String, String> sha256) {
        String path = Links.downloads();
        List<DownloadRow> rows = new ArrayList<>();
        descriptions.forEach((name, description) -> rows.add(new DownloadRow(name, description,
                sha256.containsKey(name + ".xlsx") ? new Link(name + ".xlsx", name + ".xlsx") : null,
                files(name, ".csv", sha256), files(name, ".parquet", sha256))));
        List<Link> tables = summaries.stream().filter(sha256::containsKey).map(f -> new Link(f, f)).toList();
        return new DownloadsPage(frame("Tải dữ liệu", path), rows, tables, new Link("SHA256SUMS", "SHA256SUMS"));
    }

    /** A dataset's files in one format, named by plan and year when split so. */
    private List<Link> files(String name, String ext, Map<String, String> sha256) {
        List<Link> links = new ArrayList<>();
        sha256.keySet().forEach(file -> {
            if (file.equals(name + ext)) {
                links.add(new Link(file, file));
            } else if (file.startsWith(name + "/") && file.endsWith(ext)) {
                DatasetLayout.partitionOf(file).ifPresent(p -> links.add(new Link(
                        catalog.planByCodeOrSlug(p.planSlug()).map(Plan::code).orElse(p.planSlug()) + " năm " + p.year(), file)));
            }
        });
        return links;
    }

    List<Movement> movements() {
        return catalog.movements();
    }
}
