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
import vn.tonghop.catalog.Task;
import vn.tonghop.catalog.UnitVersion;
import vn.tonghop.site.model.IndicatorRow;
import vn.tonghop.site.model.Link;
import vn.tonghop.site.model.NoteRow;
import vn.tonghop.site.model.PageFrame;
import vn.tonghop.site.model.PeriodSummary;
import vn.tonghop.site.model.TaskRow;
import vn.tonghop.site.model.UnitStatusRow;
import vn.tonghop.vi.Sentences;
import vn.tonghop.vi.ViFormat;

/** View models of the plan pages: the overview per plan and the status page per period. */
final class PlanPages {
    record PlanPage(PageFrame frame, String code, String title, String issuer, String issueDateText, boolean issueDateAssumed,
                    List<String> implementsDocs, String assumedText, boolean hasAssumed, PeriodSummary latest, boolean hasLatest,
                    List<PeriodSummary> open, boolean hasOpen, List<PeriodSummary> history, List<TaskRow> tasks,
                    List<IndicatorRow> indicators, boolean hasIndicators, String tasksPeriodLabel, String chart, String taskChart,
                    List<String> highlights, boolean hasHighlights, List<Deliverable> deliverables, boolean hasDeliverables) {
    }

    /**
     * A task with a deadline: how many units did it on time, late, are overdue or not yet due, and the
     * first {@value #SUMMARY_LIST} overdue units by name (the tasks download has them all).
     */
    record Deliverable(String taskLabel, String taskText, String deadlineText, String onTimeText, String lateText, String overdueText,
                       String notDueText, List<Link> overdueUnits, boolean hasOverdueUnits, String moreOverdueText) {
    }

    /** Units' notes shown under a task; the search page finds all of them. */
    static final int NOTES_PER_TASK = 30;

    /** Late or missing units listed in a period summary; the period's own pages list every unit. */
    static final int SUMMARY_LIST = 30;

    private final Catalog catalog;
    private final SiteData data;
    private final LocalDate asOf;
    private final DocumentFiles documents;

    PlanPages(Catalog catalog, SiteData data, LocalDate asOf, DocumentFiles documents) {
        this.catalog = catalog;
        this.data = data;
        this.asOf = asOf;
        this.documents = documents;
    }

    DocumentFiles documents() {
        return documents;
    }

    /** The latest period whose due date has passed, if any. */
    Optional<SiteData.PeriodRef> latestDue(Plan plan) {
        return data.periods(plan.code()).stream().filter(p -> p.due().isBefore(asOf)).reduce((a, b) -> b);
    }

    PeriodSummary summary(Plan plan, SiteData.PeriodRef ref, String root) {
        return summary(plan, ref, root, statusRows(plan, ref.code(), root));
    }

    /** The same from the period's status rows when the caller has them already. */
    PeriodSummary summary(Plan plan, SiteData.PeriodRef ref, String root, List<UnitStatusRow> statusRows) {
        String unit = plan.reporters().subtree();
        Map<String, Object> s = data.summary(plan.code(), ref.code(), unit, "cay").orElse(Map.of());
        Period period = Period.parse(ref.code()).orElseThrow();
        long expected = SiteData.asLong(s, "ky_vong");
        String sentence = Sentences.reporting(period.vietnamese(), expected, SiteData.asLong(s, "da_nop"),
                SiteData.asLong(s, "dung_han"), SiteData.asLong(s, "tre_han"), SiteData.asLong(s, "chua_nop"));
        List<UnitStatusRow> lateOrMissing = statusRows.stream()
                .filter(r -> r.statusClass().equals("tre_han") || r.statusClass().equals("chua_nop")).toList();
        // a summary never grows with the country: the first ones here, all of them on the period's pages
        String more = lateOrMissing.size() > SUMMARY_LIST ? "và " + n(lateOrMissing.size() - SUMMARY_LIST)
                + " đơn vị khác: xem danh sách đầy đủ ở trang của kỳ." : "";
        lateOrMissing = lateOrMissing.subList(0, Math.min(SUMMARY_LIST, lateOrMissing.size()));
        return new PeriodSummary(new Link(ViFormat.capitalize(period.vietnamese()), root + Links.period(plan.slug(), ref.code())),
                ViFormat.capitalize(period.vietnamese()), ViFormat.date(ref.due()), n(expected), n(SiteData.asLong(s, "da_nop")),
                n(SiteData.asLong(s, "dung_han")), n(SiteData.asLong(s, "tre_han")), n(SiteData.asLong(s, "chua_nop")),
                n(SiteData.asLong(s, "chua_den_han")), ViFormat.percent(SiteData.asDouble(s, "ty_le_nop")),
                ViFormat.percent(SiteData.asDouble(s, "ty_le_dung_han")), sentence, lateOrMissing, !lateOrMissing.isEmpty(), more,
                !more.isEmpty());
    }

