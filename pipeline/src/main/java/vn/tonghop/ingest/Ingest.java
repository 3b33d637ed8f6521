package vn.tonghop.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tonghop.catalog.Catalog;

/**
 * The ingest stage: reads report files, checks every row, and hands accepted and quarantined rows,
 * file outcomes and submissions to a {@link RowSink}. A bad row never blocks good rows; an
 * unreadable file is quarantined whole and never stops the other files.
 *
 * <p>Each file is read twice and its rows are never all held: the first pass finds whether it can
 * be read and collects the small facts the submission rules need, the second checks each row again
 * and hands it on at once.
 */
public final class Ingest {
    /** Told of each file as it starts being read: its place among the files and its name. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (index, total, name) -> { };

        void reading(int index, int total, String name);
    }

    /** What the store already holds and how to name this batch. */
    public record Context(String batchId, int batchSequence, Instant ingestedAt,
                          Set<String> knownFileHashes, Set<String> knownReportKeys) {
    }

    private final RowValidator validator;

    public Ingest(Catalog catalog, LocalDate asOf) {
        this.validator = new RowValidator(catalog, asOf);
    }

    /**
     * Files up to this size are read, checked and held whole on a worker thread while earlier ones are
     * written; a bigger file is read on the calling thread, its rows streamed to the sink, never held.
     */
    static final long HELD_FILE_BYTES = 4L << 20;
    /** Files read ahead of the one being written: enough to keep the workers busy, few enough to hold. */
    private static final int READ_AHEAD = 256;

    /** One file's outcome, decided on a worker: its rows in order, then its file record and tally. */
    private record Decided(List<ReportRow> rows, FileRecord record, FileTally tally) {
    }

