package vn.tonghop.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the second pass counts of one file: rows by outcome and, per submission, what its record needs. */
final class FileTally {
    private int read;
    private int accepted;
    private final Map<String, Submission> submissions = new LinkedHashMap<>();

    /** The first row of a submission names it (its parsed keys only: a row's note can be long); the first accepted row gives its date. */
    private static final class Submission {
        final Lineage lineage;
        final ParsedRow keys;
        LocalDate submitted;
        int accepted;
        int quarantined;

        Submission(ReportRow first) {
            this.lineage = first.lineage();
            this.keys = first.parsed();
        }
    }

    void add(ReportRow row) {
        read++;
        if (row.accepted()) {
            accepted++;
        }
        if (row.submissionId() == null) {
            return;
        }
        Submission s = submissions.computeIfAbsent(row.submissionId(), id -> new Submission(row));
        if (row.accepted()) {
            s.accepted++;
            if (s.submitted == null) {
                s.submitted = row.parsed().submitted();
            }
        } else {
            s.quarantined++;
        }
    }

    int read() {
        return read;
    }

    int accepted() {
        return accepted;
    }

    int quarantined() {
        return read - accepted;
    }

    String status() {
        return accepted == read ? FileRecord.ACCEPTED : FileRecord.PARTLY;
    }

    /** In the order the submissions first appear in the file. */
    List<SubmissionRecord> submissions() {
        List<SubmissionRecord> out = new ArrayList<>();
        submissions.forEach((id, s) -> {
            ParsedRow p = s.keys;
            out.add(new SubmissionRecord(id, s.lineage, p.unit(), p.planCode(), p.planSlug(), p.year(), p.period(),
                    s.submitted, s.accepted, s.quarantined));
        });
        return out;
    }
}