    /** Expected units of a period with their status, missing first, then late by days, then by name. */
    List<UnitStatusRow> statusRows(Plan plan, String period, String root) {
        return data.reporting(plan.code(), period).stream().filter(r -> Boolean.TRUE.equals(r.get("ky_vong")))
                .map(r -> statusRow(plan, r, root))
                .sorted(Comparator.comparing((UnitStatusRow u) -> order(u.statusClass())).thenComparing(u -> -u.sortDays())
                        .thenComparing(u -> u.unit().text()))
                .toList();
    }

    UnitStatusRow statusRow(Plan plan, Map<String, Object> r, String root) {
        String code = (String) r.get("ma_don_vi");
        Object days = r.get("so_ngay_tre");
        LocalDate on = (LocalDate) r.get("ngay_chot");
        int level = level(code, plan.reporters().subtree(), on);
        return new UnitStatusRow(new Link(unitName(code, on), root + Links.unit(code)), level, levelText(level),
                StatusText.report(r.get("trang_thai")), (String) r.get("trang_thai"), ViFormat.date((LocalDate) r.get("ngay_nop")),
                ViFormat.date((LocalDate) r.get("ngay_nop_cuoi")), n(SiteData.asLong(r, "so_lan_nop")),
                days == null ? "" : n(((Number) days).longValue()), days == null ? 0 : ((Number) days).longValue(),
                data.hasSources(plan.code(), (String) r.get("ky_bao_cao"), code)
                        ? new Link("Nguồn số liệu", root + Links.sources(plan.slug(), (String) r.get("ky_bao_cao"), code)) : null,
                "chua_nop".equals(r.get("trang_thai")) ? documents.form(plan, (String) r.get("ky_bao_cao"), code, root) : null);
    }

    /** Depth of a unit below the plan's root on a date (0 = the root); -1 when outside its tree (designated units). */
    int level(String code, String planRoot, LocalDate on) {
        int depth = 0;
        String at = code;
        while (at != null && on != null) {
            if (at.equals(planRoot)) {
                return depth;
            }
            at = catalog.units().versionOn(at, on).map(UnitVersion::parentCode).orElse(null);
            depth++;
        }
        return -1;
    }

    static String levelText(int level) {
        return switch (level) {
            case -1 -> "Ngoài cây đơn vị";
            case 0 -> "Đơn vị gốc";
            default -> "Cấp " + level;
        };
    }

    private static int order(String status) {
        return switch (status) {
            case "chua_nop" -> 0;
            case "tre_han" -> 1;
            case "chua_den_han" -> 2;
            default -> 3;
        };
    }

    String unitName(String code, LocalDate on) {
        Optional<UnitVersion> v = on == null ? Optional.empty() : catalog.units().versionOn(code, on);
        return v.or(() -> catalog.units().latest(code)).map(UnitVersion::name).orElse(code);
    }

