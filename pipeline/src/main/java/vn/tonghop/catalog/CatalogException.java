package vn.tonghop.catalog;

import java.util.List;

/** The catalog could not be loaded; {@link #problems()} lists every problem found, not only the first. */
public final class CatalogException extends RuntimeException {
    private final List<String> problems;

    public CatalogException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        StringBuilder text = new StringBuilder("Danh mục có " + problems.size() + " lỗi:");
        for (int i = 0; i < problems.size(); i++) {
            text.append(System.lineSeparator()).append("  ").append(i + 1).append(". ").append(problems.get(i));
        }
        return text.toString();
    }
}
