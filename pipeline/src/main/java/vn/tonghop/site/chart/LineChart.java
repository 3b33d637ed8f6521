package vn.tonghop.site.chart;

import java.util.List;

/**
 * Lines over periods: each series has one value (or null) per category, in order.
 *
 * @param id             [a-z0-9-]+, unique on the page; ids inside the SVG derive from it
 * @param title          drawn at the top and given as the SVG's {@code <title>}
 * @param description    the SVG's {@code <desc>}
 * @param valueAxisLabel label of the value axis, or null for none
 * @param categories     the period labels on the horizontal axis ("6T/2024", "2024")
 * @param series         the lines, names unique; legend at the bottom
 * @param target         a target (chỉ tiêu) drawn as a dashed horizontal line, or null
 */
public record LineChart(String id, String title, String description, String valueAxisLabel,
                        List<String> categories, List<LineSeries> series, Double target) {
    public LineChart {
        Checks.id(id);
        Checks.text(title, "title", id);
        Checks.text(description, "description", id);
        categories = Checks.copy(categories, "categories", id);
        Checks.noNulls(categories, "categories", id);
        series = Checks.copy(series, "series", id);
        Checks.noNulls(series, "series", id);
        Checks.unique(series.stream().map(LineSeries::name).toList(), "series names", id);
        for (LineSeries s : series) {
            Checks.require(s.values().size() == categories.size(),
                    "series \"%s\" of chart \"%s\" has %d values for %d categories",
                    s.name(), id, s.values().size(), categories.size());
        }
        if (target != null) {
            Checks.finite(target, "target of chart \"%s\"", id);
        }
    }
}
