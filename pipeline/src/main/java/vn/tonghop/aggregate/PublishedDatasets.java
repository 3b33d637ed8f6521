package vn.tonghop.aggregate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * The published datasets as later stages (documents, site) read them: the Parquet files of the
 * datasets folder, read on the driver without Spark (a run that changes nothing never starts Spark).
 */
public final class PublishedDatasets {
    private final Map<String, List<Map<String, Object>>> tables;

    private PublishedDatasets(Map<String, List<Map<String, Object>>> tables) {
        this.tables = tables;
    }

    public static PublishedDatasets read(Path dir, List<String> names) {
        return read(dir, names, Map.of());
    }

    /** The same, keeping of the datasets named in {@code keep} only the rows it accepts: a reader holds what it uses. */
    public static PublishedDatasets read(Path dir, List<String> names, Map<String, java.util.function.Predicate<Map<String, Object>>> keep) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String name : names) {
            tables.put(name, readDataset(dir, name, keep.getOrDefault(name, row -> true)));
        }
        return new PublishedDatasets(tables);
    }

    /** Streams a dataset's rows, file after file (see {@link DatasetLayout#files}), none kept. */
    public static void forEachRow(Path dir, String name, java.util.function.Consumer<Map<String, Object>> row) {
        if (!DatasetLayout.published(dir, name)) {
            throw new UncheckedIOException(new IOException("Thiếu bộ dữ liệu " + name + " trong " + dir + ": hãy chạy bước tổng hợp trước"));
        }
        DatasetLayout.files(dir, name, ".parquet").forEach(file -> forEachRow(dir.resolve(file), row));
    }

    public List<Map<String, Object>> rows(String name) {
        List<Map<String, Object>> rows = tables.get(name);
        if (rows == null) {
            throw new IllegalArgumentException("bộ dữ liệu không được đọc: " + name);
        }
        return rows;
    }

    /** Repeated values (codes, dates, statuses, notes) are held once: a dataset repeats them on most rows. */
    private static List<Map<String, Object>> readDataset(Path dir, String name, java.util.function.Predicate<Map<String, Object>> keep) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<Object, Object> canonical = new java.util.HashMap<>();
        forEachRow(dir, name, row -> {
            if (!keep.test(row)) {
                return;
            }
            Object[] values = ((DatasetRow) row).cells();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null && !(values[i] instanceof Double)) {
                    values[i] = canonical.computeIfAbsent(values[i], v -> v);
                }
            }
            out.add(row);
        });
        return out;
    }

    /** Rows in a Parquet file, from its footer. */
    public static long rowCount(Path file) {
        try (org.apache.parquet.hadoop.ParquetFileReader reader = org.apache.parquet.hadoop.ParquetFileReader.open(
                org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
            return reader.getRecordCount();
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được " + file + ": " + e.getMessage(), e);
        }
    }

    /** Streams a published dataset's rows in file order (sorted by its keys), none kept: for datasets too big to hold. */
    public static void forEachRow(Path file, java.util.function.Consumer<Map<String, Object>> row) {
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
                new org.apache.hadoop.fs.Path(file.toUri())).withConf(new Configuration()).build()) {
            Group g;
            DatasetRow.Columns columns = null;
            while ((g = reader.read()) != null) {
                GroupType type = g.getType();
                if (columns == null) {
                    columns = DatasetRow.Columns.of(type.getFields().stream().map(Type::getName).toList());
                }
                Object[] values = new Object[type.getFieldCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = g.getFieldRepetitionCount(i) == 0 ? null : value(g, i, type.getType(i).asPrimitiveType());
                }
                row.accept(new DatasetRow(columns, values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được " + file + ": " + e.getMessage(), e);
        }
    }

    private static Object value(Group g, int i, PrimitiveType type) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        return switch (type.getPrimitiveTypeName()) {
            case BINARY -> new String(g.getBinary(i, 0).getBytes(), StandardCharsets.UTF_8);
            case INT32 -> logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
                    ? LocalDate.ofEpochDay(g.getInteger(i, 0)) : (Object) g.getInteger(i, 0);
            case INT64 -> g.getLong(i, 0);
            case DOUBLE -> g.getDouble(i, 0);
            case BOOLEAN -> g.getBoolean(i, 0);
            default -> throw new IllegalStateException("kiểu cột chưa hỗ trợ: " + type);
        };
    }
}
