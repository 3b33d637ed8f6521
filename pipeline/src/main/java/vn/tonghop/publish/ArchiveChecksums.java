package vn.tonghop.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /** Writes the list into {@code folder/name}; returns the number of files of the year, the list included. */
    static long write(Path folder, String name) throws IOException {
        List<String> lines = new ArrayList<>();
        files(folder, name).forEach((path, file) -> lines.add(Hashing.sha256(file) + "  " + path));
        Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return lines.size() + 1;
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
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .forEach(f -> files.put(folder.relativize(f).toString(), f));
        }
        files.remove(listName);
        return files;
    }
}
