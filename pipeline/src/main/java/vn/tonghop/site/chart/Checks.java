package vn.tonghop.site.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Fail-fast argument checks for the chart records, with messages that name the offending value. */
final class Checks {
    /**
     * Chart ids: lower-case letters, digits and hyphens. Not ending in "-title" or "-desc", so that no
     * chart id can equal an id derived from another chart's id ({@code <id>-title}, {@code <id>-desc};
     * the SVG's own defs use {@code <id>_clip-0}..., with a "_" no chart id has): several charts inline
     * on one page never share an id.
     */
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private Checks() {
    }

    static void require(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(format, args));
        }
    }

    static String id(String id) {
        require(id != null, "chart id is null");
        require(ID.matcher(id).matches(),
                "chart id \"%s\" must be [a-z0-9-]+ (lower-case ASCII letters, digits, hyphens)", id);
        require(!id.endsWith("-title") && !id.endsWith("-desc"),
                "chart id \"%s\" must not end with -title or -desc (reserved for the ids derived from it)", id);
        return id;
    }

    static String text(String value, String what, String id) {
        require(value != null, "%s of chart \"%s\" is null", what, id);
        require(!value.isBlank(), "%s of chart \"%s\" is blank", what, id);
        return value;
    }

    static void finite(double value, String format, Object... args) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(String.format(format, args) + " is " + value + ", not a finite number");
        }
    }

    static String colour(String colour, String what) {
        require(colour != null && COLOUR.matcher(colour).matches(), "%s \"%s\" is not a colour #RRGGBB", what, colour);
        return colour;
    }

    /** A read-only copy that may hold nulls (List.copyOf refuses them). */
    static <T> List<T> copy(List<T> list, String what, String id) {
        require(list != null, "%s of chart \"%s\" is null", what, id);
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    static void noNulls(List<?> list, String what, String id) {
        for (int i = 0; i < list.size(); i++) {
            require(list.get(i) != null, "%s[%d] of chart \"%s\" is null", what, i, id);
        }
    }

    static void unique(List<String> names, String what, String id) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            require(seen.add(name), "%s of chart \"%s\" has \"%s\" twice", what, id, name);
        }
    }
}
