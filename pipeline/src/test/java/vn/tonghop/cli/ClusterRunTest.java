package vn.tonghop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.aggregate.DatasetLayout;
import vn.tonghop.aggregate.Datasets;
import vn.tonghop.testing.Cli;
import vn.tonghop.testing.FileHashes;
import vn.tonghop.testing.TestCatalogs;

/**
 * The same {@code tonghop aggregate} on a real Spark standalone cluster (a Master and two Workers, each
 * its own JVM, executors launched by the workers) and in local mode, over one store on a shared path:
 * the published datasets are equal byte for byte, and both workers' executors ran tasks.
 * scripts/spark-cluster does the same at the bundled data's size, through spark-submit and the cluster jar.
 */
class ClusterRunTest {
    @TempDir
    Path dir;

    @Test
    void aggregateOnAStandaloneClusterPublishesTheDatasetsOfALocalRun() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("cb-a-2024-h1.csv"), CrashRecoveryTest.REPORT_A, StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("db-d-2024-h1.csv"), CrashRecoveryTest.REPORT_B, StandardCharsets.UTF_8);
        Path store = dir.resolve("store");
        Cli.Result ingest = Cli.run("ingest", "--catalog", TestCatalogs.MINI.toString(), "--inbox", inbox.toString(),
                "--workdir", dir.resolve("ingest").toString(), "--store", store.toString(), "--as-of", CrashRecoveryTest.AS_OF);
        assertEquals(ExitCode.OK, ingest.code(), ingest.out() + ingest.err());

        Path local = dir.resolve("local");
        Path onCluster = dir.resolve("on-cluster");
        long started = System.nanoTime();
        // the local run (a child JVM like the cluster's driver, local[2]) goes on while the cluster's JVMs start
        ChildRun localRun = ChildRun.start(dir.resolve("logs/local.log"), List.of(), aggregate(local, store, "local[2]"));
        ChildRun.Outcome localDone;
        try {
            try (ClusterOnLoopback cluster = ClusterOnLoopback.start(dir.resolve("cluster"), 2)) {
                System.out.printf("cluster of 2 workers ready after %d s%n", (System.nanoTime() - started) / 1_000_000_000);
                ChildRun.Outcome clusterRun = ChildRun.run(dir.resolve("logs/on-cluster.log"), cluster.driverOptions(),
                        aggregate(onCluster, store, cluster.url()));
                assertEquals(ExitCode.OK, clusterRun.code(), clusterRun.output());
                assertTrue(clusterRun.output().contains("Tổng hợp bằng Spark (" + cluster.url() + ")"), clusterRun.output());
                for (int worker = 1; worker <= 2; worker++) {
                    long tasks = cluster.finishedTasks(worker);
                    System.out.printf("worker %d: its executor finished %d tasks%n", worker, tasks);
                    assertTrue(tasks > 0, "the executor of worker " + worker + " ran tasks");
                }
            }
            localDone = localRun.await();
        } finally {
            localRun.kill(); // only if a failure above left it running
        }
        assertEquals(ExitCode.OK, localDone.code(), localDone.output());
        assertTrue(localDone.output().contains("Tổng hợp bằng Spark (local[2])"), localDone.output());

        Path datasets = local.resolve("datasets");
        Map<String, String> expected = FileHashes.of(datasets);
        for (String name : Datasets.KEYS.keySet()) {
            int parquet = DatasetLayout.files(datasets, name, ".parquet").size();
            assertTrue(parquet > 0, name + " is published: " + expected.keySet());
            assertEquals(Datasets.PARQUET_ONLY.contains(name) ? 0 : parquet, DatasetLayout.files(datasets, name, ".csv").size(),
                    name + ": a CSV beside each Parquet file unless Parquet only: " + expected.keySet());
        }
        assertTrue(DatasetLayout.rowCount(datasets, "reporting") > 0, "the datasets hold rows");
        assertEquals(expected, FileHashes.of(onCluster.resolve("datasets")), "the cluster wrote the local run's datasets, byte for byte");
    }

    /** {@code tonghop aggregate} of the store into {@code work}/datasets. */
    private static String[] aggregate(Path work, Path store, String master) {
        return new String[] {"aggregate", "--catalog", TestCatalogs.MINI.toString(), "--workdir", work.toString(), "--store", store.toString(),
                "--as-of", CrashRecoveryTest.AS_OF, "--master", master, "--shuffle-partitions", "2"};
    }
}
