package vn.tonghop.oracle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.tonghop.aggregate.Aggregation;
import vn.tonghop.aggregate.Datasets;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.common.FileTrees;
import vn.tonghop.store.Store;

/**
 * Run by scripts/benchmark (not a test): the aggregation in Spark, as the nightly job runs it
 * (local[*], 8 shuffle partitions), and the same datasets in DuckDB over the same store Parquet,
 * in one JVM, twice by default (the first round cold, as the nightly job, the second warm). Prints one
 * line per dataset group with both times and their ratio. Arguments: catalog, store, as-of date, scratch
 * folder and, optionally, the number of rounds (1: the cold round only, for sizes where a round takes long).
 */
public final class AggregationBenchmark {
    /** Spark datasets per DuckDB script; lineage, submissions and quarantine have no DuckDB counterpart. */
    private static final Map<String, List<String>> GROUPS = Map.of("reporting", List.of("reporting", "reporting_summary"),
            "tasks", List.of("tasks", "task_summary"), "indicators", List.of("indicators"));

    private static final List<String> ROUNDS = List.of("lần 1 (nguội)", "lần 2 (đã khởi động)");

    private AggregationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4 && args.length != 5) {
            throw new IllegalArgumentException("usage: AggregationBenchmark CATALOG STORE AS_OF SCRATCH [ROUNDS], got " + List.of(args));
        }
        List<String> rounds = ROUNDS.subList(0, args.length == 5 ? Integer.parseInt(args[4]) : ROUNDS.size());
        Catalog catalog = CatalogLoader.load(Path.of(args[0]));
        Store store = Store.open(args[1]);
        LocalDate asOf = LocalDate.parse(args[2]);
        Path scratch = Path.of(args[3]);
        SparkSession spark = SparkSession.builder().master("local[*]").appName("tonghop-benchmark")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
                .config("spark.driver.host", "127.0.0.1").config("spark.sql.session.timeZone", "Asia/Ho_Chi_Minh")
                .getOrCreate();
        try {
            for (String round : rounds) {
                Map<String, Long> sparkMillis = spark(spark, catalog, store, asOf, scratch);
                Map<String, Long> duck = DuckDbOracle.timed(store, catalog, asOf);
                print(round, sparkMillis, duck);
            }
        } finally {
            spark.stop();
            FileTrees.delete(scratch);
        }
    }

    /** "shared": the checkpointed steps every dataset uses; then each dataset written to Parquet, which computes it. */
    private static Map<String, Long> spark(SparkSession spark, Catalog catalog, Store store, LocalDate asOf, Path scratch)
            throws Exception {
        Map<String, Long> millis = new LinkedHashMap<>();
        FileTrees.delete(scratch);
        Files.createDirectories(scratch);
        long start = System.currentTimeMillis();
        Datasets datasets = Aggregation.run(spark, catalog, store, asOf);
        millis.put("shared", System.currentTimeMillis() - start);
        for (Map.Entry<String, Dataset<Row>> e : datasets.byName().entrySet()) {
            long t = System.currentTimeMillis();
            e.getValue().coalesce(1).write().parquet(scratch.resolve(e.getKey()).toString());
            millis.put(e.getKey(), System.currentTimeMillis() - t);
        }
        return millis;
    }

    private static void print(String round, Map<String, Long> spark, Map<String, Long> duck) {
        System.out.println("So sánh Spark / DuckDB, " + round + ":");
        System.out.printf("  %-28s %10s %10s %8s%n", "nhóm bộ dữ liệu", "Spark ms", "DuckDB ms", "tỷ lệ");
        line("đầu vào chung", spark.get("shared"), duck.get("load") + duck.get("inputs"));
        long sparkTotal = spark.get("shared");
        long duckTotal = duck.get("load") + duck.get("inputs");
        for (String group : List.of("reporting", "tasks", "indicators")) {
            long s = GROUPS.get(group).stream().mapToLong(spark::get).sum();
            line(String.join(" + ", GROUPS.get(group)), s, duck.get(group));
            sparkTotal += s;
            duckTotal += duck.get(group);
        }
        line("tổng (5 bộ dữ liệu)", sparkTotal, duckTotal);
        System.out.printf("  (chỉ Spark: lineage %d ms, submissions %d ms, quarantine %d ms)%n", spark.get("lineage"),
                spark.get("submissions"), spark.get("quarantine"));
    }

    private static void line(String name, long spark, long duck) {
        System.out.printf("  %-28s %10d %10d %8s%n", name, spark, duck, duck == 0 ? "-" : String.format("%.1fx", (double) spark / duck));
    }
}
