package vn.tonghop.aggregate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.common.CrashPoint;
import vn.tonghop.common.DeterministicParquet;
import vn.tonghop.common.FileTrees;

/**
 * Writes the datasets into a new folder (layout: {@link DatasetLayout}): each per-plan dataset as one
 * sorted Parquet file and one CSV per plan and year, the others as one of each; the CSVs for machines
 * (UTF-8 with BOM, dot decimals, no thousands separators). The folder is a staging folder that the
 * caller switches in as a whole (cli.AggregateStage publishes it as a release), so readers never see
 * some datasets of one run and some of another.
 */
public final class DatasetFiles {
    /** The folders Spark names a partition's files by; partitionBy leaves these columns out of the files. */
    private static final String PLAN_FOLDER = "_ke_hoach";
    private static final String YEAR_FOLDER = "_nam";

    private DatasetFiles() {
    }

    /**
     * After a partial aggregation: the release before, whose partitions outside {@code recomputed}
     * are linked into the new folder as they are (a release is never written to once published).
     */
    public record Kept(Path previous, Set<Partitions.PlanYear> recomputed) {
    }

    /** Every dataset of a full aggregation into {@code dir}, which must not exist yet; returns the row count of each. */
    public static Map<String, Long> write(Datasets datasets, Path dir, Catalog catalog) {
        return write(datasets, dir, catalog, null);
    }

