package vn.tonghop.site.model;

/**
 * One unit's report in a period: its level below the plan's root, status text and CSS class, dates
 * and days, formatted; {@code sources} (null when it has none) leads to where its figures come from,
 * {@code form} (null unless missing and written) to its blank report form.
 */
public record UnitStatusRow(Link unit, int level, String levelText, String statusText, String statusClass, String submittedText, String lastText,
                            String submissionsText, String daysLateText, long sortDays, Link sources, Link form) {
}
