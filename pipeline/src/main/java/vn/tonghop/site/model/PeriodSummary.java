package vn.tonghop.site.model;

import java.util.List;

/** A plan's reporting in one period at its root: counts, rates, the sentence, and who is late or missing. */
public record PeriodSummary(Link period, String label, String dueText, String expectedText, String receivedText,
                            String onTimeText, String lateText, String missingText, String notDueText, String rateText,
                            String onTimeRateText, String sentence, List<UnitStatusRow> lateOrMissing, boolean hasLateOrMissing,
                            String moreLateOrMissing, boolean hasMoreLateOrMissing) {
}
