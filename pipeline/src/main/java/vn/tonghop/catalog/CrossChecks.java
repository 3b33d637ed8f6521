package vn.tonghop.catalog;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tonghop.vi.Fold;

/** Checks between catalog files: plans against units and indicators, indicators against plans. */
final class CrossChecks {
    private CrossChecks() {
    }

    static void run(UnitTree units, List<Plan> plans, List<Movement> movements, Problems problems) {
        Set<String> kinds = units.allVersions().stream().map(v -> Fold.fold(v.kind())).collect(Collectors.toSet());
        Map<String, Indicator> indicators = new HashMap<>();
        Set<String> movementCodes = new HashSet<>();
        Set<String> movementSlugs = new HashSet<>();
        for (Movement m : movements) {
            String where = "movements.yaml, phong trào " + m.code();
            if (!movementCodes.add(Fold.fold(m.code())) || !movementSlugs.add(m.slug())) {
                problems.add(where, "mã hoặc slug phong trào bị trùng");
            }
            for (Indicator i : m.indicators()) {
                if (indicators.putIfAbsent(Fold.fold(i.code()), i) != null) {
                    problems.add(where, "mã chỉ tiêu " + i.code() + " bị trùng");
                }
                if (i.target() != null) {
                    checkKinds(i.target().kinds(), kinds, where + ", chỉ tiêu " + i.code() + ", target.kinds", problems);
                }
            }
        }
        for (Indicator i : indicators.values()) {
            if (i.isComputed()) {
                for (String part : List.of(i.numerator(), i.denominator())) {
                    Indicator p = indicators.get(Fold.fold(part));
                    if (p == null || p.isComputed()) {
                        problems.add("movements.yaml, chỉ tiêu " + i.code(),
                                "tử số/mẫu số " + part + " phải là một chỉ tiêu đếm có trong danh mục");
                    }
                }
            }
        }
        Set<String> planCodes = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        Map<String, String> carrierByIndicatorYear = new HashMap<>();
        for (Plan plan : plans) {
            String where = "plans/" + plan.slug() + ".yaml";
            if (!planCodes.add(Fold.fold(plan.code()))) {
                problems.add(where, "số hiệu kế hoạch " + plan.code() + " trùng với kế hoạch khác");
            }
            if (!slugs.add(plan.slug())) {
                problems.add(where, "slug " + plan.slug() + " trùng với kế hoạch khác");
            }
            checkPlanUnits(plan, units, kinds, where, problems);
            checkPlanIndicators(plan, indicators, carrierByIndicatorYear, where, problems);
        }
    }

    private static void checkPlanUnits(Plan plan, UnitTree units, Set<String> kinds, String where, Problems problems) {
        if (plan.validFrom() != null && plan.validTo() != null && !plan.validFrom().isBefore(plan.validTo())) {
            problems.add(where, "valid_to phải sau valid_from");
        }
        requireUnit(units, plan.issuerUnit(), where + ", issuer_unit", problems);
        requireUnit(units, plan.reporters().subtree(), where + ", reporters.subtree", problems);
        checkKinds(plan.reporters().kinds(), kinds, where + ", reporters.kinds", problems);
        plan.allTasks().forEach(t -> {
            t.lead().forEach(u -> requireUnit(units, u, where + ", nhiệm vụ " + t.code() + ", lead", problems));
            t.coordinate().forEach(u -> requireUnit(units, u, where + ", nhiệm vụ " + t.code() + ", coordinate", problems));
        });
    }

    private static void checkPlanIndicators(Plan plan, Map<String, Indicator> indicators, Map<String, String> carriers,
                                            String where, Problems problems) {
        Set<String> taskCodes = plan.allTasks().map(t -> Fold.fold(t.code())).collect(Collectors.toSet());
        plan.indicatorYears().forEach((code, years) -> {
            Indicator indicator = indicators.get(Fold.fold(code));
            if (indicator == null) {
                problems.add(where, "chỉ tiêu " + code + " không có trong movements.yaml");
                return;
            }
            if (taskCodes.contains(Fold.fold(code))) {
                problems.add(where, "mã " + code + " vừa là nhiệm vụ vừa là chỉ tiêu");
            }
            for (int year : years) {
                if (plan.validFrom() != null && !plan.validOn(LocalDate.of(year, 12, 31)) && !plan.validOn(LocalDate.of(year, 6, 30))) {
                    problems.add(where, "chỉ tiêu " + code + " năm " + year + " nằm ngoài thời gian hiệu lực của kế hoạch");
                }
                String other = carriers.putIfAbsent(indicator.code() + "@" + year, plan.slug());
                if (other != null) {
                    problems.add(where, "chỉ tiêu " + code + " năm " + year + " đã thuộc kế hoạch " + other
                            + " (mỗi chỉ tiêu mỗi năm chỉ thuộc một kế hoạch)");
                }
                if (indicator.isComputed()) {
                    for (String part : List.of(indicator.numerator(), indicator.denominator())) {
                        if (!plan.carries(part, year)) {
                            problems.add(where, "chỉ tiêu tỷ lệ " + code + " năm " + year + " cần kế hoạch theo dõi cả " + part);
                        }
                    }
                }
            }
        });
    }

    private static void requireUnit(UnitTree units, String code, String where, Problems problems) {
        if (code == null || code.isBlank()) {
            return;
        }
        if (units.versions(code).isEmpty()) {
            problems.add(where, "đơn vị " + code + " không có trong units.csv");
        }
    }

    private static void checkKinds(List<String> wanted, Set<String> known, String where, Problems problems) {
        wanted.stream().filter(k -> !known.contains(Fold.fold(k)))
                .forEach(k -> problems.add(where, "loại đơn vị '" + k + "' không có đơn vị nào trong units.csv"));
    }
}
