package vn.tonghop.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tonghop.vi.Fold;

/**
 * The loaded, checked catalog. Lookups take codes as typed in reports and match them folded.
 * {@code fingerprint} changes whenever any catalog file changes.
 */
public final class Catalog {
    private final UnitTree units;
    private final List<Plan> plans;
    private final List<Movement> movements;
    private final Set<LocalDate> holidays;
    private final String fingerprint;
    private final Map<String, Plan> planByFoldedCode;
    private final Map<String, Indicator> indicatorByFoldedCode;
    private final Map<String, Map<String, Task>> taskByFoldedCodePerPlan;

    Catalog(UnitTree units, List<Plan> plans, List<Movement> movements, Set<LocalDate> holidays, String fingerprint) {
        this.units = units;
        this.plans = List.copyOf(plans);
        this.movements = List.copyOf(movements);
        this.holidays = Set.copyOf(holidays);
        this.fingerprint = fingerprint;
        this.planByFoldedCode = plans.stream()
                .collect(Collectors.toMap(p -> Fold.fold(p.code()), Function.identity(), (a, b) -> a));
        this.indicatorByFoldedCode = movements.stream().flatMap(m -> m.indicators().stream())
                .collect(Collectors.toMap(i -> Fold.fold(i.code()), Function.identity(), (a, b) -> a));
        this.taskByFoldedCodePerPlan = plans.stream().collect(Collectors.toMap(Plan::slug,
                p -> p.allTasks().collect(Collectors.toMap(t -> Fold.fold(t.code()), Function.identity(), (a, b) -> a))));
    }

    public UnitTree units() {
        return units;
    }

    public List<Plan> plans() {
        return plans;
    }

    public List<Movement> movements() {
        return movements;
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Optional<Plan> plan(String typedCode) {
        return Optional.ofNullable(planByFoldedCode.get(Fold.fold(typedCode)));
    }

    /** A plan as a person names it on a command line: by code ("74-KH/ĐU", "74-KH/DU") or by slug ("74-kh-du"). */
    public Optional<Plan> planByCodeOrSlug(String typed) {
        String folded = Fold.fold(typed.strip());
        return plan(typed).or(() -> plans.stream().filter(p -> p.slug().equals(folded)).findFirst());
    }

    public Optional<Indicator> indicator(String typedCode) {
        return Optional.ofNullable(indicatorByFoldedCode.get(Fold.fold(typedCode)));
    }

    public Optional<Task> task(Plan plan, String typedCode) {
        return Optional.ofNullable(taskByFoldedCodePerPlan.get(plan.slug()).get(Fold.fold(typedCode)));
    }

    public Optional<Plan> planCarrying(String indicatorCode, int year) {
        return plans.stream().filter(p -> p.carries(indicatorCode, year)).findFirst();
    }

    /** A period belongs to a plan when its type is in the calendar and its last day is within the plan's validity. */
    public boolean periodInPlan(Plan plan, Period period) {
        return plan.calendar().entry(period.type()).isPresent() && plan.validOn(period.end());
    }

    public LocalDate periodStart(Plan plan, Period period) {
        boolean review = period.type() == PeriodType.MID_REVIEW || period.type() == PeriodType.FINAL_REVIEW;
        return review ? plan.validFrom() : period.start();
    }

    /** han_nop: the calendar's rule, moved to the next working day when the plan says so. */
    public LocalDate dueDate(Plan plan, Period period) {
        CalendarEntry entry = plan.calendar().entry(period.type())
                .orElseThrow(() -> new IllegalArgumentException(
                        "kỳ " + period.code() + " không có trong lịch báo cáo của kế hoạch " + plan.code()));
        LocalDate due = entry.due().dueFor(period);
        if (plan.calendar().shiftOffHolidays()) {
            while (!isWorkingDay(due)) {
                due = due.plusDays(1);
            }
        }
        return due;
    }

    /** The earlier of the period's last day and its due date: units must be valid on it. */
    public LocalDate cutOff(Plan plan, Period period) {
        LocalDate due = dueDate(plan, period);
        return due.isBefore(period.end()) ? due : period.end();
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** Units the plan's rule says must report for a period: valid on its cut-off, in the subtree, of the kinds. */
    public Set<String> expectedReporters(Plan plan, Period period) {
        Set<String> kinds = plan.reporters().kinds().stream().map(Fold::fold).collect(Collectors.toSet());
        return units.descendantsOfKinds(plan.reporters().subtree(), kinds, cutOff(plan, period));
    }
}
