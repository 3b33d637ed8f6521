package vn.tonghop.catalog;

/** One kind of period in a plan's reporting calendar and when its report is due. */
public record CalendarEntry(PeriodType type, DueRule due) {
}
