package vn.tonghop.planimport;

import java.util.List;

/** A piece of the input kept in the draft as printed, with its line numbers and what it was read as. */
record SourceNote(List<Integer> lines, String text, String field) {
    static SourceNote of(Paragraph p, String field) {
        return new SourceNote(p.lines(), p.full(), field);
    }

    static SourceNote of(Line line, String field) {
        return new SourceNote(List.of(line.number()), line.text().isEmpty() ? line.raw().strip() : line.text(), field);
    }
}
