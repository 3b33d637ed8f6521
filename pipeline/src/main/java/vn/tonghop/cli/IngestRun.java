package vn.tonghop.cli;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.ingest.Inbox;
import vn.tonghop.ingest.Ingest;
import vn.tonghop.ingest.IngestSummary;
import vn.tonghop.ingest.ReportRow;
import vn.tonghop.store.BatchWriter;
import vn.tonghop.store.Manifest;
import vn.tonghop.store.Store;

/**
 * Composes catalog, ingest and store for one ingest: first re-check quarantined rows when the
 * catalog or the as-of date changed, then ingest new inbox files in one batch.
 */
final class IngestRun {
    record Outcome(IngestSummary recheck, long recovered, IngestSummary ingest, List<String> skipped) {
    }

    private IngestRun() {
    }

    static Outcome run(Settings settings, Catalog catalog, Store store, Inbox.Listing listing, ProgressLine progress) {
        Ingest ingest = new Ingest(catalog, settings.asOf());
        Manifest manifest = store.manifest();
        IngestSummary recheck = null;
        long recovered = 0;
        boolean checksChanged = !catalog.fingerprint().equals(manifest.catalogFingerprint())
                || !settings.asOf().toString().equals(manifest.asOf());
        if (checksChanged) {
            List<ReportRow> stored = store.rowsToRecheck();
            if (!stored.isEmpty()) {
                progress.note("Kiểm tra lại " + stored.size() + " dòng của các tệp có dòng bị cách ly theo danh mục hoặc ngày chốt");
                try (BatchWriter batch = store.begin("recheck", Instant.now())) {
                    CollectingSink outcome = new CollectingSink();
                    recheck = ingest.recheck(stored, batch.batchId(), store.knownReportKeys(), outcome);
                    if (changed(stored, outcome.rows)) {
                        outcome.files.forEach(f -> batch.supersede(f.lineage().fileHash()));
                        outcome.replayInto(batch);
                        batch.commit(catalog.fingerprint(), settings.asOf());
                        recovered = outcome.rows.stream().filter(ReportRow::accepted).count()
                                - stored.stream().filter(ReportRow::accepted).count();
                    }
                }
            }
        }
        IngestSummary summary;
        try (BatchWriter batch = store.begin("ingest", Instant.now())) {
            Ingest.Context context = new Ingest.Context(batch.batchId(), batch.sequence(), Instant.now(),
                    store.knownFileHashes(), store.knownReportKeys());
            summary = ingest.run(listing.files(), context, batch, progress);
            batch.commit(catalog.fingerprint(), settings.asOf());
        }
        return new Outcome(recheck, recovered, summary, listing.skipped());
    }

    /** True when any row's outcome (accepted, or its reason) differs from what is stored. */
    private static boolean changed(List<ReportRow> before, List<ReportRow> after) {
        Map<String, String> old = new HashMap<>();
        before.forEach(r -> old.put(key(r), reason(r)));
        return before.size() != after.size() || after.stream().anyMatch(r -> !Objects.equals(old.get(key(r)), reason(r)));
    }

    private static String key(ReportRow r) {
        return r.lineage().fileHash() + "#" + r.raw().rowNumber();
    }

    private static String reason(ReportRow r) {
        return r.accepted() ? "" : r.rejection().reason().name();
    }
}
