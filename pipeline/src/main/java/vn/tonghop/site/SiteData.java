package vn.tonghop.site;

import vn.tonghop.aggregate.PublishedDatasets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lookups over the published datasets for page building, grouped once by plan, period and unit. */
final class SiteData {
    /** Datasets of which {@link #read} keeps only some rows. */
    static final java.util.Set<String> HELD_IN_PART = java.util.Set.of("task_summary");
    static final List<String> NAMES = List.of("reporting", "reporting_summary", "tasks", "task_summary", "indicators",
            "submissions", "quarantine");
    private final PublishedDatasets tables;
    private final Map<String, List<Map<String, Object>>> summaryByPlanPeriod;
    private final Map<String, List<Map<String, Object>>> reportingByPlanPeriod;
    private final Map<String, List<Map<String, Object>>> reportingByUnit;
    private final Map<String, List<Map<String, Object>>> summaryByUnit;
    private final Map<String, List<Map<String, Object>>> indicatorsByPlanPeriodUnit;
    private final Map<String, List<Map<String, Object>>> taskSummaryByPlanPeriodUnit;
    private final java.util.Set<String> withSources;
    private final Map<String, List<Map<String, Object>>> tasksByPlanPeriodUnit;
    private final Map<String, List<Map<String, Object>>> tasksByPlanPeriod;
    private final Map<String, List<Map<String, Object>>> submissionsByUnit;
    private final Map<String, List<Map<String, Object>>> reportByPlanPeriodUnit;
    private final Map<String, List<PeriodRef>> periodsByPlan;
    private final List<Map<String, Object>> tasksWithNotes;
    private final Map<String, java.util.SortedSet<Integer>> quarantineByUnit = new java.util.HashMap<>();

    /**
     * The datasets as the site uses them. Of task_summary only the subtree rows of units that have
     * children are kept: the summary tables' subtotal rows are its only reader, and at national size
     * the whole dataset is tens of millions of rows.
     */
    static SiteData read(java.nio.file.Path datasetsDir, vn.tonghop.catalog.Catalog catalog) {
        java.util.Set<String> parents = new java.util.HashSet<>();
        catalog.units().allVersions().forEach(v -> {
            if (v.parentCode() != null) {
                parents.add(v.parentCode());
            }
        });
        return new SiteData(PublishedDatasets.read(datasetsDir, NAMES, Map.of("task_summary",
                r -> "cay".equals(r.get("pham_vi")) && parents.contains((String) r.get("ma_don_vi")))));
    }

    SiteData(PublishedDatasets tables) {
        this.tables = tables;
        this.summaryByPlanPeriod = group("reporting_summary", r -> key(r.get("ma_ke_hoach"), r.get("ky_bao_cao")));
        this.reportingByPlanPeriod = group("reporting", r -> key(r.get("ma_ke_hoach"), r.get("ky_bao_cao")));
        this.reportingByUnit = group("reporting", r -> (String) r.get("ma_don_vi"));
        this.summaryByUnit = group("reporting_summary", r -> (String) r.get("ma_don_vi"));
        this.indicatorsByPlanPeriodUnit = group("indicators", r -> key(r.get("ma_ke_hoach"), r.get("ky_bao_cao"), r.get("ma_don_vi")));
        this.taskSummaryByPlanPeriodUnit = group("task_summary", r -> key(r.get("ma_ke_hoach"), r.get("ky_bao_cao"), r.get("ma_don_vi")));
        this.tasksByPlanPeriodUnit = group("tasks", r -> key(r.get("ma_ke_hoach"), r.get("ky_bao_cao"), r.get("ma_don_vi")));
        this.tasksByPlanPeriod = group("tasks", r -> key(r.get("ma_ke_hoach"), r.get("ky_bao_cao")));
        this.submissionsByUnit = group("submissions", r -> (String) r.get("ma_don_vi"));
        this.reportByPlanPeriodUnit = group("reporting", r -> key(r.get("ma_ke_hoach"), r.get("ky_bao_cao"), r.get("ma_don_vi")));
        this.tasksWithNotes = tables.rows("tasks").stream().filter(r -> r.get("ghi_chu") != null).toList();
        this.periodsByPlan = tables.rows("reporting_summary").stream()
                .map(r -> new PeriodRef((String) r.get("ky_bao_cao"), (LocalDate) r.get("han_nop"), (Integer) r.get("nam"),
                        (String) r.get("ma_ke_hoach")))
                .distinct().collect(Collectors.groupingBy(PeriodRef::plan, Collectors.collectingAndThen(Collectors.toList(),
                        list -> list.stream().sorted(Comparator.comparing(PeriodRef::due).thenComparing(PeriodRef::code)).toList())));
        // a rejected row belongs to the unit it names, however the file typed its code
        List<Map<String, Object>> quarantine = tables.rows("quarantine");
        for (int i = 0; i < quarantine.size(); i++) {
            Map<String, Object> r = quarantine.get(i);
            for (Object unit : java.util.Arrays.asList(r.get("ma_don_vi"), r.get("ma_don_vi_goc"))) {
                if (unit != null) {
                    quarantineByUnit.computeIfAbsent(unit.toString().toUpperCase(java.util.Locale.ROOT), k -> new java.util.TreeSet<>()).add(i);
                }
            }
        }
        // the lineage dataset has rows for exactly these (it is streamed, never held): a counted submission, or a value
        this.withSources = new java.util.HashSet<>();
        tables.rows("reporting").stream().filter(r -> asLong(r, "so_lan_nop") > 0)
                .forEach(r -> withSources.add(key(r.get("ma_ke_hoach"), r.get("ky_bao_cao"), r.get("ma_don_vi"))));
        tables.rows("indicators").stream().filter(r -> r.get("gia_tri") != null || r.get("gia_tri_tong_hop") != null)
                .forEach(r -> withSources.add(key(r.get("ma_ke_hoach"), r.get("ky_bao_cao"), r.get("ma_don_vi"))));
    }

