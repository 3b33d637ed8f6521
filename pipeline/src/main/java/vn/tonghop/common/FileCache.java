package vn.tonghop.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Files kept in a folder under a key the caller computes (a hash of what made them), written aside
 * and renamed so a killed run never leaves half a file; {@link #prune} removes what this run did not
 * use, and leftovers of interrupted writes. Shared by the chart cache and the PDF cache.
 */
public final class FileCache {
    private final Path folder;
    private final String extension;
    private final String what;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger hits = new AtomicInteger();

    /** {@code what} names the cache in messages ("biểu đồ", "PDF"); {@code extension} like ".svg". */
    public FileCache(Path folder, String extension, String what) {
        this.folder = java.util.Objects.requireNonNull(folder, "folder");
        this.extension = extension;
        this.what = what;
    }

    public boolean has(String key) {
        return Files.isRegularFile(file(key));
    }

    /** The bytes kept under {@code key}, or made now and kept. */
    public byte[] get(String key, Supplier<byte[]> make) {
        used.add(key);
        try {
            if (has(key)) {
                hits.incrementAndGet();
                return Files.readAllBytes(file(key));
            }
            byte[] bytes = make.get();
            Files.createDirectories(folder);
            Path tmp = folder.resolve(key + ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Không dùng được bộ nhớ đệm " + what + " " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Entries served from the folder rather than made. */
    public int hits() {
        return hits.get();
    }

    /** Removes the entries this run did not use, and leftovers of interrupted writes. */
    public void prune() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(extension) || !used.contains(name.substring(0, name.length() - extension.length()))) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không dọn được bộ nhớ đệm " + what + " " + folder + ": " + e.getMessage(), e);
        }
    }

    private Path file(String key) {
        return folder.resolve(key + extension);
    }
}
