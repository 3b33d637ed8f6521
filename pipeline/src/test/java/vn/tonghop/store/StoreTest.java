package vn.tonghop.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.common.Hashing;
import vn.tonghop.ingest.Ingest;
import vn.tonghop.ingest.IngestSummary;
import vn.tonghop.ingest.SourceFile;
import vn.tonghop.testing.SharedSpark;
import vn.tonghop.testing.TestCatalogs;

/** Real Parquet files written by the store and read back by a real SparkSession. */
class StoreTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 20);
    static final Path CORPUS = Path.of("pipeline/src/test/resources/corpus");
    final Catalog catalog = TestCatalogs.mini();
    final SparkSession spark = SharedSpark.session();

    @Test
    void batchIsReadBackBySparkWithPartitionsAndLineage(@TempDir Path dir) throws IOException {
        Store store = Store.open(dir.toString());
        IngestSummary summary = ingest(store, List.of("ok-utf8.csv", "bad-numbers.csv", "bad-unknown-codes.csv", "bad-windows-1258.csv"));

        Dataset<Row> accepted = StoreTables.accepted(spark, store);
        Dataset<Row> quarantine = StoreTables.quarantine(spark, store);
        assertEquals(summary.rowsAccepted(), accepted.count());
        assertEquals(summary.rowsQuarantined(), quarantine.count());
        assertEquals(summary.rowsRead(), accepted.count() + quarantine.count());

        Row mh = accepted.where("ma_muc = 'MH-DK' and tep_nguon = 'ok-utf8.csv'").first();
        assertEquals("12-kh-du", mh.getAs("ke_hoach"));
        assertEquals(2024, (int) mh.getAs("nam"));
        assertEquals(3.0, (double) mh.getAs("gia_tri"), 1e-9);
        assertEquals("CB-A", mh.getAs("ma_don_vi"));
        assertEquals(java.sql.Date.valueOf("2024-04-28"), mh.getAs("ngay_nop"));
        assertEquals(Hashing.sha256(CORPUS.resolve("ok-utf8.csv")), mh.getAs("ma_bam_tep"));
        assertEquals(4, (int) mh.getAs("so_dong"));
        assertEquals("b00000001", mh.getAs("lo_nap"));

        Row unknownPlan = quarantine.where("ma_ly_do = 'KE_HOACH_KHONG_TON_TAI'").first();
        assertEquals("khong-xac-dinh", unknownPlan.getAs("ke_hoach"));
        assertEquals("99-KH/ĐU", unknownPlan.getAs("ma_ke_hoach_goc"));

        Dataset<Row> files = StoreTables.files(spark, store);
        assertEquals(4, files.count());
        assertEquals("cach_ly_ca_tep", files.where("tep_nguon = 'bad-windows-1258.csv'").first().getAs("trang_thai"));
        assertTrue(StoreTables.submissions(spark, store).where("ma_don_vi = 'CB-A' and ky_bao_cao = '2024-H1'").count() >= 2);
    }

    @Test
    void ingestingTheSameFilesAgainAddsNothing(@TempDir Path dir) throws IOException {
        Store store = Store.open(dir.toString());
        ingest(store, List.of("ok-utf8.csv", "bad-dates.csv"));
        Manifest before = store.manifest();
        IngestSummary again = ingest(store, List.of("ok-utf8.csv", "bad-dates.csv"));
        assertEquals(2, again.filesAlreadyIngested());
        assertEquals(0, again.rowsRead());
        assertEquals(before, store.manifest(), "no new batch, no new manifest");
        assertEquals(8, StoreTables.accepted(spark, store).count());
    }

    @Test
    void anUncommittedBatchLeavesTheStoreAsItWas(@TempDir Path dir) throws IOException {
        Store store = Store.open(dir.toString());
        ingest(store, List.of("ok-utf8.csv"));
        Manifest before = store.manifest();
        try (BatchWriter crashed = store.begin("ingest", Instant.EPOCH)) {
            new Ingest(catalog, AS_OF).run(List.of(source("bad-numbers.csv")), new Ingest.Context(crashed.batchId(),
                    crashed.sequence(), Instant.EPOCH, store.knownFileHashes(), store.knownReportKeys()), crashed, Ingest.Progress.NONE);
            // no commit: as if the process died here
        }
        assertEquals(before, store.manifest());
        assertEquals(7, StoreTables.accepted(spark, store).count());
        try (Stream<Path> files = Files.walk(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith("b00000002")), "leftovers removed");
        }
        IngestSummary retry = ingest(store, List.of("bad-numbers.csv"));
        assertEquals(7, retry.rowsAccepted(), "the file was never stored, so the next run reads it");
    }

    @Test
    void aNewerStoreFormatIsRefused(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("_manifest"));
        Files.writeString(dir.resolve("_manifest/v00000001.json"),
                "{\"format\":\"tonghop-store\",\"formatVersion\":99,\"sequence\":1,\"batches\":[]}");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir.toString()));
        assertTrue(e.getMessage().contains("phiên bản 99"), e.getMessage());
    }

    private IngestSummary ingest(Store store, List<String> names) throws IOException {
        List<SourceFile> files = new java.util.ArrayList<>();
        for (String n : names) {
            files.add(source(n));
        }
        try (BatchWriter batch = store.begin("ingest", Instant.EPOCH)) {
            IngestSummary s = new Ingest(catalog, AS_OF).run(files, new Ingest.Context(batch.batchId(), batch.sequence(),
                    Instant.EPOCH, store.knownFileHashes(), store.knownReportKeys()), batch, Ingest.Progress.NONE);
            batch.commit(catalog.fingerprint(), AS_OF);
            return s;
        }
    }

    private static SourceFile source(String name) throws IOException {
        Path p = CORPUS.resolve(name);
        return new SourceFile(p, name, Files.size(p), 0, Hashing.sha256(p));
    }
}
