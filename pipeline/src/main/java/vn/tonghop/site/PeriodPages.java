package vn.tonghop.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tonghop.catalog.Plan;
import vn.tonghop.documents.ReportFiles;
import vn.tonghop.site.model.Link;
import vn.tonghop.site.model.PageFrame;
import vn.tonghop.site.model.PeriodSummary;
import vn.tonghop.site.model.UnitStatusRow;
import vn.tonghop.vi.ViFormat;

/**
 * View models of a period's pages: the period page with every expected unit's status when they fit
 * on one page, otherwise the period page with counts per level of the tree and, per level, pages of
 * at most {@code pageSize} units. So no page grows with the number of units in the country.
 */
final class PeriodPages {
    /** A page to render: its template and view model. */
    record Page(String template, Object model) {
    }

    /** The period's compiled report and the blank forms' CSV template, each null when not written. */
    record PeriodDocuments(Link docx, Link pdf, Link csvTemplate) {
    }

    record PeriodPage(PageFrame frame, Link plan, PeriodSummary summary, PeriodDocuments documents, boolean hasDocuments,
                      List<LevelRow> levels, boolean hasLevels,
                      List<UnitStatusRow> units, boolean hasUnits, List<UnitStatusRow> unexpected, boolean hasUnexpected) {
    }

    record LevelRow(String text, String expectedText, String onTimeText, String lateText, String missingText, String notDueText,
                    List<Link> pages) {
    }

    record LevelPage(PageFrame frame, Link plan, Link period, String periodLabel, String heading, List<PagerLink> pager,
                     boolean hasPager, List<UnitStatusRow> units) {
    }

    record PagerLink(String text, String href, boolean current) {
    }

    private final PlanPages plans;
    private final SiteData data;
    private final LocalDate asOf;
    private final int pageSize;

