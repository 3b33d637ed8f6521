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
import java.util.List;
import java.util.Map;
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
import vn.tonghop.common.CrashPoint;
import vn.tonghop.common.DeterministicParquet;

/**
 * Writes each dataset as one sorted Parquet file and one CSV for machines (UTF-8 with BOM, dot
 * decimals, no thousands separators), with fixed names, into a new folder. The folder is a staging
 * folder that the caller switches in as a whole (cli.AggregateStage publishes it as a release),
 * so readers never see some datasets of one run and some of another.
 */
public final class DatasetFiles {
    private DatasetFiles() {
    }

    /**
     * Writes every dataset into {@code dir}, which must not exist yet; returns the row count of each.
     * Each CSV is written on a thread of its own while Spark computes the next dataset: both are
     * mostly single-threaded at national size (one sorted partition, one CSV stream), so on two
     * cores they overlap instead of taking turns.
     */
    public static Map<String, Long> write(Datasets datasets, Path dir) {
        Map<String, Future<Long>> counts = new java.util.LinkedHashMap<>();
        ExecutorService csvWriter = Executors.newSingleThreadExecutor(r -> new Thread(r, "tonghop-csv"));
        try {
            if (Files.exists(dir)) {
                throw new IOException("thư mục đích đã tồn tại; bộ dữ liệu chỉ được ghi vào một thư mục mới");
            }
            Files.createDirectories(dir);
            for (Map.Entry<String, Dataset<Row>> e : datasets.byName().entrySet()) {
                String name = e.getKey();
                Column[] order = Datasets.KEYS.get(name).stream().map(functions::col).toArray(Column[]::new);
                Dataset<Row> sorted = e.getValue().repartition(1).sortWithinPartitions(order);
                Path parquetDir = dir.resolve(name + "-parquet");
                sorted.write().mode(SaveMode.Overwrite).parquet(parquetDir.toUri().toString());
                Path parquet = dir.resolve(name + ".parquet");
                try (Stream<Path> parts = Files.list(parquetDir)) {
                    Path part = parts.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst()
                            .orElseThrow(() -> new IOException("Spark không ghi ra tệp Parquet cho " + name));
                    Files.move(part, parquet);
                    DeterministicParquet.normalise(parquet);
                }
                vn.tonghop.common.FileTrees.delete(parquetDir);
                // the CSV is streamed from the file just written: a national dataset does not fit the driver's memory
                String[] columns = sorted.columns();
                counts.put(name, csvWriter.submit(() -> Datasets.PARQUET_ONLY.contains(name) ? PublishedDatasets.rowCount(parquet)
                        : csv(parquet, columns, dir.resolve(name + ".csv"))));
                CrashPoint.reach(CrashPoint.MID_DATASETS_WRITE);
            }
            Map<String, Long> rows = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Future<Long>> count : counts.entrySet()) {
                rows.put(count.getKey(), count.getValue().get());
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


    /** The datasets published in {@code dir}, as written by {@link #write}. */
    public static Datasets read(org.apache.spark.sql.SparkSession spark, Path dir) {
        Map<String, Dataset<Row>> byName = new java.util.LinkedHashMap<>();
        for (String name : Datasets.KEYS.keySet()) {
            byName.put(name, spark.read().parquet(dir.resolve(name + ".parquet").toUri().toString()));
        }
        return Datasets.of(byName);
    }
}
