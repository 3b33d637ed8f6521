package vn.tonghop.planimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines as plans state them, read into dates where the text allows. "Trước" a day, month or quarter
 * means the day before it, as in the catalog's due rules ("trước ngày 01/5" is 30/04); "trong", "vào",
 * "cuối", "chậm nhất", "đến" a period or day mean its last day. A phrase without a year takes the plan's
 * year (and says so). A time phrase that names no date ("thời gian: trước kỳ họp") is kept as text.
 * "Thường xuyên" (ongoing) is not a deadline: it marks the task as never finishing.
 */
final class Deadlines {
    record Found(String phrase, LocalDate date, boolean yearAssumed, int start) {
    }

    record Result(List<Found> found, boolean ongoing, String ongoingPhrase) {
    }

    private static final String CUE = "(truoc|trong|vao|cuoi|cham nhat(?: la)?(?: vao)?|han chot(?: la)?|den|xong truoc|xong trong"
            + "|hoan thanh truoc|hoan thanh trong|hoan thanh vao|hoan thanh|thoi han(?: la)?\\s*:?|thoi gian(?: thuc hien| hoan thanh)?\\s*:)";
    private static final String YEAR = "(?:\\s*(?:nam|/|-)\\s*(\\d{4}))?";
    private static final Pattern DAY = Pattern.compile("\\b" + CUE + "\\s+(?:ngay\\s+)?(\\d{1,2})\\s*(?:/|-|\\s+thang\\s+)\\s*(\\d{1,2})"
            + "(?:\\s*(?:/|-|\\s+nam\\s+)\\s*(\\d{4}))?(?![\\d/])");
    private static final Pattern MONTH = Pattern.compile("\\b" + CUE + "\\s+thang\\s+(\\d{1,2})" + YEAR + "(?![\\d/])");
    private static final Pattern QUARTER = Pattern.compile("\\b" + CUE + "\\s+quy\\s+(iv|iii|ii|i|1|2|3|4)\\b" + YEAR);
    private static final Pattern HALF = Pattern.compile("\\b" + CUE + "\\s+6 thang (dau|cuoi) nam" + "(?:\\s+(\\d{4}))?");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\b(truoc|cham nhat(?: la)?(?: vao)?|hoan thanh truoc|hoan thanh trong|xong truoc"
            + "|xong trong|thoi han(?: la)?\\s*:?|thoi gian(?: thuc hien| hoan thanh)?\\s*:)\\s+(?:nam\\s+)(\\d{4})\\b");
    /** A stated time limit whatever follows it; what no pattern reads is kept as text. */
    private static final Pattern TIME_LABEL = Pattern.compile("\\b(thoi gian(?: thuc hien| hoan thanh)?\\s*:|thoi han(?: la)?\\s*:?|han chot(?: la)?"
            + "|hoan thanh truoc|xong truoc|cham nhat(?: la)?)\\s*([^;.()\\n]{1,80})");
    private static final Pattern ONGOING = Pattern.compile("\\bthuong xuyen\\b|\\blien tuc\\b");

    private Deadlines() {
    }

    static Result find(String text, Integer planYear) {
        String f = Folded.sameLength(text);
        List<Found> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        Matcher m = DAY.matcher(f);
        while (m.find()) {
            Integer year = m.group(4) == null ? null : Integer.valueOf(m.group(4));
            LocalDate d = date(year == null ? planYear : year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
            add(found, taken, text, m, d == null ? null : before(m.group(1)) ? d.minusDays(1) : d, year == null);
        }
        m = MONTH.matcher(f);
        while (m.find()) {
            Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            int month = Integer.parseInt(m.group(2));
            Integer y = year == null ? planYear : year;
            if (month >= 1 && month <= 12 && y != null) {
                YearMonth ym = YearMonth.of(y, month);
                add(found, taken, text, m, before(m.group(1)) ? ym.atDay(1).minusDays(1) : ym.atEndOfMonth(), year == null);
            } else {
                add(found, taken, text, m, null, year == null);
            }
        }
        m = QUARTER.matcher(f);
        while (m.find()) {
            Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            Integer y = year == null ? planYear : year;
            int q = quarter(m.group(2));
            if (y != null) {
                LocalDate end = YearMonth.of(y, q * 3).atEndOfMonth();
                add(found, taken, text, m, before(m.group(1)) ? YearMonth.of(y, q * 3 - 2).atDay(1).minusDays(1) : end, year == null);
            } else {
                add(found, taken, text, m, null, true);
            }
        }
        m = HALF.matcher(f);
        while (m.find()) {
            Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            Integer y = year == null ? planYear : year;
            if (y != null) {
                boolean first = m.group(2).equals("dau");
                LocalDate end = first ? LocalDate.of(y, 6, 30) : LocalDate.of(y, 12, 31);
                add(found, taken, text, m, before(m.group(1)) ? (first ? LocalDate.of(y - 1, 12, 31) : LocalDate.of(y, 6, 30)) : end, year == null);
            } else {
                add(found, taken, text, m, null, true);
            }
        }
        m = YEAR_ONLY.matcher(f);
        while (m.find()) {
            int y = Integer.parseInt(m.group(2));
            add(found, taken, text, m, before(m.group(1)) ? LocalDate.of(y - 1, 12, 31) : LocalDate.of(y, 12, 31), false);
        }
        m = TIME_LABEL.matcher(f);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            String phrase = text.substring(m.start(), m.end()).strip();
            if (ONGOING.matcher(f.substring(m.start(), m.end())).find()) {
                continue;
            }
            found.add(new Found(phrase, null, false, m.start()));
            taken.add(new int[] {m.start(), m.end()});
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        Matcher ongoing = ONGOING.matcher(f);
        boolean isOngoing = ongoing.find();
        return new Result(found, isOngoing, isOngoing ? text.substring(ongoing.start(), ongoing.end()) : null);
    }

    private static void add(List<Found> found, List<int[]> taken, String text, Matcher m, LocalDate date, boolean yearAssumed) {
        if (overlaps(taken, m.start(), m.end())) {
            return;
        }
        taken.add(new int[] {m.start(), m.end()});
        found.add(new Found(text.substring(m.start(), m.end()).strip(), date, yearAssumed && date != null, m.start()));
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(r -> start < r[1] && r[0] < end);
    }

    private static boolean before(String cue) {
        return cue.contains("truoc");
    }

    private static int quarter(String q) {
        return switch (q) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    private static LocalDate date(Integer year, int month, int day) {
        if (year == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
