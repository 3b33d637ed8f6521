package vn.tonghop.site.model;

/** One unit's report in a period: status text and CSS class, dates and days, formatted. */
public record UnitStatusRow(Link unit, String statusText, String statusClass, String submittedText, String lastText,
                            String submissionsText, String daysLateText, long sortDays) {
}
