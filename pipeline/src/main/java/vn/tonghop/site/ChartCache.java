package vn.tonghop.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import vn.tonghop.common.FileCache;
import vn.tonghop.common.Hashing;
import vn.tonghop.site.chart.Bar;
import vn.tonghop.site.chart.BarChart;
import vn.tonghop.site.chart.LineChart;
import vn.tonghop.site.chart.LineSeries;
import vn.tonghop.site.chart.StackedChart;
import vn.tonghop.site.chart.StatusColours;
import vn.tonghop.site.chart.SvgCharts;

/**
 * Rendered charts kept by a hash of their data, in memory for one build and, when given a folder,
 * on disk across builds, so a nightly run redraws only charts whose numbers changed. The key also
 * covers the renderer's own class files, so a new version of tonghop never serves old drawings.
 * Charts not used by a build are removed from the folder at the end of it.
 */
final class ChartCache {
    private static final List<Class<?>> RENDERER = List.of(SvgCharts.class, BarChart.class, Bar.class, LineChart.class,
            LineSeries.class, StackedChart.class, StatusColours.class);

    /** On disk across builds, when given a folder (null: in memory for one build). */
    private final FileCache files;
    private final String rendererHash;
    /** Drawn charts by key, only when there is no folder: with one, the files are the cache (a build never holds them all). */
    private final Map<String, String> inMemory = new ConcurrentHashMap<>();
    private final AtomicInteger memoryHits = new AtomicInteger();

    /** A cache in memory only ({@code folder} null) or on disk in {@code folder}. */
    ChartCache(Path folder) {
        this.files = folder == null ? null : new FileCache(folder, ".svg", "biểu đồ");
        this.rendererHash = Hashing.classFiles(RENDERER);
    }

    /** The chart's SVG: from the cache when the same chart (same record value) was drawn before, else drawn now. */
    String svg(Record chart, Supplier<String> draw) {
        String key = Hashing.sha256(rendererHash + "\n" + chart);
        if (files != null) {
            return new String(files.get(key, () -> draw.get().getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
        String cached = inMemory.get(key);
        if (cached != null) {
            memoryHits.incrementAndGet();
            return cached;
        }
        String svg = draw.get();
        inMemory.put(key, svg);
        return svg;
    }

    /** Charts taken from the cache rather than drawn. */
    int hits() {
        return memoryHits.get() + (files == null ? 0 : files.hits());
    }

    /** Removes cached charts this build did not use, and leftovers of interrupted writes. */
    void prune() {
        if (files != null) {
            files.prune();
        }
    }
}
