package vn.tonghop.common;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test hook: {@code -Dtonghop.fullDiskAtFile=N} makes the Nth file a writer checks, and every one
 * after it, fail as on a full disk (the disk stays full). The site's page writer checks it; without
 * the property {@link #beforeWrite} is one comparison.
 */
public final class SimulatedFullDisk {
    public static final String PROPERTY = "tonghop.fullDiskAtFile";
    /** The operating system's text for ENOSPC, as Java reports it. */
    public static final String NO_SPACE = "No space left on device";

    private static final long AT = Long.getLong(PROPERTY, 0);
    private static final AtomicLong CHECKED = new AtomicLong();

    private SimulatedFullDisk() {
    }

    public static void beforeWrite(Path file) throws IOException {
        if (AT > 0 && CHECKED.incrementAndGet() >= AT) {
            throw new FileSystemException(file.toString(), null, NO_SPACE);
        }
    }
}
