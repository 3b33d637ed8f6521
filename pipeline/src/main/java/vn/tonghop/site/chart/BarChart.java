package vn.tonghop.site.chart;

import java.util.List;

/**
 * Horizontal bars, one per unit, in the given order (top to bottom).
 *
 * @param id             [a-z0-9-]+, unique on the page; ids inside the SVG derive from it
 * @param title          drawn at the top and given as the SVG's {@code <title>}
 * @param description    the SVG's {@code <desc>}: what the chart shows, for screen readers
 * @param valueAxisLabel label of the value axis, or null for none
 * @param bars           the bars; empty draws a "no data" message
 * @param target         a target (chỉ tiêu) drawn as a dashed line, or null
 */
public record BarChart(String id, String title, String description, String valueAxisLabel,
                       List<Bar> bars, Double target) {
    public BarChart {
        Checks.id(id);
        Checks.text(title, "title", id);
        Checks.text(description, "description", id);
        bars = Checks.copy(bars, "bars", id);
        Checks.noNulls(bars, "bars", id);
        if (target != null) {
            Checks.finite(target, "target of chart \"%s\"", id);
        }
    }
}
