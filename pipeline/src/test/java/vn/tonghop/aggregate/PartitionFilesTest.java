package vn.tonghop.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Plan;
import vn.tonghop.store.Store;
import vn.tonghop.testing.BundledSite;
import vn.tonghop.testing.FileHashes;
import vn.tonghop.testing.SharedSpark;

/**
 * The per-plan datasets as files per plan and year: each file holds its plan and year only, and a
 * partial aggregation writes its partitions, links the others from the release before, and ends
 * with the very files a full aggregation writes.
 */
class PartitionFilesTest {
    @Test
    void eachFileHoldsOnePlanAndYear() {
        Path datasets = BundledSite.get().datasets();
        Catalog catalog = BundledSite.get().catalog();
        for (String name : Partitions.PER_PLAN) {
            List<String> files = DatasetLayout.files(datasets, name, ".parquet");
            assertTrue(files.size() >= 3, name + ": a file per plan and year of the bundled sample: " + files);
            for (String file : files) {
                DatasetLayout.Partition p = DatasetLayout.partitionOf(file).orElseThrow();
                String code = plan(catalog, p.planSlug()).code();
                long[] rows = {0};
                PublishedDatasets.forEachRow(datasets.resolve(file), r -> {
                    assertEquals(code, r.get("ma_ke_hoach"), file);
                    assertEquals(p.year(), r.get("nam"), file);
                    rows[0]++;
                });
                assertTrue(rows[0] > 0, file + " has rows");
                if (!Datasets.PARQUET_ONLY.contains(name)) {
                    assertTrue(Files.isRegularFile(datasets.resolve(file.replace(".parquet", ".csv"))), "a CSV beside " + file);
                }
            }
        }
    }

    @Test
    void aPartialAggregationLinksThePartitionsItDidNotRecompute(@TempDir Path dir) throws IOException {
        BundledSite bundled = BundledSite.get();
        Path full = bundled.datasets();
        Catalog catalog = bundled.catalog();
        DatasetLayout.Partition first = DatasetLayout.partitionOf(DatasetLayout.files(full, "tasks", ".parquet").get(0)).orElseThrow();
        Set<Partitions.PlanYear> recompute = Partitions.toRecompute(Set.of(
                new Partitions.PlanYear(plan(catalog, first.planSlug()).code(), first.year())));

        Path out = dir.resolve("datasets");
        Map<String, Long> rows = DatasetFiles.write(Aggregation.partial(SharedSpark.session(), catalog,
                Store.open(bundled.store().toString()), BundledSite.AS_OF, recompute), out, catalog, new DatasetFiles.Kept(full, recompute));

        assertEquals(FileHashes.of(full), FileHashes.of(out), "the files of a full aggregation, byte for byte");
        Set<String> linked = new TreeSet<>();
        Set<String> written = new TreeSet<>();
        for (String file : FileHashes.of(out).keySet()) {
            boolean recomputed = DatasetLayout.partitionOf(file)
                    .map(p -> recompute.contains(new Partitions.PlanYear(plan(catalog, p.planSlug()).code(), p.year()))).orElse(true);
            (Files.isSameFile(out.resolve(file), full.resolve(file)) ? linked : written).add(file);
            assertEquals(!recomputed, linked.contains(file), file + (recomputed ? " is written afresh" : " is linked from the release before"));
        }
        assertFalse(linked.isEmpty(), "some partitions are kept: " + written);
        assertTrue(written.contains("submissions.parquet") && written.stream().anyMatch(f -> f.startsWith("tasks/" + first.planSlug() + "/")),
                "the recomputed partitions and the whole datasets are written: " + written);
        for (String name : Datasets.KEYS.keySet()) {
            assertEquals(DatasetLayout.rowCount(full, name), rows.get(name), name + ": the rows counted are all the dataset's");
        }
    }

    private static Plan plan(Catalog catalog, String slug) {
        return catalog.planByCodeOrSlug(slug).orElseThrow(() -> new AssertionError(slug));
    }
}
