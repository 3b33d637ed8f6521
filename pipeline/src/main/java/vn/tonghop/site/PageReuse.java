package vn.tonghop.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import vn.tonghop.common.FileTrees;
import vn.tonghop.common.Hashing;
import vn.tonghop.common.SimulatedFullDisk;

/**
 * Files of the previous release reused when what they are made from is unchanged: a page by a hash
 * of its template and view model, a download by a hash of its datasets. A reused file is a hard link
 * into the previous release (a copy where the file system cannot link), so a run with a few new
 * reports renders and writes only what changed, and the release is the same as a full build.
 */
final class PageReuse {
    /** What a file was made from, as a hash, by path in the site. */
    private final Map<String, String> keys = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final SiteBuilder.Previous previous;
    private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();

    PageReuse(SiteBuilder.Previous previous) {
        this.previous = previous;
    }

    static String key(String... parts) {
        return Hashing.sha256(String.join("\n", parts));
    }

    /** A writer of one file, called only when the file cannot be reused. */
    @FunctionalInterface
    interface Writer {
        void write(Path file) throws IOException;
    }

    /** Puts the file {@code path} into the site {@code out}: reused when its key is unchanged, else written. Thread-safe. */
    void place(Path out, String path, String key, Writer writer) throws IOException {
        Path file = out.resolve(path);
        Files.createDirectories(file.getParent());
        SimulatedFullDisk.beforeWrite(file); // a link needs room too: a full disk fails reused files as well
        keys.put(path, key);
        if (previous != null && key.equals(previous.keys().get(path))) {
            Path old = previous.dir().resolve(path);
            if (Files.isRegularFile(old)) {
                FileTrees.linkOrCopy(old, file);
                reused.incrementAndGet();
                return;
            }
        }
        writer.write(file);
    }

    Map<String, String> keys() {
        return new TreeMap<>(keys);
    }

    int reused() {
        return reused.get();
    }
}
