package vn.tonghop.ingest;

/** A row as stored: lineage, the raw text, what the checks made of it, and a rejection if quarantined. */
public record ReportRow(Lineage lineage, RawRow raw, ParsedRow parsed, String submissionId, Rejection rejection) {

    public boolean accepted() {
        return rejection == null;
    }

    ReportRow rejected(Rejection why) {
        return new ReportRow(lineage, raw, parsed, submissionId, why);
    }

    ReportRow inSubmission(String id) {
        return new ReportRow(lineage, raw, parsed, id, rejection);
    }
}
