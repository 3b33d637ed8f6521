package vn.tonghop.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.store.BatchWriter;
import vn.tonghop.store.Manifest;
import vn.tonghop.store.Store;

/**
 * Run in a child JVM by {@link LargeCsvStreamingTest}: ingests an inbox into a new store, the way
 * the nightly job does, and prints the counts and the heap limit it ran under. Arguments: catalog,
 * inbox, store, as-of date.
 */
public final class LargeCsvIngestMain {
    private LargeCsvIngestMain() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: LargeCsvIngestMain CATALOG INBOX STORE AS_OF, got " + List.of(args));
        }
        Catalog catalog = CatalogLoader.load(Path.of(args[0]));
        List<SourceFile> files = Inbox.scan(List.of(Path.of(args[1]))).files();
        LocalDate asOf = LocalDate.parse(args[3]);
        Store store = Store.open(args[2]);
        IngestSummary summary;
        try (BatchWriter batch = store.begin("ingest", Instant.now())) {
            summary = new Ingest(catalog, asOf).run(files, new Ingest.Context(batch.batchId(), batch.sequence(), Instant.now(),
                    Set.of(), Set.of()), batch, Ingest.Progress.NONE);
            batch.commit(catalog.fingerprint(), asOf);
        }
        long stored = store.manifest().files(Store.ACCEPTED).stream().mapToLong(Manifest.DataFile::rows).sum();
        System.out.printf(Locale.ROOT, "rows_read=%d accepted=%d quarantined=%d stored_accepted=%d max_heap_mb=%d%n",
                summary.rowsRead(), summary.rowsAccepted(), summary.rowsQuarantined(), stored, Runtime.getRuntime().maxMemory() >> 20);
    }
}
