package vn.tonghop.common;

import java.util.Locale;

/** Fail-fast checks for programming and configuration errors; bad rows go to quarantine instead. */
public final class Checks {
    private Checks() {
    }

    public static void requireArgument(boolean expression, String template, Object... args) {
        if (!expression) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, template, args));
        }
    }

    public static void requireState(boolean expression, String template, Object... args) {
        if (!expression) {
            throw new IllegalStateException(String.format(Locale.ROOT, template, args));
        }
    }
}
