package vn.tonghop.planimport;

import java.util.List;

/**
 * Something the importer could not place, resolve or read with confidence ({@code CHECK}: a person must
 * look), or did on its own and says so ({@code NOTE}). {@code lines} are input line numbers (may be empty).
 */
public record Finding(Level level, List<Integer> lines, String message) {

    public enum Level {
        CHECK("cần kiểm tra"), NOTE("ghi chú");

        private final String vietnamese;

        Level(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        public String vietnamese() {
            return vietnamese;
        }
    }

    static Finding check(List<Integer> lines, String message) {
        return new Finding(Level.CHECK, List.copyOf(lines), message);
    }

    static Finding note(List<Integer> lines, String message) {
        return new Finding(Level.NOTE, List.copyOf(lines), message);
    }

    /** "dòng 12" or "dòng 21, 23", or empty when no line is concerned. */
    public String where() {
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("dòng ");
        for (int i = 0; i < lines.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(lines.get(i));
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return where().isEmpty() ? message : where() + ": " + message;
    }
}
