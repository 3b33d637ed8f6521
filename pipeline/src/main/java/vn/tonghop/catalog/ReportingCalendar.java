package vn.tonghop.catalog;

import java.util.List;
import java.util.Optional;

/** A plan's reporting calendar; {@code shiftOffHolidays} moves due dates off weekends and holidays. */
public record ReportingCalendar(boolean shiftOffHolidays, List<CalendarEntry> entries) {

    public Optional<CalendarEntry> entry(PeriodType type) {
        return entries.stream().filter(e -> e.type() == type).findFirst();
    }
}
