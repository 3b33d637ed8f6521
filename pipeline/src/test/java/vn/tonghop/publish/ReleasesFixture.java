package vn.tonghop.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** A site path and its releases in a fresh temporary folder, for the tests of publishing. */
abstract class ReleasesFixture {
    @TempDir
    Path dir;

    Path site() {
        return dir.resolve("var/site");
    }

    Path releases() {
        return dir.resolve("var/site-releases");
    }

    /** The names in the releases folder, sorted. */
    List<String> onDisk() throws IOException {
        try (Stream<Path> list = Files.list(releases())) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
