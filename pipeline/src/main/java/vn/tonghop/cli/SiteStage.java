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

    static void run(Settings settings, Catalog catalog, PrintWriter out) {
        Publisher publisher = new Publisher(settings.site());
        Published<SiteBuilder.Result> published = publisher.publish(staging -> new SiteBuilder(catalog, settings.asOf(), templates())
                .build(settings.datasets(), staging));
        SiteBuilder.Result result = published.built();
        out.printf("Trang web: %s trang, %s biểu đồ trong %s (%s trang/giây)%n", SummaryText.n(result.pages()),
                SummaryText.n(result.charts()), SummaryText.seconds(result.millis()),
                ViFormat.number(result.pages() * 1000.0 / Math.max(1, result.millis()), 0));
        out.printf("Đã công bố bản phát hành %s%s; giữ %s bản trước để quay lại (tonghop rollback)%s.%n", published.release(),
                published.previous().map(p -> " thay cho bản " + p).orElse(""), SummaryText.n(published.kept().size() - 1),
                published.pruned().isEmpty() ? "" : ", đã xóa bản cũ " + names(published.pruned()));
        out.printf("Mở trang chủ: %s%n", publisher.site().resolve("index.html"));
        out.flush();
    }

    private static String names(List<ReleaseId> ids) {
        return ids.stream().map(ReleaseId::name).collect(Collectors.joining(", "));
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