    private Map<String, List<Map<String, Object>>> group(String dataset, java.util.function.Function<Map<String, Object>, String> by) {
        return tables.rows(dataset).stream().collect(Collectors.groupingBy(by, LinkedHashMap::new, Collectors.toList()));
    }

    static String key(Object... parts) {
        return java.util.Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("|"));
    }

    /** The plan's periods present in the datasets, oldest first (by due date, then code). */
    List<PeriodRef> periods(String planCode) {
        return periodsByPlan.getOrDefault(planCode, List.of());
    }

    record PeriodRef(String code, LocalDate due, int year, String plan) {
    }

    /** A unit's row of the reporting dataset in a plan's period. */
    Optional<Map<String, Object>> report(String plan, String period, String unit) {
        return reportByPlanPeriodUnit.getOrDefault(key(plan, period, unit), List.of()).stream().findFirst();
    }

    Optional<Map<String, Object>> summary(String plan, String period, String unit, String scope) {
        return summaryByPlanPeriod.getOrDefault(key(plan, period), List.of()).stream()
                .filter(r -> unit.equals(r.get("ma_don_vi")) && scope.equals(r.get("pham_vi"))).findFirst();
    }

    List<Map<String, Object>> reporting(String plan, String period) {
        return reportingByPlanPeriod.getOrDefault(key(plan, period), List.of());
    }

    List<Map<String, Object>> summariesOfUnit(String unit) {
        return summaryByUnit.getOrDefault(unit, List.of());
    }

    List<Map<String, Object>> reportingOfUnit(String unit) {
        return reportingByUnit.getOrDefault(unit, List.of());
    }

    List<Map<String, Object>> indicators(String plan, String period, String unit) {
        return indicatorsByPlanPeriodUnit.getOrDefault(key(plan, period, unit), List.of());
    }

    List<Map<String, Object>> taskSummary(String plan, String period, String unit) {
        return taskSummaryByPlanPeriodUnit.getOrDefault(key(plan, period, unit), List.of());
    }

    List<Map<String, Object>> tasks(String plan, String period) {
        return tasksByPlanPeriod.getOrDefault(key(plan, period), List.of());
    }

    List<Map<String, Object>> tasks(String plan, String period, String unit) {
        return tasksByPlanPeriodUnit.getOrDefault(key(plan, period, unit), List.of());
    }

    /** Whether a unit's figures in a plan's period have sources, so a page of them exists. */
    boolean hasSources(String plan, String period, String unit) {
        return withSources.contains(key(plan, period, unit));
    }

    List<Map<String, Object>> rows(String dataset) {
        return tables.rows(dataset);
    }

    /** Task rows that carry a unit's note, in dataset order. */
    List<Map<String, Object>> tasksWithNotes() {
        return tasksWithNotes;
    }

    List<Map<String, Object>> submissionsOfUnit(String unit) {
        return submissionsByUnit.getOrDefault(unit, List.of());
    }

    /** Quarantined rows naming the unit, as stored or as typed in any case, in dataset order. */
    List<Map<String, Object>> quarantineOfUnit(String unit) {
        List<Map<String, Object>> rows = tables.rows("quarantine");
        return quarantineByUnit.getOrDefault(unit.toUpperCase(java.util.Locale.ROOT), java.util.Collections.emptySortedSet()).stream()
                .map(rows::get).filter(r -> unit.equals(r.get("ma_don_vi")) || unit.equalsIgnoreCase(String.valueOf(r.get("ma_don_vi_goc"))))
                .toList();
    }

    List<Map<String, Object>> quarantine() {
        return tables.rows("quarantine");
    }

    List<Map<String, Object>> submissions() {
        return tables.rows("submissions");
    }

    static long asLong(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v == null ? 0 : ((Number) v).longValue();
    }

    static Double asDouble(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v == null ? null : ((Number) v).doubleValue();
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
