package vn.tonghop.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of one ingest (or dry run), and the messages of every quarantined file and row. */
public final class IngestSummary {
    private int filesSeen;
    private int filesAlreadyIngested;
    private int filesRead;
    private int filesQuarantined;
    private int submissions;
    private int resubmissions;
    private long rowsRead;
    private long rowsAccepted;
    private final Map<Reason, Long> quarantinedByReason = new EnumMap<>(Reason.class);
    private final Map<Reason, Long> filesByReason = new EnumMap<>(Reason.class);
    private final List<Problem> problems = new ArrayList<>();

    /** One quarantined file (row 0) or row. */
    public record Problem(String file, int row, Reason reason, String field, String message) {
    }

    void fileSeen() {
        filesSeen++;
    }

    void alreadyIngested() {
        filesAlreadyIngested++;
    }

    void fileRead(FileRecord record) {
        filesRead++;
        rowsRead += record.rowsRead();
        rowsAccepted += record.rowsAccepted();
        if (record.rejection() != null) {
            filesQuarantined++;
            filesByReason.merge(record.rejection().reason(), 1L, Long::sum);
            problems.add(new Problem(record.lineage().sourceFile(), 0, record.rejection().reason(), "tep",
                    record.rejection().message()));
        }
    }

    void rowQuarantined(ReportRow row) {
        Rejection rejection = row.rejection();
        quarantinedByReason.merge(rejection.reason(), 1L, Long::sum);
        problems.add(new Problem(row.lineage().sourceFile(), row.raw().rowNumber(), rejection.reason(), rejection.field(),
                rejection.message()));
    }

    void submission(boolean counts, boolean resubmission) {
        if (counts) {
            submissions++;
        }
        if (resubmission) {
            resubmissions++;
        }
    }

    public int filesSeen() {
        return filesSeen;
    }

    public int filesAlreadyIngested() {
        return filesAlreadyIngested;
    }

    public int filesRead() {
        return filesRead;
    }

    public int filesQuarantined() {
        return filesQuarantined;
    }

    public int submissions() {
        return submissions;
    }

    public int resubmissions() {
        return resubmissions;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long rowsAccepted() {
        return rowsAccepted;
    }

    public long rowsQuarantined() {
        return quarantinedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<Reason, Long> quarantinedByReason() {
        return quarantinedByReason;
    }

    public Map<Reason, Long> filesByReason() {
        return filesByReason;
    }

    /** Every quarantined file and row, in the order met. */
    public List<Problem> problems() {
        return problems;
    }

    /** One message per quarantined file or row, naming file, row and field. */
    public List<String> messages() {
        return problems.stream().map(Problem::message).toList();
    }

    /** Anything new quarantined in this run: a whole file or a row. */
    public boolean anyQuarantined() {
        return filesQuarantined > 0 || rowsQuarantined() > 0;
    }
}
