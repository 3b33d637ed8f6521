package vn.tonghop.ingest;

import java.time.LocalDate;

/**
 * What the checks made of a row, as far as they got: all fields for an accepted row, the known
 * prefix (plan, year...) for a quarantined one. {@code itemKind} is "nhiem_vu" or "chi_tieu".
 */
public record ParsedRow(String unit, String planCode, String planSlug, Integer year, String period,
                        LocalDate submitted, String item, String itemKind, String taskStatus, Double percent,
                        Double value) {

    public static final String TASK = "nhiem_vu";
    public static final String INDICATOR = "chi_tieu";

    static ParsedRow empty() {
        return new ParsedRow(null, null, null, null, null, null, null, null, null, null, null);
    }

    ParsedRow withPlan(String code, String slug, int y, String p) {
        return new ParsedRow(unit, code, slug, y, p, submitted, item, itemKind, taskStatus, percent, value);
    }

    ParsedRow withUnit(String u) {
        return new ParsedRow(u, planCode, planSlug, year, period, submitted, item, itemKind, taskStatus, percent, value);
    }

    ParsedRow withSubmitted(LocalDate d) {
        return new ParsedRow(unit, planCode, planSlug, year, period, d, item, itemKind, taskStatus, percent, value);
    }

    ParsedRow withItem(String code, String kind) {
        return new ParsedRow(unit, planCode, planSlug, year, period, submitted, code, kind, taskStatus, percent, value);
    }

    ParsedRow withValues(String status, Double pct, Double v) {
        return new ParsedRow(unit, planCode, planSlug, year, period, submitted, item, itemKind, status, pct, v);
    }

    /** The report this row belongs to, once unit, plan and period are known. */
    String reportKey() {
        return unit == null || planCode == null || period == null ? null : unit + "|" + planCode + "|" + period;
    }
}
