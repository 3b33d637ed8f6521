package vn.tonghop.documents;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.UnitVersion;
import vn.tonghop.vi.ReportSentences;
import vn.tonghop.vi.ViFormat;
import vn.tonghop.vi.VietnameseOrder;

/** What every section of one document needs: the plan, the period, its data and how to name units. */
record ReportContext(Catalog catalog, ReportData data, Plan plan, Period period, ReportData.PeriodRef ref, LocalDate asOf,
                     Map<String, String> names) {
    /** A context with an empty cache of unit names: a report names the same units in many lists. */
    ReportContext(Catalog catalog, ReportData data, Plan plan, Period period, ReportData.PeriodRef ref, LocalDate asOf) {
        this(catalog, data, plan, period, ref, asOf, new HashMap<>());
    }

    String planCode() {
        return plan.code();
    }

    String periodCode() {
        return ref.code();
    }

    /** The unit at the top of the plan's reporting tree: its figures are the plan's. */
    String root() {
        return plan.reporters().subtree();
    }

    /** A unit's full name as it stood on the period's cut-off date (its latest name if it did not exist then). */
    String unitName(String code) {
        return names.computeIfAbsent(code, c -> catalog.units().versionOn(c, catalog.cutOff(plan, period))
                .or(() -> catalog.units().latest(c)).map(UnitVersion::name).orElse(c));
    }

    /** Unit names sorted the Vietnamese way, ties broken by code so the order is total. */
    List<String> unitNames(List<String> codes) {
        return VietnameseOrder.sorted(new LinkedHashSet<>(codes), this::unitName, Comparator.naturalOrder()).stream()
                .map(this::unitName).toList();
    }

    /** Units named in one sentence or item: the rest are counted ("và 1.234 đơn vị khác"), never silently left out. */
    static final int NAMED_UNITS = 30;

    /** The units' names, sorted, at most {@link #NAMED_UNITS} of them and the count of the others. */
    List<String> namedUnits(List<String> codes) {
        return ReportSentences.atMost(unitNames(codes), NAMED_UNITS);
    }

    /** Units listed one per line (missing, late), notes listed under one task: past these the rest are counted. */
    static final int LISTED_UNITS = 200;
    static final int NOTES_PER_TASK = 100;

    /** The sentence closing a list cut at {@code listed} of {@code all}: where to find the others. */
    static String othersElsewhere(int all, int listed, String what, String where) {
        return "Còn " + ViFormat.integer(all - listed) + " " + what + " khác; danh sách đầy đủ " + where + ".";
    }

    static int decimals(Indicator indicator) {
        return indicator.valueType() == Indicator.ValueType.INTEGER ? 0 : 1;
    }

    /** "Kế hoạch số 74-KH/ĐU" or "Chương trình hành động số 12-CTrHĐ/TU", as the code's symbol says. */
    String planReference() {
        String kind = plan.code().toUpperCase(Locale.ROOT).contains("CTRHĐ") ? "Chương trình hành động" : "Kế hoạch";
        return kind + " số " + plan.code();
    }
}
