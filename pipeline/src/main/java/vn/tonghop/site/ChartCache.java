package vn.tonghop.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
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

    private final Path folder;
    private final String rendererHash;
    /** Keys of the charts this build used, so prune keeps them. */
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** Drawn charts by key, only when there is no folder: with one, the files are the cache (a build never holds them all). */
    private final Map<String, String> inMemory = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();

    /** A cache in memory only ({@code folder} null) or on disk in {@code folder}. */
    ChartCache(Path folder) {
        this.folder = folder;
        this.rendererHash = rendererHash();
    }

    /** The chart's SVG: from the cache when the same chart (same record value) was drawn before, else drawn now. */
    String svg(Record chart, Supplier<String> draw) {
        String key = Hashing.sha256(rendererHash + "\n" + chart);
        Path file = folder == null ? null : folder.resolve(key + ".svg");
        try {
            String svg = file == null ? inMemory.get(key) : Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            if (svg != null) {
                hits.incrementAndGet();
            } else {
                svg = draw.get();
                if (file == null) {
                    inMemory.put(key, svg);
                } else {
                    Files.createDirectories(folder);
                    Path tmp = folder.resolve(key + ".tmp");
                    Files.writeString(tmp, svg, StandardCharsets.UTF_8);
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            used.add(key);
            return svg;
        } catch (IOException e) {
            throw new UncheckedIOException("Không dùng được bộ nhớ đệm biểu đồ " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Charts taken from the cache rather than drawn. */
    int hits() {
        return hits.get();
    }

    /** Removes cached charts this build did not use, and leftovers of interrupted writes. */
    void prune() {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".svg") || !used.contains(name.substring(0, name.length() - 4))) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không dọn được bộ nhớ đệm biểu đồ " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String rendererHash() {
        StringBuilder all = new StringBuilder();
        for (Class<?> c : RENDERER) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                all.append(in == null ? c.getName() : HexFormat.of().formatHex(Hashing.sha256().digest(in.readAllBytes())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }
}