    PeriodPages(PlanPages plans, SiteData data, LocalDate asOf, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("Số đơn vị mỗi trang phải từ 1 trở lên, không phải " + pageSize);
        }
        this.plans = plans;
        this.data = data;
        this.asOf = asOf;
        this.pageSize = pageSize;
    }

    /** The pages of one plan's period, by path from the site root. */
    Map<String, Page> pages(Plan plan, SiteData.PeriodRef ref) {
        String path = Links.period(plan.slug(), ref.code());
        String root = Links.rootOf(path);
        List<UnitStatusRow> rows = plans.statusRows(plan, ref.code(), root);
        PeriodSummary summary = plans.summary(plan, ref, root, rows);
        List<UnitStatusRow> unexpected = data.reporting(plan.code(), ref.code()).stream()
                .filter(r -> !Boolean.TRUE.equals(r.get("ky_vong"))).map(r -> plans.statusRow(plan, r, root)).toList();
        Map<String, Page> pages = new LinkedHashMap<>();
        boolean split = rows.size() > pageSize;
        List<LevelRow> levels = new ArrayList<>();
        if (split) {
            Map<Integer, List<UnitStatusRow>> byLevel = new TreeMap<>((a, b) -> Integer.compare(a < 0 ? Integer.MAX_VALUE : a, b < 0 ? Integer.MAX_VALUE : b));
            rows.forEach(r -> byLevel.computeIfAbsent(r.level(), l -> new ArrayList<>()).add(r));
            byLevel.forEach((level, unitsAtLevel) -> levels.add(levelPages(plan, ref, summary.label(), level, unitsAtLevel, root, pages)));
        }
        DocumentFiles files = plans.documents();
        PeriodDocuments documents = new PeriodDocuments(
                files.report(plan, ref.code(), ReportFiles.DOCX_NAME, "Báo cáo tổng hợp (Word, bản dự thảo)", root),
                files.report(plan, ref.code(), ReportFiles.PDF_NAME, "Bản PDF để xem và in", root), files.csvTemplate(plan, ref.code(), root));
        pages.put(path, new Page("period", new PeriodPage(frame(plan, summary.label(), path, root, List.of()),
                new Link(plan.code(), root + Links.plan(plan.slug())), summary, documents,
                documents.docx() != null || documents.csvTemplate() != null, levels, split, split ? List.of() : rows, !split,
                unexpected, !unexpected.isEmpty())));
        return pages;
    }

    /** Writes one level's pages into {@code pages} and returns its row in the period page's level table. */
    private LevelRow levelPages(Plan plan, SiteData.PeriodRef ref, String periodLabel, int level, List<UnitStatusRow> units,
                                String periodRoot, Map<String, Page> pages) {
        int count = (units.size() + pageSize - 1) / pageSize;
        String levelText = PlanPages.levelText(level);
        List<Link> fromPeriod = new ArrayList<>();
        for (int page = 1; page <= count; page++) {
            String path = Links.periodLevel(plan.slug(), ref.code(), level, page);
            String root = Links.rootOf(path);
            List<PagerLink> pager = new ArrayList<>();
            for (int other = 1; other <= count; other++) {
                pager.add(new PagerLink("Trang " + other, root + Links.periodLevel(plan.slug(), ref.code(), level, other), other == page));
            }
            int from = (page - 1) * pageSize;
            List<UnitStatusRow> slice = relinked(units.subList(from, Math.min(units.size(), from + pageSize)), periodRoot, root);
            String heading = levelText + ": đơn vị " + ViFormat.integer(from + 1) + " đến " + ViFormat.integer(from + slice.size())
                    + " trong " + ViFormat.integer(units.size()) + ", chưa nộp và trễ hạn trước.";
            String pageLabel = count == 1 ? levelText : levelText + ", trang " + page;
            pages.put(path, new Page("period-level", new LevelPage(frame(plan, periodLabel, Links.period(plan.slug(), ref.code()), root,
                    List.of(new Link(pageLabel, root + path))), new Link(plan.code(), root + Links.plan(plan.slug())),
                    new Link(periodLabel, root + Links.period(plan.slug(), ref.code())), periodLabel, heading, pager, count > 1, slice)));
            fromPeriod.add(new Link(count == 1 ? "Danh sách" : "Trang " + page, periodRoot + path));
        }
        return new LevelRow(levelText, n(units.size()), n(count(units, "dung_han")), n(count(units, "tre_han")),
                n(count(units, "chua_nop")), n(count(units, "chua_den_han")), fromPeriod);
    }

    /** The rows were linked from the period page; a level page sits deeper, so its links need another root. */
    private static List<UnitStatusRow> relinked(List<UnitStatusRow> rows, String from, String to) {
        return rows.stream().map(r -> new UnitStatusRow(rerooted(r.unit(), from, to),
                r.level(), r.levelText(), r.statusText(), r.statusClass(), r.submittedText(), r.lastText(), r.submissionsText(),
                r.daysLateText(), r.sortDays(), r.sources() == null ? null : rerooted(r.sources(), from, to),
                r.form() == null ? null : rerooted(r.form(), from, to))).toList();
    }

    private static Link rerooted(Link link, String from, String to) {
        return new Link(link.text(), to + link.href().substring(from.length()));
    }

    private PageFrame frame(Plan plan, String periodLabel, String periodPath, String root, List<Link> more) {
        List<Link> trail = new ArrayList<>(List.of(new Link("Trang chủ", root + Links.home()),
                new Link(plan.code(), root + Links.plan(plan.slug())), new Link(periodLabel, root + periodPath)));
        trail.addAll(more);
        String title = plan.code() + " - " + periodLabel + (more.isEmpty() ? "" : " - " + more.get(more.size() - 1).text());
        return new PageFrame(title, root, ViFormat.date(asOf), trail);
    }

    private static long count(List<UnitStatusRow> rows, String status) {
        return rows.stream().filter(r -> r.statusClass().equals(status)).count();
    }

    private static String n(long value) {
        return ViFormat.integer(value);
    }
}
