package vn.tonghop.publish;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.common.Checks;

/** A release's number, written {@code r000001}: ids only grow, so the newest release sorts last. */
public record ReleaseId(long number) implements Comparable<ReleaseId> {
    private static final Pattern NAME = Pattern.compile("r(\\d{6,18})");
    /** A leading id in any entry name, also of staging and retired folders ({@code r000007.tmp}). */
    private static final Pattern PREFIX = Pattern.compile("^r(\\d{6,18})");

    public ReleaseId {
        Checks.requireArgument(number > 0, "release number must be positive: %s", number);
    }

    public static ReleaseId first() {
        return new ReleaseId(1);
    }

    /** The id a release folder is named after; empty for any other name. */
    public static Optional<ReleaseId> parse(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? Optional.of(new ReleaseId(Long.parseLong(m.group(1)))) : Optional.empty();
    }

    /** The id a name starts with, complete release or not; used so ids are not reused after leftovers. */
    static Optional<ReleaseId> prefixOf(String name) {
        Matcher m = PREFIX.matcher(name);
        return m.find() ? Optional.of(new ReleaseId(Long.parseLong(m.group(1)))) : Optional.empty();
    }

    public ReleaseId next() {
        return new ReleaseId(number + 1);
    }

    public String name() {
        return String.format(Locale.ROOT, "r%06d", number);
    }

    @Override
    public int compareTo(ReleaseId other) {
        return Long.compare(number, other.number);
    }

    @Override
    public String toString() {
        return name();
    }
}
