package vn.tonghop.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;

/**
 * Writes and reads store tables with parquet-hadoop directly, so ingest needs no Spark job and file
 * names are ours (not Spark's random part names). Any Hadoop file system path works.
 */
final class ParquetIO {
    private ParquetIO() {
    }

    /** An open file: rows go in one at a time, so a large batch is never held in memory. */
    static final class Writer implements AutoCloseable {
        private final TableSchema schema;
        private final ParquetWriter<Group> writer;
        private final SimpleGroupFactory groups;
        private long rows;

        Writer(Path path, TableSchema schema, Configuration conf) throws IOException {
            this.schema = schema;
            this.groups = new SimpleGroupFactory(schema.parquetSchema());
            this.writer = ExampleParquetWriter.builder(path).withConf(conf).withType(schema.parquetSchema())
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).withCompressionCodec(CompressionCodecName.SNAPPY)
                    .build();
        }

        void write(Map<String, Object> values) throws IOException {
            Group g = groups.newGroup();
            for (String column : schema.columnNames()) {
                Object v = values.get(column);
                if (v == null) {
                    continue;
                }
                switch (schema.type(column)) {
                    case STRING -> g.add(column, Binary.fromString((String) v));
                    case INT -> g.add(column, ((Number) v).intValue());
                    case LONG -> g.add(column, ((Number) v).longValue());
                    case DOUBLE -> g.add(column, ((Number) v).doubleValue());
                    case DATE -> g.add(column, (int) ((LocalDate) v).toEpochDay());
                    case TIMESTAMP -> g.add(column, ((Instant) v).toEpochMilli());
                    default -> throw new IllegalStateException(column);
                }
            }
            writer.write(g);
            rows++;
        }

        long rows() {
            return rows;
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    static List<Map<String, Object>> read(Path path, TableSchema schema, Configuration conf) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        forEach(path, schema, conf, out::add);
        return out;
    }

    /** Each row of the file, in order, as a map by column name. */
    static void forEach(Path path, TableSchema schema, Configuration conf, Consumer<Map<String, Object>> action)
            throws IOException {
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), path).withConf(conf).build()) {
            Group g;
            while ((g = reader.read()) != null) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (String column : schema.columnNames()) {
                    if (g.getFieldRepetitionCount(column) == 0) {
                        row.put(column, null);
                        continue;
                    }
                    row.put(column, switch (schema.type(column)) {
                        case STRING -> new String(g.getBinary(column, 0).getBytes(), StandardCharsets.UTF_8);
                        case INT -> g.getInteger(column, 0);
                        case LONG -> g.getLong(column, 0);
                        case DOUBLE -> g.getDouble(column, 0);
                        case DATE -> LocalDate.ofEpochDay(g.getInteger(column, 0));
                        case TIMESTAMP -> Instant.ofEpochMilli(g.getLong(column, 0));
                    });
                }
                action.accept(row);
            }
        }
    }
}
