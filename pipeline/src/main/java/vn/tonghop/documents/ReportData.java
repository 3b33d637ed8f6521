package vn.tonghop.documents;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tonghop.aggregate.PublishedDatasets;

/** The published datasets a report document is built from, grouped once by plan and period. */
final class ReportData {
    static final List<String> NAMES = List.of("reporting", "reporting_summary", "tasks", "indicators");

    /** A plan's period present in the datasets, with its due date. */
    record PeriodRef(String planCode, String code, LocalDate due) {
    }

    private final Map<String, List<Map<String, Object>>> reporting;
    private final Map<String, List<Map<String, Object>>> summaries;
    private final Map<String, List<Map<String, Object>>> tasks;
    private final Map<String, List<Map<String, Object>>> indicators;
    private final List<PeriodRef> periods;

    ReportData(PublishedDatasets tables) {
        this.reporting = group(tables.rows("reporting"));
        this.summaries = group(tables.rows("reporting_summary"));
        this.tasks = group(tables.rows("tasks"));
        this.indicators = group(tables.rows("indicators"));
        this.periods = tables.rows("reporting_summary").stream()
                .map(r -> new PeriodRef((String) r.get("ma_ke_hoach"), (String) r.get("ky_bao_cao"), (LocalDate) r.get("han_nop")))
                .distinct().sorted(Comparator.comparing(PeriodRef::planCode).thenComparing(PeriodRef::due).thenComparing(PeriodRef::code))
                .toList();
    }

    static ReportData read(java.nio.file.Path datasetsDir) {
        return new ReportData(PublishedDatasets.read(datasetsDir, NAMES));
    }

    private static Map<String, List<Map<String, Object>>> group(List<Map<String, Object>> rows) {
        Function<Map<String, Object>, String> by = r -> key(r.get("ma_ke_hoach"), r.get("ky_bao_cao"));
        return rows.stream().collect(Collectors.groupingBy(by, LinkedHashMap::new, Collectors.toList()));
    }

    private static String key(Object plan, Object period) {
        return plan + "|" + period;
    }

    /** The plan's periods in the datasets, by due date then code. */
    List<PeriodRef> periods(String planCode) {
        return periods.stream().filter(p -> p.planCode().equals(planCode)).toList();
    }

    Optional<PeriodRef> period(String planCode, String periodCode) {
        return periods(planCode).stream().filter(p -> p.code().equalsIgnoreCase(periodCode)).findFirst();
    }

    /** The period of the plan due just before this one, if the datasets have it. */
    Optional<PeriodRef> previous(PeriodRef period) {
        List<PeriodRef> all = periods(period.planCode());
        int at = all.indexOf(period);
        return at > 0 ? Optional.of(all.get(at - 1)) : Optional.empty();
    }

    List<Map<String, Object>> reporting(String plan, String period) {
        return reporting.getOrDefault(key(plan, period), List.of());
    }

    Optional<Map<String, Object>> summary(String plan, String period, String unit) {
        return summaries.getOrDefault(key(plan, period), List.of()).stream()
                .filter(r -> unit.equals(r.get("ma_don_vi")) && "cay".equals(r.get("pham_vi"))).findFirst();
    }

    List<Map<String, Object>> tasks(String plan, String period) {
        return tasks.getOrDefault(key(plan, period), List.of());
    }

    List<Map<String, Object>> indicators(String plan, String period, String unit) {
        return indicators.getOrDefault(key(plan, period), List.of()).stream().filter(r -> unit.equals(r.get("ma_don_vi"))).toList();
    }

    static long asLong(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v == null ? 0 : ((Number) v).longValue();
    }

    static Double asDouble(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v == null ? null : ((Number) v).doubleValue();
    }
}
