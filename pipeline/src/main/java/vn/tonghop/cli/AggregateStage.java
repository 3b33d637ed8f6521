package vn.tonghop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import vn.tonghop.aggregate.Aggregation;
import vn.tonghop.aggregate.DatasetFiles;
import vn.tonghop.aggregate.DatasetLayout;
import vn.tonghop.aggregate.Datasets;
import vn.tonghop.aggregate.Partitions;
import vn.tonghop.aggregate.PublishedDatasets;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Plan;
import vn.tonghop.publish.Publication;
import vn.tonghop.publish.Published;
import vn.tonghop.publish.Publisher;
import vn.tonghop.store.Store;
import vn.tonghop.vi.ViFormat;

/**
 * Composes the aggregate stage for a command: run the Spark jobs, publish the datasets as a new
 * version switched in one step (vn.tonghop.publish), print a headline per plan.
 */
final class AggregateStage {
    private AggregateStage() {
    }

    static void run(SparkRuntime runtime, Settings settings, Catalog catalog, Store store, PrintWriter out) {
        run(runtime, settings, catalog, store, Optional.empty(), out);
    }

    /** With {@code partitions} present, re-aggregates only those and keeps the rest of the published datasets. */
    static void run(SparkRuntime runtime, Settings settings, Catalog catalog, Store store, Optional<Set<Partitions.PlanYear>> partitions,
                    PrintWriter out) {
        long start = System.currentTimeMillis();
        SparkSession spark = runtime.start();
        out.printf("Tổng hợp bằng Spark (%s)%s...%n", spark.sparkContext().master(), partitions.map(AggregateStage::scope).orElse(""));
        out.flush();
        Datasets datasets = partitions.isEmpty() ? Aggregation.run(spark, catalog, store, settings.asOf())
                : Aggregation.partial(spark, catalog, store, settings.asOf(), partitions.get());
        // the partitions not recomputed are linked from the release served now, which stays until pruned
        DatasetFiles.Kept kept = partitions.map(p -> new DatasetFiles.Kept(realPath(settings.datasets()), p)).orElse(null);
        // Written into a staging folder and switched in whole, like the site: `tonghop site` never
        // reads some datasets of this run and some of an earlier one.
        Published<Map<String, Long>> published = new Publisher(settings.datasets(), Publication.DATASETS)
                .publish(staging -> DatasetFiles.write(datasets, staging, catalog, kept));
        published.built().forEach((name, n) -> out.printf("  %-18s %8s dòng%n", name, SummaryText.n(n)));
        headlines(out, catalog, published.dir());
        out.printf("Bộ dữ liệu: %s (phiên bản %s)%n", settings.datasets().toAbsolutePath(), published.release());
        out.printf("Xong tổng hợp trong %s.%n", SummaryText.seconds(System.currentTimeMillis() - start));
        out.flush();
    }

    private static Path realPath(Path datasets) {
        try {
            return datasets.toRealPath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Không đọc được bộ dữ liệu đang công bố " + datasets + ": " + e.getMessage(), e);
        }
    }

    private static String scope(Set<Partitions.PlanYear> partitions) {
        return partitions.isEmpty() ? ", chỉ làm lại danh sách lần nộp và dòng cách ly"
                : ", chỉ tổng hợp lại " + partitions.stream().map(p -> p.plan() + " năm " + p.year()).collect(Collectors.joining(", "));
    }

    /**
     * For each plan, its root's reporting in the latest period already due: the first line leadership asks for.
     * Read from the published files, newest year first: a partial run computed only some plans and years.
     */
    private static void headlines(PrintWriter out, Catalog catalog, Path published) {
        List<String> files = DatasetLayout.files(published, "reporting_summary", ".parquet");
        for (Plan plan : catalog.plans()) {
            List<String> years = new ArrayList<>(files.stream()
                    .filter(f -> DatasetLayout.partitionOf(f).map(p -> p.planSlug().equals(plan.slug())).orElse(false)).toList());
            Collections.reverse(years);
            for (String year : years) {
                List<Map<String, Object>> roots = new ArrayList<>();
                PublishedDatasets.forEachRow(published.resolve(year), r -> {
                    if ("cay".equals(r.get("pham_vi")) && plan.reporters().subtree().equals(r.get("ma_don_vi"))
                            && r.get("ky_vong") instanceof Long expected && expected > 0) {
                        roots.add(r);
                    }
                });
                Optional<Map<String, Object>> latest = roots.stream().max(Comparator.comparing((Map<String, Object> r) -> (LocalDate) r.get("han_nop"))
                        .thenComparing(r -> (String) r.get("ky_bao_cao")));
                if (latest.isPresent()) {
                    Map<String, Object> r = latest.get();
                    out.printf("  %s, kỳ %s: %s/%s đơn vị nộp báo cáo (%s%%), %s đúng hạn (%s%%)%n", plan.code(), r.get("ky_bao_cao"),
                            SummaryText.n((Long) r.get("da_nop")), SummaryText.n((Long) r.get("ky_vong")),
                            ViFormat.number((Double) r.get("ty_le_nop") * 100, 1), SummaryText.n((Long) r.get("dung_han")),
                            ViFormat.number((Double) r.get("ty_le_dung_han") * 100, 1));
                    break;
                }
            }
        }
    }
}
