package vn.tonghop.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageEncodingStats;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Parquet writers list a column's encodings in the iteration order of a hash set of enums, which
 * changes from one JVM to the next: the same rows give files a few footer bytes apart. Rewriting the
 * footer with those lists sorted makes equal content give equal bytes (and equal SHA-256 in the
 * published checksums). Only the footer is read and rewritten; the data pages stay where they are.
 */
public final class DeterministicParquet {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private DeterministicParquet() {
    }

    public static void normalise(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(tail, size - 8);
            int length = tail.getInt(0);
            if (length <= 0 || length > size - 12 || tail.get(4) != MAGIC[0] || tail.get(7) != MAGIC[3]) {
                throw new IOException(file + " không phải tệp Parquet hợp lệ (phần cuối tệp sai)");
            }
            long start = size - 8 - length;
            ByteBuffer footer = ByteBuffer.allocate(length);
            channel.read(footer, start);
            FileMetaData meta = Util.readFileMetaData(new ByteArrayInputStream(footer.array()));
            for (RowGroup group : meta.getRow_groups()) {
                for (ColumnChunk chunk : group.getColumns()) {
                    ColumnMetaData column = chunk.getMeta_data();
                    if (column == null) {
                        continue;
                    }
                    if (column.isSetEncodings()) {
                        column.getEncodings().sort(Comparator.comparingInt(Encoding::getValue));
                    }
                    if (column.isSetEncoding_stats()) {
                        column.getEncoding_stats().sort(Comparator.comparingInt((PageEncodingStats s) -> s.getPage_type().getValue())
                                .thenComparingInt(s -> s.getEncoding().getValue()).thenComparingInt(PageEncodingStats::getCount));
                    }
                }
            }
            ByteArrayOutputStream rewritten = new ByteArrayOutputStream(length);
            Util.writeFileMetaData(meta, rewritten);
            ByteBuffer out = ByteBuffer.allocate(rewritten.size() + 8).order(ByteOrder.LITTLE_ENDIAN);
            out.put(rewritten.toByteArray()).putInt(rewritten.size()).put(MAGIC).flip();
            channel.write(out, start);
            channel.truncate(start + rewritten.size() + 8);
        }
    }
}