    PlanPage planPage(Plan plan, String chartSvg, String taskChartSvg) {
        String path = Links.plan(plan.slug());
        String root = Links.rootOf(path);
        List<SiteData.PeriodRef> periods = data.periods(plan.code());
        Optional<SiteData.PeriodRef> latest = latestDue(plan);
        Map<String, PeriodSummary> summaries = new java.util.LinkedHashMap<>(); // once per period, shared by the sections
        periods.forEach(p -> summaries.put(p.code(), summary(plan, p, root)));
        List<PeriodSummary> open = periods.stream().filter(p -> !p.due().isBefore(asOf)).map(p -> summaries.get(p.code())).toList();
        List<PeriodSummary> history = new ArrayList<>(summaries.values());
        java.util.Collections.reverse(history);
        String tasksPeriod = latest.map(SiteData.PeriodRef::code).orElse(null);
        List<IndicatorRow> indicators = tasksPeriod == null ? List.of()
                : indicatorRows(plan.code(), tasksPeriod, plan.reporters().subtree(), root);
        List<String> highlights = highlights(plan);
        List<Deliverable> deliverables = deliverables(plan, tasksPeriod, root);
        PageFrame frame = new PageFrame(plan.code() + " - " + plan.title(), root, ViFormat.date(asOf),
                List.of(new Link("Trang chủ", root + Links.home()), new Link(plan.code(), root + path)));
        return new PlanPage(frame, plan.code(), plan.title(), plan.issuer(), ViFormat.date(plan.issueDate()),
                plan.assumed().contains("issue_date"), plan.implementsDocs(), assumedText(plan), !plan.assumed().isEmpty(),
                latest.map(p -> summaries.get(p.code())).orElse(null), latest.isPresent(), open, !open.isEmpty(), history,
                tasksPeriod == null ? List.of() : taskRows(plan, tasksPeriod, root), indicators, !indicators.isEmpty(),
                tasksPeriod == null ? "" : Period.parse(tasksPeriod).orElseThrow().vietnamese(), chartSvg, taskChartSvg,
                highlights, !highlights.isEmpty(), deliverables, !deliverables.isEmpty());
    }

    private static final Map<String, String> PROGRESS = Map.of("dung_han", "Hoàn thành đúng hạn", "tre_han", "Hoàn thành trễ hạn",
            "qua_han", "Quá hạn, chưa hoàn thành", "chua_den_han", "Chưa đến hạn");

