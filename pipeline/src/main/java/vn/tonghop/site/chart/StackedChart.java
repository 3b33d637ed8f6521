package vn.tonghop.site.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Horizontal stacked bars of counts: one bar per category (a period, a unit), one segment per series
 * (a status), coloured with the given colours (see {@link StatusColours}).
 *
 * @param id            [a-z0-9-]+, unique on the page; ids inside the SVG derive from it
 * @param title         drawn at the top and given as the SVG's {@code <title>}
 * @param description   the SVG's {@code <desc>}
 * @param categories    the bars, top to bottom; unit names are abbreviated by the chart
 * @param seriesNames   the segments, left to right, as the legend names them; unique
 * @param seriesColours a "#RRGGBB" colour per series
 * @param values        values[series][category], counts: finite and not negative
 */
public record StackedChart(String id, String title, String description, List<String> categories,
                           List<String> seriesNames, List<String> seriesColours, List<List<Double>> values) {
    public StackedChart {
        Checks.id(id);
        Checks.text(title, "title", id);
        Checks.text(description, "description", id);
        categories = Checks.copy(categories, "categories", id);
        Checks.noNulls(categories, "categories", id);
        seriesNames = Checks.copy(seriesNames, "seriesNames", id);
        Checks.noNulls(seriesNames, "seriesNames", id);
        Checks.unique(seriesNames, "seriesNames", id);
        seriesColours = Checks.copy(seriesColours, "seriesColours", id);
        Checks.require(seriesColours.size() == seriesNames.size(),
                "chart \"%s\" has %d series colours for %d series", id, seriesColours.size(), seriesNames.size());
        for (int s = 0; s < seriesColours.size(); s++) {
            Checks.colour(seriesColours.get(s), "colour of series \"" + seriesNames.get(s) + "\" of chart \"" + id + "\"");
        }
        Checks.require(values != null, "values of chart \"%s\" are null", id);
        Checks.require(values.size() == seriesNames.size(),
                "chart \"%s\" has values for %d series but %d series names", id, values.size(), seriesNames.size());
        List<List<Double>> rows = new ArrayList<>();
        for (int s = 0; s < values.size(); s++) {
            List<Double> row = values.get(s);
            Checks.require(row != null, "values of series \"%s\" of chart \"%s\" are null", seriesNames.get(s), id);
            Checks.require(row.size() == categories.size(),
                    "series \"%s\" of chart \"%s\" has %d values for %d categories",
                    seriesNames.get(s), id, row.size(), categories.size());
            for (int c = 0; c < row.size(); c++) {
                Double v = row.get(c);
                Checks.require(v != null, "value of series \"%s\", category \"%s\" of chart \"%s\" is null (use 0)",
                        seriesNames.get(s), categories.get(c), id);
                Checks.finite(v, "value of series \"%s\", category \"%s\" of chart \"%s\"",
                        seriesNames.get(s), categories.get(c), id);
                Checks.require(v >= 0, "value of series \"%s\", category \"%s\" of chart \"%s\" is negative: %s",
                        seriesNames.get(s), categories.get(c), id, v);
            }
            rows.add(List.copyOf(row));
        }
        values = Collections.unmodifiableList(rows);
    }
}
