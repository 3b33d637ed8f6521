package vn.tonghop.oracle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tonghop.catalog.CalendarEntry;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.catalog.Movement;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.PeriodType;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.Task;
import vn.tonghop.vi.Fold;

/**
 * Copies the catalog into plain DuckDB tables: plain data only (unit versions, kinds folded, plan
 * rules, the candidate periods of each plan with their due and cut-off dates, tasks, indicators).
 * Which periods are considered, trees, expectations and everything else are left to the SQL.
 */
final class OracleCatalog {
    private static final Set<PeriodType> ENUMERATED =
            Set.of(PeriodType.YEAR, PeriodType.H1, PeriodType.H2, PeriodType.QUARTER, PeriodType.MONTH);

    private static final String DDL = """
            CREATE TABLE params(as_of DATE);
            CREATE TABLE unit_versions(ma_don_vi VARCHAR, loai VARCHAR, ma_cap_tren VARCHAR, tu DATE, den DATE);
            CREATE TABLE plans(ke_hoach VARCHAR, ma_ke_hoach VARCHAR, goc VARCHAR, co_h1 BOOLEAN, co_h2 BOOLEAN, co_nam BOOLEAN);
            CREATE TABLE plan_kinds(ke_hoach VARCHAR, loai VARCHAR);
            CREATE TABLE plan_periods(ke_hoach VARCHAR, ky_bao_cao VARCHAR, nam INTEGER, loai_ky VARCHAR, so INTEGER,
                ket_thuc DATE, han_nop DATE, ngay_chot DATE);
            CREATE TABLE tasks(ke_hoach VARCHAR, ma_muc VARCHAR, ma_muc_cha VARCHAR, la_nhom BOOLEAN, thuong_xuyen BOOLEAN,
                han_chot DATE);
            CREATE TABLE task_units(ke_hoach VARCHAR, ma_muc VARCHAR, ma_don_vi VARCHAR);
            CREATE TABLE indicators(ma_chi_tieu VARCHAR, ma_phong_trao VARCHAR, tong_hop VARCHAR, theo_thoi_gian VARCHAR,
                tu_so VARCHAR, mau_so VARCHAR, muc_tieu_tuyet_doi DOUBLE, muc_tieu_don_vi DOUBLE);
            CREATE TABLE target_kinds(ma_chi_tieu VARCHAR, loai VARCHAR);
            CREATE TABLE plan_indicators(ke_hoach VARCHAR, ma_chi_tieu VARCHAR, nam INTEGER);
            """;

    private OracleCatalog() {
    }

    static void load(Connection c, Catalog catalog, LocalDate asOf) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : DDL.split(";")) {
                if (!ddl.isBlank()) {
                    s.execute(ddl);
                }
            }
        }
        insert(c, "params", List.<Object[]>of(new Object[] {asOf}));
        insert(c, "unit_versions", catalog.units().allVersions().stream()
                .map(v -> new Object[] {v.code(), Fold.fold(v.kind()), v.parentCode(), v.from(), v.to()}).toList());
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> kinds = new ArrayList<>();
        List<Object[]> periods = new ArrayList<>();
        List<Object[]> tasks = new ArrayList<>();
        List<Object[]> taskUnits = new ArrayList<>();
        List<Object[]> planIndicators = new ArrayList<>();
        for (Plan plan : catalog.plans()) {
            String root = unit(catalog, plan.reporters().subtree());
            plans.add(new Object[] {plan.slug(), plan.code(), root, has(plan, PeriodType.H1), has(plan, PeriodType.H2),
                    has(plan, PeriodType.YEAR)});
            plan.reporters().kinds().forEach(k -> kinds.add(new Object[] {plan.slug(), Fold.fold(k)}));
            periods.addAll(candidatePeriods(catalog, plan, asOf));
            for (Task top : plan.tasks()) {
                addTask(catalog, plan, top, null, tasks, taskUnits);
            }
            for (Map.Entry<String, Set<Integer>> e : plan.indicatorYears().entrySet()) {
                String code = catalog.indicator(e.getKey()).map(Indicator::code).orElse(e.getKey());
                e.getValue().forEach(year -> planIndicators.add(new Object[] {plan.slug(), code, year}));
            }
        }
        insert(c, "plans", plans);
        insert(c, "plan_kinds", kinds);
        insert(c, "plan_periods", periods);
        insert(c, "tasks", tasks);
        insert(c, "task_units", taskUnits);
        insert(c, "plan_indicators", planIndicators);
        List<Object[]> indicators = new ArrayList<>();
        List<Object[]> targetKinds = new ArrayList<>();
        for (Movement m : catalog.movements()) {
            for (Indicator i : m.indicators()) {
                Double absolute = i.target() == null ? null : i.target().absolute();
                Double perUnit = i.target() == null ? null : i.target().perUnit();
                indicators.add(new Object[] {i.code(), m.code(), i.acrossUnits().name(), i.overTime().name(),
                        indicatorCode(catalog, i.numerator()), indicatorCode(catalog, i.denominator()), absolute, perUnit});
                if (i.target() != null && i.target().kinds() != null) {
                    i.target().kinds().forEach(k -> targetKinds.add(new Object[] {i.code(), Fold.fold(k)}));
                }
            }
        }
        insert(c, "indicators", indicators);
        insert(c, "target_kinds", targetKinds);
    }

    private static boolean has(Plan plan, PeriodType type) {
        return plan.calendar().entry(type).isPresent();
    }

    private static String unit(Catalog catalog, String typed) {
        return catalog.units().canonicalCode(typed).orElse(typed);
    }

    private static String indicatorCode(Catalog catalog, String typed) {
        return typed == null ? null : catalog.indicator(typed).map(Indicator::code).orElse(typed);
    }

    /**
     * Every period of an enumerated type in the calendar that belongs to the plan, from the plan's
     * first year to the year after the as-of date; the SQL keeps those ended or due by the as-of date.
     */
    private static List<Object[]> candidatePeriods(Catalog catalog, Plan plan, LocalDate asOf) {
        List<Object[]> out = new ArrayList<>();
        int last = asOf.getYear() + 1;
        if (plan.validTo() != null) {
            last = Math.min(last, plan.validTo().getYear());
        }
        for (CalendarEntry entry : plan.calendar().entries()) {
            if (!ENUMERATED.contains(entry.type())) {
                continue;
            }
            for (int year = plan.validFrom().getYear(); year <= last; year++) {
                for (Period p : Period.inYear(entry.type(), year)) {
                    if (catalog.periodInPlan(plan, p)) {
                        out.add(new Object[] {plan.slug(), p.code(), p.year(), p.type().name(), p.number(), p.end(),
                                catalog.dueDate(plan, p), catalog.cutOff(plan, p)});
                    }
                }
            }
        }
        return out;
    }

    /** Tasks as given (lead and coordinate already passed down by the catalog loader). */
    private static void addTask(Catalog catalog, Plan plan, Task t, String parent, List<Object[]> tasks, List<Object[]> units) {
        tasks.add(new Object[] {plan.slug(), t.code(), parent, !t.isLeaf(), t.ongoing(), t.deadline()});
        List<String> named = new ArrayList<>(t.lead());
        named.addAll(t.coordinate());
        named.stream().map(u -> unit(catalog, u)).distinct().forEach(u -> units.add(new Object[] {plan.slug(), t.code(), u}));
        for (Task child : t.children()) {
            addTask(catalog, plan, child, t.code(), tasks, units);
        }
    }

    static void insert(Connection c, String table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(rows.get(0).length, "?"));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    Object v = row[i];
                    ps.setObject(i + 1, v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
