package vn.tonghop.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import vn.tonghop.common.Hashing;

/**
 * The SHA-256 of every regular file of a frozen year, in {@code sha256sum} format, and the check
 * of a frozen year against it. Links to other frozen years are not files of this year: each year
 * is checked on its own.
 */
public final class ArchiveChecksums {
    private ArchiveChecksums() {
    }

    /**
     * Writes the list of {@code files} (by path relative to {@code folder}) into {@code folder/name};
     * returns the number of files of the year, the list included. Reads only the files {@code known}
     * has not hashed yet: the years one run freezes are hard links to the same release, 40 GB each at
     * national size.
     */
    static long write(Path folder, String name, Map<String, Path> files, Known known) throws IOException {
        List<String> lines;
        try {
            lines = files.entrySet().parallelStream().map(e -> known.sha256(e.getValue()) + "  " + e.getKey()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return lines.size() + 1;
    }

    /**
     * SHA-256s already computed, by file identity (device and inode), size and modification time. Sound
     * because tonghop never rewrites a published file in place: a changed file is a new file.
     */
    static final class Known {
        private final Map<String, String> sums = new ConcurrentHashMap<>();
        private final AtomicLong read = new AtomicLong();

        String sha256(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.fileKey() == null) {
                    return hash(file);
                }
                String identity = attributes.fileKey() + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
                return sums.computeIfAbsent(identity, k -> hash(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String hash(Path file) {
            read.incrementAndGet();
            return Hashing.sha256(file);
        }

        /** How many files were read to be hashed. */
        long read() {
            return read.get();
        }
    }

    /** A check of a frozen year: how many files its list names, and what differs ("thiếu", "khác", "thừa" with the path). */
    public record Check(long listed, List<String> problems) {
    }

    static Check verify(Path folder, String name) throws IOException {
        Map<String, Path> present = files(folder, name);
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(folder.resolve(name))) {
            problems.add("thiếu danh sách " + name);
            return new Check(0, problems);
        }
        long listed = 0;
        for (String line : Files.readAllLines(folder.resolve(name), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            listed++;
            String sum = line.substring(0, 64);
            String path = line.substring(66);
            Path file = present.remove(path);
            if (file == null) {
                problems.add("thiếu: " + path);
            } else if (!sum.equals(Hashing.sha256(file))) {
                problems.add("khác (SHA-256 không khớp): " + path);
            }
        }
        present.keySet().forEach(path -> problems.add("thừa (không có trong danh sách): " + path));
        return new Check(listed, problems);
    }

    /** Regular files under the folder by relative path, not following links, without the list itself. */
    private static Map<String, Path> files(Path folder, String listName) throws IOException {
        Map<String, Path> files = filesUnder(folder, folder);
        files.remove(listName);
        return files;
    }

    /** Regular files under {@code dir} (absent: none), not following links, by path relative to {@code folder}. */
    static Map<String, Path> filesUnder(Path folder, Path dir) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .forEach(f -> files.put(folder.relativize(f).toString(), f));
        }
        return files;
    }
}
