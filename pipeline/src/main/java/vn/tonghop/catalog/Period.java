package vn.tonghop.catalog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.vi.Fold;

/**
 * A reporting period as written in reports: 2024, 2024-H1, 2024-Q3, 2024-05, 2025-SK, 2025-TK.
 * {@code number} is the half, quarter or month; 0 for years and reviews.
 */
public record Period(int year, PeriodType type, int number) implements Comparable<Period> {
    private static final Pattern SYNTAX = Pattern.compile("(\\d{4})(?:-(h[12]|q[1-4]|0[1-9]|1[0-2]|sk|tk))?");

    public static Optional<Period> parse(String text) {
        Matcher m = SYNTAX.matcher(Fold.fold(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1945 || year > 2200) {
            return Optional.empty();
        }
        String part = m.group(2);
        if (part == null) {
            return Optional.of(new Period(year, PeriodType.YEAR, 0));
        }
        return Optional.of(switch (part) {
            case "h1" -> new Period(year, PeriodType.H1, 1);
            case "h2" -> new Period(year, PeriodType.H2, 2);
            case "sk" -> new Period(year, PeriodType.MID_REVIEW, 0);
            case "tk" -> new Period(year, PeriodType.FINAL_REVIEW, 0);
            default -> part.startsWith("q")
                    ? new Period(year, PeriodType.QUARTER, part.charAt(1) - '0')
                    : new Period(year, PeriodType.MONTH, Integer.parseInt(part));
        });
    }

    /** The periods of a type in a year, in order; reviews are one-off, not periodic, so none. */
    public static java.util.List<Period> inYear(PeriodType type, int year) {
        return switch (type) {
            case YEAR -> java.util.List.of(new Period(year, type, 0));
            case H1 -> java.util.List.of(new Period(year, type, 1));
            case H2 -> java.util.List.of(new Period(year, type, 2));
            case QUARTER -> java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(q -> new Period(year, type, q)).toList();
            case MONTH -> java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> new Period(year, type, m)).toList();
            case MID_REVIEW, FINAL_REVIEW -> java.util.List.of();
        };
    }

    public String code() {
        return switch (type) {
            case YEAR -> Integer.toString(year);
            case H1, H2 -> year + "-" + type.name();
            case QUARTER -> year + "-Q" + number;
            case MONTH -> String.format("%d-%02d", year, number);
            case MID_REVIEW -> year + "-SK";
            case FINAL_REVIEW -> year + "-TK";
        };
    }

    /** First day; reviews start with the plan, so {@link Catalog#periodStart} narrows them. */
    public LocalDate start() {
        return switch (type) {
            case H2 -> LocalDate.of(year, 7, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, number, 1);
            default -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate end() {
        return switch (type) {
            case H1 -> LocalDate.of(year, 6, 30);
            case QUARTER -> YearMonth.of(year, number * 3).atEndOfMonth();
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
            default -> LocalDate.of(year, 12, 31);
        };
    }

    /** Vietnamese name: "6 tháng đầu năm 2024", "năm 2024", "quý III năm 2024", "tháng 5 năm 2024". */
    public String vietnamese() {
        return switch (type) {
            case YEAR -> "năm " + year;
            case H1, H2 -> type.vietnamese() + " " + year;
            case QUARTER -> "quý " + new String[] {"I", "II", "III", "IV"}[number - 1] + " năm " + year;
            case MONTH -> "tháng " + number + " năm " + year;
            case MID_REVIEW -> "sơ kết năm " + year;
            case FINAL_REVIEW -> "tổng kết năm " + year;
        };
    }

    @Override
    public int compareTo(Period other) {
        int byEnd = end().compareTo(other.end());
        return byEnd != 0 ? byEnd : code().compareTo(other.code());
    }

    @Override
    public String toString() {
        return code();
    }
}
