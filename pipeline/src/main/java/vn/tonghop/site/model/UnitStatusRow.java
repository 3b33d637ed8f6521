package vn.tonghop.site.model;

/** One unit's report in a period: its level below the plan's root, status text and CSS class, dates and days, formatted. */
public record UnitStatusRow(Link unit, int level, String levelText, String statusText, String statusClass, String submittedText, String lastText,
                            String submissionsText, String daysLateText, long sortDays) {
}
