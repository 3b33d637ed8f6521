package vn.tonghop.ingest;

import java.time.LocalDate;

/**
 * One submission: the rows of one file for one (unit, plan, period). It counts only when
 * {@code rowsAccepted} > 0; {@code submitted} is null when its rows disagree on the date.
 */
public record SubmissionRecord(String submissionId, Lineage lineage, String unit, String planCode, String planSlug,
                               int year, String period, LocalDate submitted, int rowsAccepted, int rowsQuarantined) {
}
