package vn.tonghop.site.chart;

/**
 * One bar of a {@link BarChart}: the unit's full name (the chart abbreviates it), its value, and the
 * value as the reader should see it at the bar's end, already formatted vi-VN ("1.234", "85,5%");
 * an empty text draws no value label.
 */
public record Bar(String label, double value, String valueText) {
    public Bar {
        Checks.require(label != null && !label.isBlank(), "bar label is %s", label == null ? "null" : "blank");
        Checks.finite(value, "value of bar \"%s\"", label);
        Checks.require(valueText != null, "valueText of bar \"%s\" is null", label);
    }
}