    /**
     * Reads, checks and hands on every file not seen before. Reading and checking run on worker
     * threads (one per core): at national size the first load is a million small files. What reaches
     * the sink, and in what order, is the same as one file after another on one thread.
     */
    public IngestSummary run(List<SourceFile> files, Context context, RowSink sink, Progress progress) {
        IngestSummary summary = new IngestSummary();
        Set<String> hashes = new HashSet<>(context.knownFileHashes());
        Set<String> reports = new HashSet<>(context.knownReportKeys());
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers, task -> {
            Thread t = new Thread(task, "tonghop-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.ArrayDeque<Pending> ahead = new java.util.ArrayDeque<>();
            int ordinal = 0;
            for (int index = 0; index < files.size(); index++) {
                SourceFile file = files.get(index);
                if (!hashes.add(file.sha256())) {
                    ahead.add(new Pending(index, file, null, null));
                } else {
                    ordinal++;
                    Lineage lineage = new Lineage(file.name(), file.sha256(), context.batchId(),
                            (long) context.batchSequence() * 1_000_000L + ordinal, context.ingestedAt());
                    ahead.add(new Pending(index, file, lineage, file.size() <= HELD_FILE_BYTES
                            ? pool.submit(() -> decide(file, lineage)) : null));
                }
                while (ahead.size() > READ_AHEAD) {
                    hand(ahead.poll(), files.size(), reports, summary, sink, progress);
                }
            }
            while (!ahead.isEmpty()) {
                hand(ahead.poll(), files.size(), reports, summary, sink, progress);
            }
        } finally {
            pool.shutdownNow();
        }
        return summary;
    }

    /** A file in line to be handed on: already ingested (no lineage), read ahead (a future) or to be streamed (neither). */
    private record Pending(int index, SourceFile file, Lineage lineage, java.util.concurrent.Future<Decided> decided) {
    }

    private void hand(Pending p, int total, Set<String> reports, IngestSummary summary, RowSink sink, Progress progress) {
        summary.fileSeen();
        if (p.lineage() == null) {
            summary.alreadyIngested();
            return;
        }
        progress.reading(p.index() + 1, total, p.file().name());
        if (p.decided() == null) {
            Decided streamed = decide(p.file(), p.lineage(), row -> handRow(row, summary, sink));
            finish(streamed.record(), streamed.tally(), reports, summary, sink);
            return;
        }
        Decided d;
        try {
            d = p.decided().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Nạp báo cáo bị ngắt", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        d.rows().forEach(row -> handRow(row, summary, sink));
        finish(d.record(), d.tally(), reports, summary, sink);
    }

    private static void handRow(ReportRow row, IngestSummary summary, RowSink sink) {
        if (!row.accepted()) {
            summary.rowQuarantined(row);
        }
        sink.row(row);
    }

    /** Reads and checks one file on a worker, holding its rows. */
    private Decided decide(SourceFile file, Lineage lineage) {
        List<ReportRow> rows = new ArrayList<>();
        Decided d = decide(file, lineage, rows::add);
        return new Decided(rows, d.record(), d.tally());
    }

    /** Reads and checks one file, handing each row to {@code rows} as it is decided. */
    private Decided decide(SourceFile file, Lineage lineage, java.util.function.Consumer<ReportRow> rows) {
        ReadResult read;
        SubmissionRules rules;
        try {
            read = read(file);
            rules = firstPass(lineage, read.rows());
        } catch (FileRejected rejected) {
            FileRecord record = new FileRecord(lineage, file.size(), file.modifiedMillis(), formatOf(file), null, 0, 0, 0,
                    FileRecord.WHOLE_FILE_QUARANTINED, new Rejection(rejected.reason(), "tep", rejected.getMessage()));
            return new Decided(List.of(), record, new FileTally());
        }
        FileTally tally = secondPass(lineage, read.rows(), rules, rows);
        return new Decided(List.of(), new FileRecord(lineage, file.size(), file.modifiedMillis(), read.format(), read.readNote(),
                tally.read(), tally.accepted(), tally.quarantined(), tally.status(), null), tally);
    }

    /**
     * Checks stored rows of already ingested files again (after the catalog or as-of date changed),
     * keeping their lineage but naming the new batch. Returns the summary of the new outcome.
     */
    public IngestSummary recheck(List<ReportRow> storedRows, String batchId, Set<String> knownReportKeys, RowSink sink) {
        IngestSummary summary = new IngestSummary();
        Map<String, List<RawRow>> byFile = new LinkedHashMap<>();
        Map<String, Lineage> lineageByFile = new LinkedHashMap<>();
        storedRows.stream().sorted(Comparator.comparing((ReportRow r) -> r.lineage().ingestSeq())
                        .thenComparing(r -> r.raw().rowNumber()))
                .forEach(r -> {
                    byFile.computeIfAbsent(r.lineage().fileHash(), h -> new ArrayList<>()).add(r.raw());
                    lineageByFile.putIfAbsent(r.lineage().fileHash(), r.lineage());
                });
        Set<String> reports = new HashSet<>(knownReportKeys);
        for (Map.Entry<String, List<RawRow>> file : byFile.entrySet()) {
            Lineage old = lineageByFile.get(file.getKey());
            Lineage lineage = new Lineage(old.sourceFile(), old.fileHash(), batchId, old.ingestSeq(), old.ingestedAt());
            summary.fileSeen();
            RowSource rows = RowSource.of(file.getValue());
            FileTally tally;
            try {
                tally = secondPass(lineage, rows, firstPass(lineage, rows), row -> handRow(row, summary, sink));
            } catch (FileRejected impossible) {
                throw new IllegalStateException("rows in memory cannot be unreadable", impossible);
            }
            finish(new FileRecord(lineage, -1, -1, "", "kiểm tra lại theo danh mục mới", tally.read(), tally.accepted(),
                    tally.quarantined(), tally.status(), null), tally, reports, summary, sink);
        }
        return summary;
    }

    /** Reads the file once for the facts the submission rules need; a file that cannot be read is rejected here. */
    private SubmissionRules firstPass(Lineage lineage, RowSource rows) throws FileRejected {
        SubmissionRules rules = new SubmissionRules();
        rows.forEach(raw -> rules.observe(validator.check(lineage, raw)));
        return rules;
    }

    /** Reads the file again and hands each row, decided, to the sink as it comes. */
    private FileTally secondPass(Lineage lineage, RowSource rows, SubmissionRules rules, java.util.function.Consumer<ReportRow> out) {
        FileTally tally = new FileTally();
        try {
            rows.forEach(raw -> {
                ReportRow row = rules.apply(validator.check(lineage, raw));
                tally.add(row);
                out.accept(row);
            });
        } catch (FileRejected changed) {
            throw new IllegalStateException(lineage.sourceFile() + ": tệp đã thay đổi giữa hai lần đọc: " + changed.getMessage(), changed);
        }
        if (tally.read() != rules.rowsSeen()) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s: tệp đã thay đổi giữa hai lần đọc (%d dòng, rồi %d dòng)",
                    lineage.sourceFile(), rules.rowsSeen(), tally.read()));
        }
        return tally;
    }

    private static void finish(FileRecord record, FileTally tally, Set<String> reports, IngestSummary summary, RowSink sink) {
        summary.fileRead(record);
        sink.file(record);
        for (SubmissionRecord s : tally.submissions()) {
            boolean counts = s.rowsAccepted() > 0;
            String key = s.unit() + "|" + s.planCode() + "|" + s.period();
            summary.submission(counts, counts && !reports.add(key));
            sink.submission(s);
        }
    }

    private static ReadResult read(SourceFile file) throws FileRejected {
        String format = formatOf(file);
        return switch (format) {
            case "csv" -> CsvReports.read(file);
            case "xlsx" -> XlsxReports.read(file);
            default -> throw new FileRejected(Reason.DINH_DANG_KHONG_HO_TRO, file.name()
                    + ": định dạng tệp không được hỗ trợ; cần .csv (UTF-8) hoặc .xlsx");
        };
    }

    private static String formatOf(SourceFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            return "csv";
        }
        return name.endsWith(".xlsx") ? "xlsx" : name.substring(name.lastIndexOf('.') + 1);
    }
}
