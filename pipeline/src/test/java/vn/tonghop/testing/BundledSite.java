package vn.tonghop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.tonghop.aggregate.Aggregation;
import vn.tonghop.aggregate.DatasetFiles;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.cli.Main;
import vn.tonghop.site.SiteBuilder;
import vn.tonghop.store.Store;

/**
 * The bundled sample, ingested, aggregated and rendered once per test JVM (as of 2025-06-20), for the
 * tests that read the site: HTML, links, browser, validator. Lives in target/, removed by mvn clean.
 */
public final class BundledSite {
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 20);
    private static BundledSite instance;
    private final Path site;
    private final Path datasets;
    private final Path store;
    private final Catalog catalog;

    private BundledSite(Path dir) {
        catalog = CatalogLoader.load(TestCatalogs.BUNDLED);
        store = dir.resolve("store");
        int code = Main.commandLine().execute("ingest", "--catalog", TestCatalogs.BUNDLED.toString(), "--inbox", "data/reports",
                "--store", store.toString(), "--workdir", dir.resolve("var").toString(), "--as-of", AS_OF.toString());
        if (code != 3) {
            throw new IllegalStateException("ingest of the bundled sample returned " + code + ", expected 3 (it has bad files)");
        }
        datasets = dir.resolve("datasets");
        DatasetFiles.write(Aggregation.run(SharedSpark.session(), catalog, Store.open(store.toString()), AS_OF), datasets, catalog);
        site = dir.resolve("site");
        new SiteBuilder(catalog, AS_OF, Path.of("site-templates")).build(datasets, site);
    }

    public static synchronized BundledSite get() {
        if (instance == null) {
            try {
                Path dir = Path.of("target", "bundled-site");
                vn.tonghop.common.FileTrees.delete(dir);
                instance = new BundledSite(Files.createDirectories(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public Path site() {
        return site;
    }

    public Path datasets() {
        return datasets;
    }

    /** The store the datasets were aggregated from. */
    public Path store() {
        return store;
    }

    public Catalog catalog() {
        return catalog;
    }
}
