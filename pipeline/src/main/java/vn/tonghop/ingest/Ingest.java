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
import java.util.function.Consumer;
import vn.tonghop.catalog.Catalog;

/**
 * The ingest stage: reads report files, checks every row, and hands accepted and quarantined rows,
 * file outcomes and submissions to a {@link RowSink}. A bad row never blocks good rows; an
 * unreadable file is quarantined whole and never stops the other files.
 */
public final class Ingest {
    /** What the store already holds and how to name this batch. */
    public record Context(String batchId, int batchSequence, Instant ingestedAt,
                          Set<String> knownFileHashes, Set<String> knownReportKeys) {
    }

    private final RowValidator validator;

    public Ingest(Catalog catalog, LocalDate asOf) {
        this.validator = new RowValidator(catalog, asOf);
    }

    public IngestSummary run(List<SourceFile> files, Context context, RowSink sink, Consumer<String> progress) {
        IngestSummary summary = new IngestSummary();
        Set<String> hashes = new HashSet<>(context.knownFileHashes());
        Set<String> reports = new HashSet<>(context.knownReportKeys());
        int ordinal = 0;
        for (SourceFile file : files) {
            summary.fileSeen();
            if (!hashes.add(file.sha256())) {
                summary.alreadyIngested();
                continue;
            }
            ordinal++;
            Lineage lineage = new Lineage(file.name(), file.sha256(), context.batchId(),
                    (long) context.batchSequence() * 1_000_000L + ordinal, context.ingestedAt());
            progress.accept(String.format(Locale.ROOT, "[%d/%d] %s", summary.filesSeen(), files.size(), file.name()));
            FileRecord record;
            List<ReportRow> rows;
            try {
                ReadResult read = read(file);
                rows = checkRows(lineage, read.rows());
                record = fileRecord(file, lineage, read.format(), read.readNote(), rows, null);
            } catch (FileRejected rejected) {
                rows = List.of();
                record = fileRecord(file, lineage, formatOf(file), null, rows,
                        new Rejection(rejected.reason(), "tep", rejected.getMessage()));
            }
            emit(rows, record, reports, summary, sink);
        }
        return summary;
    }

    /**
     * Checks stored rows of already ingested files again (after the catalog or as-of date changed),
     * keeping their lineage but naming the new batch. Returns the summary of the new outcome.
     */
    public IngestSummary recheck(List<ReportRow> storedRows, String batchId, Set<String> knownReportKeys, RowSink sink) {
        IngestSummary summary = new IngestSummary();
        Map<String, List<ReportRow>> byFile = new LinkedHashMap<>();
        storedRows.stream().sorted(Comparator.comparing((ReportRow r) -> r.lineage().ingestSeq())
                        .thenComparing(r -> r.raw().rowNumber()))
                .forEach(r -> byFile.computeIfAbsent(r.lineage().fileHash(), h -> new ArrayList<>()).add(r));
        Set<String> reports = new HashSet<>(knownReportKeys);
        for (List<ReportRow> fileRows : byFile.values()) {
            Lineage old = fileRows.get(0).lineage();
            Lineage lineage = new Lineage(old.sourceFile(), old.fileHash(), batchId, old.ingestSeq(), old.ingestedAt());
            summary.fileSeen();
            List<ReportRow> rows = checkRows(lineage, fileRows.stream().map(ReportRow::raw).toList());
            FileRecord record = new FileRecord(lineage, -1, -1, "", "kiểm tra lại theo danh mục mới", rows.size(),
                    (int) rows.stream().filter(ReportRow::accepted).count(),
                    (int) rows.stream().filter(r -> !r.accepted()).count(), status(rows), null);
            emit(rows, record, reports, summary, sink);
        }
        return summary;
    }

    private List<ReportRow> checkRows(Lineage lineage, List<RawRow> raws) {
        List<ReportRow> rows = new ArrayList<>(raws.size());
        for (RawRow raw : raws) {
            rows.add(validator.check(lineage, raw));
        }
        return SubmissionRules.apply(rows);
    }

    private static void emit(List<ReportRow> rows, FileRecord record, Set<String> reports, IngestSummary summary, RowSink sink) {
        rows.forEach(r -> {
            if (!r.accepted()) {
                summary.rowQuarantined(r);
            }
            sink.row(r);
        });
        summary.fileRead(record);
        sink.file(record);
        for (SubmissionRecord s : submissions(rows)) {
            boolean counts = s.rowsAccepted() > 0;
            String key = s.unit() + "|" + s.planCode() + "|" + s.period();
            summary.submission(counts, counts && !reports.add(key));
            sink.submission(s);
        }
    }

    private static List<SubmissionRecord> submissions(List<ReportRow> rows) {
        Map<String, List<ReportRow>> byId = new LinkedHashMap<>();
        rows.stream().filter(r -> r.submissionId() != null)
                .forEach(r -> byId.computeIfAbsent(r.submissionId(), k -> new ArrayList<>()).add(r));
        List<SubmissionRecord> out = new ArrayList<>();
        byId.forEach((id, list) -> {
            ParsedRow p = list.get(0).parsed();
            List<ReportRow> accepted = list.stream().filter(ReportRow::accepted).toList();
            out.add(new SubmissionRecord(id, list.get(0).lineage(), p.unit(), p.planCode(), p.planSlug(), p.year(), p.period(),
                    accepted.isEmpty() ? null : accepted.get(0).parsed().submitted(), accepted.size(), list.size() - accepted.size()));
        });
        return out;
    }

    private static FileRecord fileRecord(SourceFile file, Lineage lineage, String format, String note,
                                         List<ReportRow> rows, Rejection rejection) {
        int accepted = (int) rows.stream().filter(ReportRow::accepted).count();
        String status = rejection != null ? FileRecord.WHOLE_FILE_QUARANTINED : status(rows);
        return new FileRecord(lineage, file.size(), file.modifiedMillis(), format, note, rows.size(), accepted,
                rows.size() - accepted, status, rejection);
    }

    private static String status(List<ReportRow> rows) {
        return rows.stream().allMatch(ReportRow::accepted) ? FileRecord.ACCEPTED : FileRecord.PARTLY;
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
