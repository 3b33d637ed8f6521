package vn.tonghop.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Office files are zips: rewriting every entry with one fixed time makes equal content give equal bytes. */
public final class DeterministicZip {
    private DeterministicZip() {
    }

    public static byte[] withFixedTimes(byte[] zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
