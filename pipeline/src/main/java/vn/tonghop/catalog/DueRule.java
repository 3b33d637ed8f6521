package vn.tonghop.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.vi.Fold;

/**
 * When a period's report is due, as the plan states it: "trước ngày 01/05" (the day before),
 * "ngày 20/06" (on that day), optionally "năm sau" (of the following year), or "15 ngày sau kỳ".
 */
public sealed interface DueRule {

    /** The due date before any move off weekends and holidays. */
    LocalDate dueFor(Period period);

    String text();

    record FixedDate(String text, int day, int month, boolean before, boolean nextYear) implements DueRule {
        @Override
        public LocalDate dueFor(Period period) {
            LocalDate named = LocalDate.of(period.end().getYear() + (nextYear ? 1 : 0), month, day);
            return before ? named.minusDays(1) : named;
        }
    }

    record DaysAfterEnd(String text, int days) implements DueRule {
        @Override
        public LocalDate dueFor(Period period) {
            return period.end().plusDays(days);
        }
    }

    Pattern FIXED = Pattern.compile("(truoc )?ngay (\\d{1,2})/(\\d{1,2})( nam sau)?");
    Pattern AFTER = Pattern.compile("(\\d{1,3}) ngay sau (?:khi ket thuc )?ky");

    static Optional<DueRule> parse(String text) {
        String folded = Fold.foldPhrase(text);
        Matcher fixed = FIXED.matcher(folded);
        if (fixed.matches()) {
            int day = Integer.parseInt(fixed.group(2));
            int month = Integer.parseInt(fixed.group(3));
            try {
                LocalDate.of(2024, month, day); // a leap year accepts every real day
            } catch (DateTimeException e) {
                return Optional.empty();
            }
            return Optional.of(new FixedDate(text.strip(), day, month, fixed.group(1) != null, fixed.group(4) != null));
        }
        Matcher after = AFTER.matcher(folded);
        if (after.matches()) {
            return Optional.of(new DaysAfterEnd(text.strip(), Integer.parseInt(after.group(1))));
        }
        return Optional.empty();
    }
}
