package vn.tonghop.site.model;

/** An indicator's figure in a period for a unit's subtree, formatted, with coverage, target and change. */
public record IndicatorRow(Link indicator, String name, String valueText, String unitText, String coverageText,
                           String targetText, String reachedText, String unitsMeetingText, String changePreviousText,
                           String changeLastYearText) {
}
