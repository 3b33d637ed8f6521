package vn.tonghop.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A node of a plan's task tree. {@code code} is the catalog's ma_muc, unique in the plan;
 * {@code label} is the number as printed ("1.", "9.1.", "-"), which may repeat.
 */
public record Task(String code, String label, String text, boolean ongoing, List<String> lead,
                   List<String> coordinate, LocalDate deadline, Set<String> assumed, List<Task> children) {

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** This task and all below it, depth first in printed order. */
    public Stream<Task> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Task::flatten));
    }
}