    /** Tasks with a deadline in the period, those with overdue units first: the deliverables leadership follows up. */
    private List<Deliverable> deliverables(Plan plan, String period, String root) {
        if (period == null) {
            return List.of();
        }
        Map<String, List<Map<String, Object>>> byTask = new java.util.LinkedHashMap<>();
        plan.allTasks().forEach(t -> byTask.put(t.code(), new ArrayList<>()));
        data.tasks(plan.code(), period).stream().filter(r -> r.get("tien_do_han") != null)
                .forEach(r -> byTask.computeIfAbsent((String) r.get("ma_muc"), k -> new ArrayList<>()).add(r));
        Map<String, Task> tasks = new java.util.HashMap<>();
        plan.allTasks().forEach(t -> tasks.put(t.code(), t));
        List<Deliverable> out = new ArrayList<>();
        List<Long> overdueCounts = new ArrayList<>();
        byTask.forEach((code, rows) -> {
            if (rows.isEmpty()) {
                return;
            }
            Task t = tasks.get(code);
            Map<String, Long> counts = rows.stream().collect(java.util.stream.Collectors.groupingBy(
                    r -> (String) r.get("tien_do_han"), java.util.stream.Collectors.counting()));
            List<String> overdue = rows.stream().filter(r -> "qua_han".equals(r.get("tien_do_han")))
                    .map(r -> (String) r.get("ma_don_vi")).sorted().toList();
            List<Link> named = overdue.stream().limit(SUMMARY_LIST).map(u -> new Link(unitName(u, null), root + Links.unit(u))).toList();
            out.add(new Deliverable(t.label(), t.text(),
                    ViFormat.date((LocalDate) rows.get(0).get("han_chot")) + (t.assumed().contains("deadline") ? " (giả định)" : ""),
                    ViFormat.integer(counts.getOrDefault("dung_han", 0L)), ViFormat.integer(counts.getOrDefault("tre_han", 0L)),
                    ViFormat.integer(overdue.size()), ViFormat.integer(counts.getOrDefault("chua_den_han", 0L)), named, !named.isEmpty(),
                    overdue.size() > named.size() ? "và " + ViFormat.integer(overdue.size() - named.size())
                            + " đơn vị khác (danh sách đầy đủ trong tệp tasks ở trang Tải dữ liệu)" : ""));
            overdueCounts.add((long) overdue.size());
        });
        // tasks with overdue units first, each group in the plan's order
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, out.size()).boxed().toList());
        order.sort(Comparator.comparing((Integer i) -> overdueCounts.get(i) > 0 ? 0 : 1).thenComparing(i -> i));
        return order.stream().map(out::get).toList();
    }

    /**
     * The movement figures leadership reads first, as sentences, for the plan's latest period due:
     * indicators with a target, then the first of each movement; with the change on the same period last year.
     */
    List<String> highlights(Plan plan) {
        Optional<SiteData.PeriodRef> latest = latestDue(plan);
        if (latest.isEmpty()) {
            return List.of();
        }
        Period period = Period.parse(latest.get().code()).orElseThrow();
        Period lastYear = new Period(period.year() - 1, period.type(), period.number());
        List<String> out = new ArrayList<>();
        java.util.Set<String> movementsSeen = new java.util.HashSet<>();
        for (Map<String, Object> r : data.indicators(plan.code(), latest.get().code(), plan.reporters().subtree())) {
            var indicator = catalog.indicator((String) r.get("ma_chi_tieu")).orElseThrow();
            Double value = SiteData.asDouble(r, "gia_tri_tong_hop");
            boolean firstOfMovement = movementsSeen.add(indicator.movementCode());
            if (value == null || (r.get("chi_tieu") == null && !firstOfMovement)) {
                continue;
            }
            int decimals = indicator.valueType() == vn.tonghop.catalog.Indicator.ValueType.INTEGER ? 0 : 1;
            String sentence = Sentences.indicator(indicator.name(), value, indicator.unitOfMeasure(), decimals,
                    SiteData.asDouble(r, "chenh_lech_cung_ky"), lastYear.vietnamese());
            Double target = SiteData.asDouble(r, "chi_tieu");
            if (target != null) {
                sentence = sentence.substring(0, sentence.length() - 1) + "; chỉ tiêu "
                        + withUnit(ViFormat.number(target, decimals), indicator.unitOfMeasure())
                        + " (đạt " + ViFormat.percent(SiteData.asDouble(r, "ty_le_dat")) + ").";
            }
            out.add(ViFormat.capitalize(period.vietnamese()) + ", " + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1));
        }
        return out;
    }

    /** Completion of each task across every unit that reports it (designated units outside the tree included). */
    private List<TaskRow> taskRows(Plan plan, String period, String root) {
        List<Map<String, Object>> rows = data.tasks(plan.code(), period);
        List<TaskRow> out = new ArrayList<>();
        for (Task top : plan.tasks()) {
            addTask(top, 0, rows, root, out);
        }
        return out;
    }

    private void addTask(Task t, int depth, List<Map<String, Object>> rows, String root, List<TaskRow> out) {
        List<Map<String, Object>> mine = rows.stream().filter(r -> t.code().equals(r.get("ma_muc"))).toList();
        List<NoteRow> notes = new ArrayList<>();
        mine.stream().filter(r -> r.get("ghi_chu") != null).limit(NOTES_PER_TASK).forEach(r -> notes.add(
                new NoteRow(new Link(unitName((String) r.get("ma_don_vi"), null), root + Links.unit((String) r.get("ma_don_vi"))),
                        StatusText.task(r.get("trang_thai")), (String) r.get("ghi_chu"))));
        long done = mine.stream().filter(r -> Boolean.TRUE.equals(r.get("hoan_thanh_ky"))).count();
        String lead = t.lead().isEmpty() ? "" : "Chủ trì: " + String.join(", ", t.lead().stream().map(u -> unitName(u, null)).toList());
        out.add(new TaskRow(t.code(), t.label(), t.text(), depth, !t.isLeaf(), lead,
                t.deadline() == null ? "" : ViFormat.date(t.deadline()) + (t.assumed().contains("deadline") ? " (giả định)" : ""),
                count(mine, "hoan_thanh"), count(mine, "dang_thuc_hien"), count(mine, "chua_thuc_hien"), count(mine, "khong_bao_cao"),
                mine.isEmpty() ? "—" : ViFormat.percent((double) done / mine.size()), notes, !notes.isEmpty(),
                moreNotes(mine.stream().filter(r -> r.get("ghi_chu") != null).count())));
        t.children().forEach(c -> addTask(c, depth + 1, rows, root, out));
    }

    private static String moreNotes(long all) {
        return all <= NOTES_PER_TASK ? "" : "Và " + n(all - NOTES_PER_TASK) + " ghi chú khác: tìm theo tên đơn vị hoặc nội dung ở trang Tìm kiếm.";
    }

    private static String count(List<Map<String, Object>> rows, String status) {
        return n(rows.stream().filter(r -> status.equals(r.get("trang_thai"))).count());
    }

    List<IndicatorRow> indicatorRows(String plan, String period, String unit, String root) {
        List<IndicatorRow> out = new ArrayList<>();
        for (Map<String, Object> r : data.indicators(plan, period, unit)) {
            var indicator = catalog.indicator((String) r.get("ma_chi_tieu")).orElseThrow();
            int decimals = indicator.valueType() == vn.tonghop.catalog.Indicator.ValueType.INTEGER ? 0 : 1;
            String movement = catalog.movements().stream().filter(m -> m.code().equals(indicator.movementCode()))
                    .map(vn.tonghop.catalog.Movement::slug).findFirst().orElseThrow();
            Double applies = SiteData.asDouble(r, "so_don_vi_ap_dung");
            out.add(new IndicatorRow(new Link(indicator.code(), root + Links.movement(movement)), indicator.name(),
                    withUnit(ViFormat.value(SiteData.asDouble(r, "gia_tri_tong_hop"), decimals), indicator.unitOfMeasure()),
                    indicator.unitOfMeasure(),
                    n(SiteData.asLong(r, "so_don_vi_co_so_lieu")) + "/" + n(SiteData.asLong(r, "so_don_vi_ky_vong")),
                    ViFormat.value(SiteData.asDouble(r, "chi_tieu"), decimals), ViFormat.percent(SiteData.asDouble(r, "ty_le_dat")),
                    applies == null ? "" : n(SiteData.asLong(r, "so_don_vi_dat")) + "/" + n(applies.longValue()) + " đơn vị đạt",
                    signed(SiteData.asDouble(r, "chenh_lech_ky_truoc"), decimals),
                    signed(SiteData.asDouble(r, "chenh_lech_cung_ky"), decimals)));
        }
        return out;
    }

    static String withUnit(String value, String unit) {
        return value.equals("—") || unit == null || unit.isBlank() ? value : unit.equals("%") ? value + "%" : value + " " + unit;
    }

    private static String signed(Double change, int decimals) {
        return change == null ? "—" : (change > 0 ? "+" : "") + ViFormat.number(change, decimals);
    }

    private static final Map<String, String> FIELD_NAMES = Map.ofEntries(Map.entry("code", "số hiệu"),
            Map.entry("issue_date", "ngày ban hành"), Map.entry("valid_from", "ngày bắt đầu hiệu lực"),
            Map.entry("valid_to", "ngày hết hiệu lực"), Map.entry("superior_body", "cơ quan cấp trên"), Map.entry("place", "địa danh"),
            Map.entry("signer_title", "chức vụ người ký"), Map.entry("signer_name", "người ký"), Map.entry("recipients", "nơi nhận"),
            Map.entry("calendar", "lịch báo cáo"), Map.entry("calendar.shift_off_holidays", "lùi hạn nộp khi trùng ngày nghỉ"),
            Map.entry("reporters", "đối tượng báo cáo"));

    private static String assumedText(Plan plan) {
        return plan.assumed().isEmpty() ? "" : "Văn bản không ghi các mục sau; danh mục ghi theo giả định: "
                + String.join(", ", plan.assumed().stream().map(f -> FIELD_NAMES.getOrDefault(f, f)).toList()) + ".";
    }

    private static String n(long value) {
        return ViFormat.integer(value);
    }
}
