package vn.tonghop.catalog;

import java.util.List;

/** Which units must report on a plan: descendants of {@code subtree} of the given kinds. */
public record ReporterRule(String subtree, List<String> kinds) {
}
