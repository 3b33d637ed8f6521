package vn.tonghop.ingest;

/** Where ingest hands its results: the store when ingesting, nothing for a dry run. */
public interface RowSink {
    void row(ReportRow row);

    void file(FileRecord file);

    void submission(SubmissionRecord submission);

    RowSink NONE = new RowSink() {
        @Override
        public void row(ReportRow row) {
        }

        @Override
        public void file(FileRecord file) {
        }

        @Override
        public void submission(SubmissionRecord submission) {
        }
    };
}
