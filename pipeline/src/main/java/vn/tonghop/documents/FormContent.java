package vn.tonghop.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.PeriodType;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.Target;
import vn.tonghop.catalog.Task;
import vn.tonghop.catalog.UnitVersion;
import vn.tonghop.vi.Fold;
import vn.tonghop.vi.ShortNames;
import vn.tonghop.vi.ViFormat;

/**
 * What one unit's form for a plan and period asks, from the catalog alone: the leaf tasks the unit
 * reports (docs/aggregation.md "Who reports a task") and the indicators the plan carries that year,
 * share indicators replaced by the two counts units type.
 */
public record FormContent(Plan plan, Period period, UnitVersion unit, LocalDate dueDate, List<FormTask> tasks,
                          List<FormIndicator> indicators) {

    public FormContent {
        tasks = List.copyOf(tasks);
        indicators = List.copyOf(indicators);
    }

    /** A leaf task as the form shows it; {@code units} names the lead and coordinating units, if any. */
    public record FormTask(String code, String text, String units) {
    }

    /**
     * An indicator a unit types: {@code target} is this unit's target as printed (empty when the catalog
     * states none for it), {@code usedFor} names the share indicator it is a count of, if any.
     */
    public record FormIndicator(Indicator indicator, String target, String usedFor) {
    }

    /**
     * The form of {@code unitCode}, valid on the period's cut-off date. An expected unit reports the
     * plan's indicators and the tasks not assigned to named units; a unit named as lead or
     * coordinating unit of a task also reports that task, whether the rule expects it or not.
     * {@code expectedReporters} are the period's ({@link Catalog#expectedReporters}), found once by
     * the caller for all its forms: finding them walks the whole tree, which, once per form, was most
     * of the documents stage at 50,000 units.
     */
    static FormContent of(Catalog catalog, Plan plan, Period period, String unitCode, Set<String> expectedReporters) {
        LocalDate cutOff = catalog.cutOff(plan, period);
        UnitVersion unit = catalog.units().versionOn(unitCode, cutOff).orElseThrow(() -> new IllegalArgumentException(
                "đơn vị " + unitCode + " không có hiệu lực vào ngày chốt " + ViFormat.date(cutOff) + " của kỳ " + period.code()));
        boolean expected = expectedReporters.contains(unit.code());
        List<FormTask> tasks = new ArrayList<>();
        plan.leafTasks().forEach(t -> {
            List<String> named = designated(catalog, t);
            if (named.isEmpty() ? expected : named.contains(unit.code())) {
                tasks.add(new FormTask(t.code(), text(t), units(catalog, t, cutOff)));
            }
        });
        return new FormContent(plan, period, unit, catalog.dueDate(plan, period), tasks,
                expected ? indicators(catalog, plan, period, unit) : List.of());
    }

    /** The units a task names (lead, then coordinating), as the catalog spells their codes; inheritance is the loader's. */
    static List<String> designated(Catalog catalog, Task task) {
        List<String> codes = new ArrayList<>(task.lead());
        codes.addAll(task.coordinate());
        return codes.stream().map(c -> catalog.units().canonicalCode(c).orElse(c)).distinct().toList();
    }

    private static String text(Task task) {
        List<String> notes = new ArrayList<>();
        if (task.deadline() != null) {
            notes.add("thời hạn " + ViFormat.date(task.deadline()) + (task.assumed().contains("deadline") ? " (giả định)" : ""));
        }
        if (task.ongoing()) {
            notes.add("thường xuyên");
        }
        return notes.isEmpty() ? task.text() : task.text() + " (" + String.join("; ", notes) + ")";
    }

    private static String units(Catalog catalog, Task task, LocalDate cutOff) {
        List<String> parts = new ArrayList<>();
        if (!task.lead().isEmpty()) {
            parts.add("Chủ trì: " + names(catalog, task.lead(), cutOff));
        }
        if (!task.coordinate().isEmpty()) {
            parts.add("Phối hợp: " + names(catalog, task.coordinate(), cutOff));
        }
        return String.join("\n", parts);
    }

    private static String names(Catalog catalog, List<String> codes, LocalDate cutOff) {
        return codes.stream().map(code -> catalog.units().canonicalCode(code)
                        .flatMap(c -> catalog.units().versionOn(c, cutOff).or(() -> catalog.units().latest(c)))
                        .map(v -> ShortNames.unit(v.name())).orElse(code))
                .collect(Collectors.joining(", "));
    }

    /** Typed indicators the plan carries in the period's year, in catalog order; a share's counts carry its name and target. */
    private static List<FormIndicator> indicators(Catalog catalog, Plan plan, Period period, UnitVersion unit) {
        List<Indicator> carried = catalog.movements().stream().flatMap(m -> m.indicators().stream())
                .filter(i -> plan.carries(i.code(), period.year())).toList();
        List<FormIndicator> out = new ArrayList<>();
        for (Indicator indicator : carried) {
            if (indicator.isComputed()) {
                continue;
            }
            Optional<Indicator> share = carried.stream().filter(Indicator::isComputed)
                    .filter(s -> indicator.code().equals(s.numerator()) || indicator.code().equals(s.denominator())).findFirst();
            String usedFor = share.map(s -> (indicator.code().equals(s.numerator()) ? "tử số" : "mẫu số") + " của chỉ tiêu "
                    + s.code() + " (" + s.name() + targetSuffix(s, period, unit) + ")").orElse("");
            out.add(new FormIndicator(indicator, target(indicator, period, unit), usedFor));
        }
        return out;
    }

    private static String targetSuffix(Indicator share, Period period, UnitVersion unit) {
        String target = target(share, period, unit);
        return target.isEmpty() ? "" : "; chỉ tiêu giao: " + target;
    }

    /**
     * This unit's target: a per-unit target for its kind, or the level an average or share indicator
     * sets for every unit. Sum targets are annual (docs/aggregation.md "Targets"), so a form for a
     * shorter period says so; an absolute sum target belongs to the whole plan, not to one unit.
     */
    static String target(Indicator indicator, Period period, UnitVersion unit) {
        Target target = indicator.target();
        boolean sum = indicator.acrossUnits() == Indicator.AcrossUnits.SUM;
        if (target == null) {
            return "";
        }
        Double value = target.perUnit() != null
                && target.kinds().stream().map(Fold::fold).anyMatch(k -> k.equals(Fold.fold(unit.kind()))) ? target.perUnit()
                : !sum && target.absolute() != null ? target.absolute() : null;
        if (value == null) {
            return "";
        }
        boolean percent = indicator.valueType() == Indicator.ValueType.PERCENT;
        String printed = ViFormat.number(value, 2) + (percent ? "%" : " " + indicator.unitOfMeasure());
        return sum && period.type() != PeriodType.YEAR ? printed + " (cả năm)" : printed;
    }
}
