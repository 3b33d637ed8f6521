package vn.tonghop.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import vn.tonghop.catalog.CalendarEntry;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.publish.YearArchive;

/**
 * The nightly run's last step: freezes each year whose reporting is over, once. A year is over when
 * every period of that year in every plan's calendar (within the plan's validity) is past its due
 * date by {@value #GRACE_DAYS} days. Reviews (sơ kết, tổng kết) are one-off and not counted.
 */
final class ArchiveStage {
    /** Days after a year's last due date before it is frozen: room for late reports and resubmissions. */
    static final int GRACE_DAYS = 30;

    private ArchiveStage() {
    }

    /** Runs after the site is published: what it freezes is the release just switched in. */
    static void run(Settings settings, Catalog catalog, vn.tonghop.store.Store store, PrintWriter out) {
        run(settings, yearsToFreeze(catalog, settings.asOf(), new YearArchive(settings.archive()).frozen()), store, out);
    }

    /** Freezes {@code due}: the years the run decided before building the release that lists them. */
    static void run(Settings settings, List<Integer> due, vn.tonghop.store.Store store, PrintWriter out) {
        YearArchive archive = new YearArchive(settings.archive());
        for (int year : due) {
            long start = System.currentTimeMillis();
            YearArchive.Frozen frozen = archive.freeze(year, settings.site(), YearData.of(settings, store, year));
            out.printf("Lưu trữ: đã đóng băng năm %d (mọi kỳ của năm đã quá hạn nộp %d ngày): %s tệp tại %s, trong %s.%n", year,
                    GRACE_DAYS, SummaryText.n(frozen.files()), frozen.dir(), SummaryText.seconds(System.currentTimeMillis() - start));
            out.flush(); // a freeze takes minutes at national size: each year is reported as it is done
        }
        if (due.isEmpty()) {
            out.printf("Lưu trữ: không có năm nào cần đóng băng%s.%n", archive.frozen().isEmpty() ? ""
                    : " (đã đóng băng: " + String.join(", ", archive.frozen().stream().map(String::valueOf).toList()) + ")");
        }
        out.flush();
    }

    /** Years, oldest first, whose every period is {@value #GRACE_DAYS} days past due on {@code asOf} and not yet frozen. */
    static List<Integer> yearsToFreeze(Catalog catalog, LocalDate asOf, Collection<Integer> frozen) {
        List<Integer> years = new ArrayList<>();
        lastDueDates(catalog, asOf.getYear()).forEach((year, lastDue) -> {
            if (!asOf.isBefore(lastDue.plusDays(GRACE_DAYS)) && !frozen.contains(year)) {
                years.add(year);
            }
        });
        return years;
    }

    /** For each year up to {@code lastYear} with at least one period in some plan, its latest due date. */
    static TreeMap<Integer, LocalDate> lastDueDates(Catalog catalog, int lastYear) {
        TreeMap<Integer, LocalDate> last = new TreeMap<>();
        for (Plan plan : catalog.plans()) {
            int to = plan.validTo() == null ? lastYear : Math.min(lastYear, plan.validTo().getYear());
            for (int year = plan.validFrom().getYear(); year <= to; year++) {
                for (CalendarEntry entry : plan.calendar().entries()) {
                    for (Period p : Period.inYear(entry.type(), year)) {
                        if (catalog.periodInPlan(plan, p)) {
                            last.merge(year, catalog.dueDate(plan, p), (a, b) -> a.isAfter(b) ? a : b);
                        }
                    }
                }
            }
        }
        return last;
    }
}
