package vn.tonghop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.publish.Published;
import vn.tonghop.publish.Publisher;
import vn.tonghop.publish.ReleaseId;
import vn.tonghop.site.SiteBuilder;
import vn.tonghop.vi.ViFormat;

/**
 * Composes the site stage: build the pages from the datasets into a staging folder, then publish it
 * as a new release switched in atomically (vn.tonghop.publish).
 */
final class SiteStage {
    static final Path TEMPLATES = Path.of("site-templates");

    private SiteStage() {
    }

    /** Builds and publishes the site; returns the release now served. */
    static String run(Settings settings, Catalog catalog, PrintWriter out, boolean redrawCharts) {
        return run(settings, catalog, out, redrawCharts, List.of(), ProgramFingerprint.of(templates()));
    }

    /**
     * Also lists and links the years the run freezes from this release once it is published; {@code program}
     * is the run's {@link ProgramFingerprint}, computed once per run.
     */
    static String run(Settings settings, Catalog catalog, PrintWriter out, boolean redrawCharts, List<Integer> freezing,
                      String program) {
        if (redrawCharts) {
            try {
                vn.tonghop.common.FileTrees.delete(chartCache(settings));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Không xóa được bộ nhớ đệm biểu đồ: " + e.getMessage(), e);
            }
        }
        Publisher publisher = new Publisher(settings.site());
        SiteBuilder.Previous previous = redrawCharts ? null : SiteLedger.load(settings.state())
                .filter(l -> program.equals(l.program()))
                .flatMap(l -> publisher.current().filter(c -> c.name().equals(l.release()))
                        .map(c -> new SiteBuilder.Previous(publisher.releases().resolve(c.name()), l.keys())))
                .orElse(null);
        Published<SiteBuilder.Result> published = publisher.publish(staging -> new SiteBuilder(catalog, settings.asOf(), templates(),
                options(settings, previous, freezing)).build(settings.datasets(), staging));
        SiteBuilder.Result result = published.built();
        new SiteLedger(published.release().name(), program, result.keys()).save(settings.state());
        long pagesMillis = Math.max(1, result.millis() - result.downloadsMillis());
        out.printf("Trang web: %s trang, %s biểu đồ (%s lấy từ bộ nhớ đệm), %s tệp giữ nguyên từ bản trước; trong %s: trang và"
                        + " biểu đồ %s (%s trang/giây), tệp tải về %s%n",
                SummaryText.n(result.pages()), SummaryText.n(result.charts()), SummaryText.n(result.chartsFromCache()),
                SummaryText.n(result.filesReused()),
                SummaryText.seconds(result.millis()), SummaryText.seconds(pagesMillis),
                ViFormat.number(result.pages() * 1000.0 / pagesMillis, 0), SummaryText.seconds(result.downloadsMillis()));
        out.printf("Đã công bố bản phát hành %s%s; giữ %s bản trước để quay lại (tonghop rollback)%s.%n", published.release(),
                published.previous().map(p -> " thay cho bản " + p).orElse(""), SummaryText.n(published.kept().size() - 1),
                published.pruned().isEmpty() ? "" : ", đã xóa bản cũ " + names(published.pruned()));
        out.printf("Mở trang chủ: %s%n", publisher.site().resolve("index.html"));
        out.flush();
        return published.release().name();
    }

    /** Charts are kept between runs in the state folder; frozen years come from the archive folder; documents from theirs. */
    private static SiteBuilder.Options options(Settings settings, SiteBuilder.Previous previous, List<Integer> freezing) {
        return new SiteBuilder.Options(SiteBuilder.PAGE_SIZE, chartCache(settings), settings.archive(), previous, freezing,
                DocumentsStage.reports(settings), DocumentsStage.forms(settings));
    }

    private static Path chartCache(Settings settings) {
        return settings.state().resolve("bieu-do");
    }

    private static String names(List<ReleaseId> ids) {
        return ids.stream().map(ReleaseId::name).collect(Collectors.joining(", "));
    }

    /** The templates folder: beside the working directory, or beside the code when run from elsewhere. */
    static Path templates() {
        if (Files.isDirectory(TEMPLATES)) {
            return TEMPLATES;
        }
        Path home = Path.of(System.getProperty("tonghop.home", "."));
        return home.resolve(TEMPLATES);
    }
}
