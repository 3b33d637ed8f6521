package vn.tonghop.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.Util;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.testing.BundledSite;
import vn.tonghop.testing.SharedSpark;

/** Equal rows give equal Parquet bytes whatever order the writer listed encodings in. */
class DeterministicParquetTest {
    @Test
    void encodingListsInAnyOrderGiveTheSameBytesAndTheSameRows(@TempDir Path dir) throws IOException {
        Path datasets = BundledSite.get().datasets();
        Path published = datasets.resolve(vn.tonghop.aggregate.DatasetLayout.files(datasets, "reporting", ".parquet").get(0));
        Path reordered = dir.resolve("reordered.parquet");
        Files.write(reordered, withReversedEncodings(Files.readAllBytes(published)));
        assertNotEquals(-1L, Files.mismatch(published, reordered), "the footer lists encodings in another order");

        DeterministicParquet.normalise(reordered);
        assertEquals(-1L, Files.mismatch(published, reordered), "normalised: the same bytes as the published file");
        assertEquals(SharedSpark.session().read().parquet(published.toString()).count(),
                SharedSpark.session().read().parquet(reordered.toString()).count(), "and still a Parquet file Spark reads");
    }

    /** The file with every column's encoding list reversed, as a writer in another JVM may list it. */
    private static byte[] withReversedEncodings(byte[] file) throws IOException {
        int length = ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        int start = file.length - 8 - length;
        FileMetaData meta = Util.readFileMetaData(new ByteArrayInputStream(file, start, length));
        meta.getRow_groups().forEach(g -> g.getColumns().stream().map(ColumnChunk::getMeta_data)
                .forEach(c -> Collections.reverse(c.getEncodings())));
        ByteArrayOutputStream footer = new ByteArrayOutputStream();
        Util.writeFileMetaData(meta, footer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(file, 0, start);
        out.write(footer.toByteArray());
        out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footer.size()).array());
        out.write(Arrays.copyOfRange(file, file.length - 4, file.length));
        return out.toByteArray();
    }
}
