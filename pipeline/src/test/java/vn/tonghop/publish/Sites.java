package vn.tonghop.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.tonghop.common.Hashing;

/** Small stand-in sites for the publish tests, and their content as path → SHA-256. */
final class Sites {
    private Sites() {
    }

    /** A build step writing a tiny site whose pages say {@code text}; it returns what it wrote. */
    static Function<Path, Map<String, String>> saying(String text) {
        return staging -> {
            try {
                Files.createDirectories(staging.resolve("don-vi/CB-A"));
                Files.writeString(staging.resolve("index.html"), "<h1>Tổng hợp " + text + "</h1>", StandardCharsets.UTF_8);
                Files.writeString(staging.resolve("don-vi/CB-A/index.html"), "<p>Chi bộ A, " + text + "</p>", StandardCharsets.UTF_8);
                Files.write(staging.resolve("bieu-do.bin"), (text + "\u0000\u00ff").getBytes(StandardCharsets.UTF_8));
                return content(staging);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Every file under {@code dir} (following {@code dir} itself if it is the site link). */
    static Map<String, String> content(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.put(dir.relativize(f).toString(), Hashing.sha256(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String home(Path site) throws IOException {
        return Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
    }
}
