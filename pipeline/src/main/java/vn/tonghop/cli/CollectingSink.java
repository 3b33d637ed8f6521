package vn.tonghop.cli;

import java.util.ArrayList;
import java.util.List;
import vn.tonghop.ingest.FileRecord;
import vn.tonghop.ingest.ReportRow;
import vn.tonghop.ingest.RowSink;
import vn.tonghop.ingest.SubmissionRecord;

/** Holds a recheck's outcome so it is written only when it differs from what is stored. */
final class CollectingSink implements RowSink {
    final List<ReportRow> rows = new ArrayList<>();
    final List<FileRecord> files = new ArrayList<>();
    final List<SubmissionRecord> submissions = new ArrayList<>();

    @Override
    public void row(ReportRow row) {
        rows.add(row);
    }

    @Override
    public void file(FileRecord file) {
        files.add(file);
    }

    @Override
    public void submission(SubmissionRecord submission) {
        submissions.add(submission);
    }

    void replayInto(RowSink sink) {
        rows.forEach(sink::row);
        files.forEach(sink::file);
        submissions.forEach(sink::submission);
    }
}
