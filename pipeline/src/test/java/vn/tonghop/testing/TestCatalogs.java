package vn.tonghop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;

/** The small test catalog (one plan, six units with a merge and a new unit) and the bundled one. */
public final class TestCatalogs {
    public static final Path MINI = Path.of("pipeline/src/test/resources/catalog-mini");
    public static final Path BUNDLED = Path.of("data/catalog");

    private TestCatalogs() {
    }

    public static Catalog mini() {
        return CatalogLoader.load(MINI);
    }

    /** A writable copy of the mini catalog, for tests that break or change it. */
    public static Path copyOfMini(Path target) {
        try (Stream<Path> files = Files.walk(MINI)) {
            for (Path source : files.toList()) {
                Path dest = target.resolve(MINI.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