    /**
     * The same, with {@code kept} non-null for a partial aggregation: {@code datasets} then holds only
     * the recomputed partitions of the per-plan datasets. Each CSV is written on a thread of its own
     * while Spark computes the next dataset: the CSV stream is single-threaded, so on two cores they
     * overlap instead of taking turns.
     */
    public static Map<String, Long> write(Datasets datasets, Path dir, Catalog catalog, Kept kept) {
        Map<String, String> slugs = new LinkedHashMap<>();
        catalog.plans().forEach(p -> slugs.put(p.code(), p.slug()));
        Map<String, List<Future<Long>>> counts = new LinkedHashMap<>();
        ExecutorService csvWriter = Executors.newSingleThreadExecutor(r -> new Thread(r, "tonghop-csv"));
        try {
            if (Files.exists(dir)) {
                throw new IOException("thư mục đích đã tồn tại; bộ dữ liệu chỉ được ghi vào một thư mục mới");
            }
            Files.createDirectories(dir);
            for (Map.Entry<String, Dataset<Row>> e : datasets.byName().entrySet()) {
                String name = e.getKey();
                Dataset<Row> rows = e.getValue();
                List<String> written = DatasetLayout.perPlan(name) ? partitions(name, rows, dir, slugs) : List.of(whole(name, rows, dir));
                // the CSV is streamed from the file just written: a national dataset does not fit the driver's memory
                String[] columns = rows.columns();
                List<Future<Long>> rowCounts = new ArrayList<>();
                for (String parquetFile : written) {
                    Path parquet = dir.resolve(parquetFile);
                    Path csv = dir.resolve(parquetFile.substring(0, parquetFile.length() - ".parquet".length()) + ".csv");
                    rowCounts.add(csvWriter.submit(() -> Datasets.PARQUET_ONLY.contains(name) ? PublishedDatasets.rowCount(parquet)
                            : csv(parquet, columns, csv)));
                }
                if (kept != null && DatasetLayout.perPlan(name)) {
                    long linked = link(name, kept, slugs, dir);
                    rowCounts.add(java.util.concurrent.CompletableFuture.completedFuture(linked));
                }
                counts.put(name, rowCounts);
                CrashPoint.reach(CrashPoint.MID_DATASETS_WRITE);
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Map.Entry<String, List<Future<Long>>> count : counts.entrySet()) {
                long n = 0;
                for (Future<Long> part : count.getValue()) {
                    n += part.get();
                }
                rows.put(count.getKey(), n);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được bộ dữ liệu vào " + dir + ": " + e.getMessage(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw new UncheckedIOException("Không ghi được bộ dữ liệu vào " + dir + ": " + cause.getMessage(),
                    cause instanceof IOException io ? io : new IOException(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Ghi bộ dữ liệu bị ngắt: " + dir, e);
        } finally {
            csvWriter.shutdownNow();
        }
    }

    /** One sorted Parquet file, {@code <name>.parquet}; returns its relative path. */
    private static String whole(String name, Dataset<Row> rows, Path dir) throws IOException {
        Path parquetDir = dir.resolve(name + "-parquet");
        rows.repartition(1).sortWithinPartitions(keys(name)).write().mode(SaveMode.Overwrite).parquet(parquetDir.toUri().toString());
        String file = name + ".parquet";
        try (Stream<Path> parts = Files.list(parquetDir)) {
            Path part = parts.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst()
                    .orElseThrow(() -> new IOException("Spark không ghi ra tệp Parquet cho " + name));
            place(part, dir.resolve(file));
        }
        FileTrees.delete(parquetDir);
        return file;
    }

    /**
     * One sorted Parquet file per plan and year: every partition goes to one task (sorted by its keys
     * there), which writes it as one file; returns their relative paths in order.
     */
    private static List<String> partitions(String name, Dataset<Row> rows, Path dir, Map<String, String> slugs) throws IOException {
        List<Column> mapArgs = new ArrayList<>();
        slugs.forEach((code, slug) -> {
            mapArgs.add(functions.lit(code));
            mapArgs.add(functions.lit(slug));
        });
        Column slug = mapArgs.isEmpty() ? functions.lit(null).cast("string")
                : functions.element_at(functions.map(mapArgs.toArray(Column[]::new)), functions.col("ma_ke_hoach"));
        List<Column> order = new ArrayList<>(List.of(functions.col(PLAN_FOLDER), functions.col(YEAR_FOLDER)));
        order.addAll(List.of(keys(name)));
        Path parquetDir = dir.resolve(name + "-parquet");
        rows.withColumn(PLAN_FOLDER, slug).withColumn(YEAR_FOLDER, functions.col("nam"))
                .repartition(functions.col(PLAN_FOLDER), functions.col(YEAR_FOLDER)).sortWithinPartitions(order.toArray(Column[]::new))
                .write().mode(SaveMode.Overwrite).partitionBy(PLAN_FOLDER, YEAR_FOLDER).parquet(parquetDir.toUri().toString());
        Files.createDirectories(dir.resolve(name));
        List<String> written = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(parquetDir)) {
            for (Path part : walk.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                String plan = folderValue(part.getParent().getParent(), PLAN_FOLDER);
                String year = folderValue(part.getParent(), YEAR_FOLDER);
                if (!slugs.containsValue(plan) || !year.matches("\\d{4}")) {
                    throw new IOException(name + ": dòng có kế hoạch hoặc năm không rõ (" + part + ")");
                }
                String file = DatasetLayout.partition(name, new DatasetLayout.Partition(plan, Integer.parseInt(year)), ".parquet");
                if (Files.exists(dir.resolve(file))) {
                    throw new IOException(name + ": Spark ghi nhiều hơn một tệp cho " + file);
                }
                Files.createDirectories(dir.resolve(file).getParent());
                place(part, dir.resolve(file));
                written.add(file);
            }
        }
        FileTrees.delete(parquetDir);
        return written.stream().sorted().toList();
    }

    /** "x" from a folder Spark named "{@code column}=x". */
    private static String folderValue(Path folder, String column) {
        String name = folder.getFileName().toString();
        return name.startsWith(column + "=") ? name.substring(column.length() + 1) : "";
    }

    private static void place(Path part, Path file) throws IOException {
        Files.move(part, file);
        DeterministicParquet.normalise(file);
    }

    /** Links the partitions of {@code name} that were not recomputed from the release before; returns their rows. */
    private static long link(String name, Kept kept, Map<String, String> slugs, Path dir) throws IOException {
        Set<DatasetLayout.Partition> recomputed = new HashSet<>();
        kept.recomputed().forEach(p -> recomputed.add(new DatasetLayout.Partition(slugs.get(p.plan()), p.year())));
        long rows = 0;
        for (String ext : List.of(".parquet", ".csv")) {
            for (String file : DatasetLayout.files(kept.previous(), name, ext)) {
                if (recomputed.contains(DatasetLayout.partitionOf(file).orElseThrow())) {
                    continue;
                }
                Files.createDirectories(dir.resolve(file).getParent());
                FileTrees.linkOrCopy(kept.previous().resolve(file), dir.resolve(file));
                rows += ext.equals(".parquet") ? PublishedDatasets.rowCount(dir.resolve(file)) : 0;
            }
        }
        return rows;
    }

    private static Column[] keys(String name) {
        return Datasets.KEYS.get(name).stream().map(functions::col).toArray(Column[]::new);
    }

    private static long csv(Path parquet, String[] columns, Path file) throws IOException {
        long[] rows = {0};
        try (OutputStream out = Files.newOutputStream(file);
             Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(columns).setRecordSeparator("\r\n").get().print(writer)) {
                PublishedDatasets.forEachRow(parquet, row -> {
                    List<String> cells = new ArrayList<>(columns.length);
                    for (String column : columns) {
                        cells.add(cell(row.get(column)));
                    }
                    try {
                        printer.printRecord(cells);
                    } catch (IOException failed) {
                        throw new UncheckedIOException(failed);
                    }
                    rows[0]++;
                });
            }
        }
        return rows[0];
    }

    /**
     * Plain machine text: dot decimals without exponent (rounded to 10 places, so 8.234999999999998
     * from floating-point sums reads 8.235), ISO dates, empty for null.
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? ""
                    : BigDecimal.valueOf(d).setScale(10, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        String text = value.toString();
        // text a spreadsheet would run as a formula (=HYPERLINK(...), +, -, @) is neutralised with a leading '
        return value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }


}
