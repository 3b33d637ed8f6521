package vn.tonghop.catalog;

/**
 * An indicator of a movement. A {@code SHARE} indicator is never typed by units: it is the
 * sum of {@code numerator} over the sum of {@code denominator}, both counts that units report.
 */
public record Indicator(String code, String movementCode, String name, String unitOfMeasure, ValueType valueType,
                        AcrossUnits acrossUnits, OverTime overTime, String numerator, String denominator,
                        Target target) {

    public enum ValueType { INTEGER, DECIMAL, PERCENT }

    public enum AcrossUnits { SUM, AVERAGE, SHARE }

    public enum OverTime { SUM, LAST }

    public boolean isComputed() {
        return acrossUnits == AcrossUnits.SHARE;
    }
}
