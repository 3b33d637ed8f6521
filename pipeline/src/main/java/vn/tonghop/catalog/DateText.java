package vn.tonghop.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as offices write them: yyyy-MM-dd or d/M/yyyy (also with '-' or '.'). */
public final class DateText {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private DateText() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            return Optional.of(LocalDate.parse(t, ISO));
        } catch (DateTimeParseException ignored) {
            // try the Vietnamese order next
        }
        try {
            return Optional.of(LocalDate.parse(t.replace('-', '/').replace('.', '/'), VIETNAMESE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
