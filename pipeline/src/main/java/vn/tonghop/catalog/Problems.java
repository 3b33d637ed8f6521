package vn.tonghop.catalog;

import java.util.ArrayList;
import java.util.List;

/** Collects catalog problems so that all of them are reported at once. */
final class Problems {
    private final List<String> items = new ArrayList<>();

    void add(String where, String what) {
        items.add(where + ": " + what);
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    List<String> items() {
        return items;
    }
}
