package vn.tonghop.site.model;

import java.util.List;

/** A task of the plan with its completion across units in a period, and the units' notes. */
public record TaskRow(String code, String label, String text, int depth, boolean group, String leadText, String deadlineText,
                      String doneText, String inProgressText, String notStartedText, String notReportedText, String rateText,
                      List<NoteRow> notes, boolean hasNotes, String moreNotes) {
}
