package vn.tonghop.site.chart;

import java.util.List;

/**
 * One line of a {@link LineChart}: a value per category (period), null where there is no data
 * (drawn as a gap, never as 0).
 */
public record LineSeries(String name, List<Double> values) {
    public LineSeries {
        Checks.require(name != null && !name.isBlank(), "line series name is %s", name == null ? "null" : "blank");
        Checks.require(values != null, "values of line series \"%s\" are null", name);
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v != null) {
                Checks.finite(v, "value %d of line series \"%s\"", i, name);
            }
        }
    }
}
