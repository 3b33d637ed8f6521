package vn.tonghop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.common.FileTrees;
import vn.tonghop.site.SiteBuilder;
import vn.tonghop.vi.ViFormat;

/**
 * Composes the site stage: build the pages from the datasets into a fresh folder beside the site,
 * then put it in place of the old one. (The nightly operations make this switch atomic.)
 */
final class SiteStage {
    static final Path TEMPLATES = Path.of("site-templates");

    private SiteStage() {
    }

    static void run(Settings settings, Catalog catalog, PrintWriter out) {
        Path site = settings.site().toAbsolutePath();
        Path fresh = site.resolveSibling(site.getFileName() + ".moi");
        Path old = site.resolveSibling(site.getFileName() + ".cu");
        try {
            FileTrees.delete(fresh);
            SiteBuilder.Result result = new SiteBuilder(catalog, settings.asOf(), templates(), options(settings))
                    .build(settings.datasets(), fresh);
            FileTrees.delete(old);
            if (Files.exists(site)) {
                Files.move(site, old);
            }
            Files.move(fresh, site);
            FileTrees.delete(old);
            long pagesMillis = Math.max(1, result.millis() - result.downloadsMillis());
            out.printf("Trang web: %s trang, %s biểu đồ (%s lấy từ bộ nhớ đệm) trong %s: trang và biểu đồ %s (%s trang/giây),"
                            + " tệp tải về %s%n",
                    SummaryText.n(result.pages()), SummaryText.n(result.charts()), SummaryText.n(result.chartsFromCache()),
                    SummaryText.seconds(result.millis()), SummaryText.seconds(pagesMillis),
                    ViFormat.number(result.pages() * 1000.0 / pagesMillis, 0), SummaryText.seconds(result.downloadsMillis()));
            out.printf("Mở trang chủ: %s%n", site.resolve("index.html"));
        } catch (IOException e) {
            throw new UncheckedIOException("Không thay được trang web " + site + ": " + e.getMessage(), e);
        }
        out.flush();
    }

    /** Charts are kept between runs in the state folder; frozen years come from the archive folder. */
    private static SiteBuilder.Options options(Settings settings) {
        return new SiteBuilder.Options(SiteBuilder.PAGE_SIZE, settings.state().resolve("bieu-do"), settings.archive());
    }

    /** The templates folder: beside the working directory, or beside the code when run from elsewhere. */
    private static Path templates() {
        if (Files.isDirectory(TEMPLATES)) {
            return TEMPLATES;
        }
        Path home = Path.of(System.getProperty("tonghop.home", "."));
        return home.resolve(TEMPLATES);
    }
}
