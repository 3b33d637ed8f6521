package vn.tonghop.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.UnitVersion;
import vn.tonghop.vi.Fold;

/**
 * The search index, written at build time as .js files loaded by script tags (browsers block
 * fetch of file://). It is split so no file grows with the country: entries are taken in shards of
 * {@value #SHARD} (units first, then plans, indicators and task notes), and within a shard the words
 * of each entry's folded text ("truong", "dang", "uy") are filed under their first two letters, one
 * file per shard and pair; the entries themselves are stored in numbered chunks. A query loads the
 * word files of its own words shard by shard until it has enough results, then the chunks of the
 * entries it shows. (One file per pair for the whole index was 33 MB for "th" at 10,000 units.)
 */
final class SearchIndex {
    /** Entries per chunk file. */
    static final int CHUNK = 500;
    /** Entries per shard of the word files. */
    static final int SHARD = 20_000;
    /** Folder of the index, relative to the site root. */
    static final String FOLDER = "static/tim-kiem/";

    /** t: text shown, u: link from the site root, d: detail. */
    record Entry(String t, String u, String d) {
    }

    private SearchIndex() {
    }

    /**
     * Writes the index files below {@code siteRoot} from a stream of entries, shard by shard: at
     * 50,000 units every entry and every word's ids held at once (millions of task notes, beside
     * the site's data) overran a 12 GiB heap. At most one shard is held.
     */
    static void write(Catalog catalog, SiteData data, LocalDate asOf, Path siteRoot) throws IOException {
        Path folder = siteRoot.resolve(FOLDER);
        Files.createDirectories(folder);
        Writer index = new Writer(folder, CHUNK, SHARD);
        for (String code : catalog.units().codes()) {
            UnitVersion v = catalog.units().versionOn(code, asOf).orElse(catalog.units().latest(code).orElseThrow());
            index.add(new Entry(v.name(), Links.unit(code), v.kind()), code + " " + v.kind());
        }
        for (Plan plan : catalog.plans()) {
            index.add(new Entry("Kế hoạch " + plan.code(), Links.plan(plan.slug()), plan.title()), plan.title());
        }
        for (var m : catalog.movements()) {
            for (var i : m.indicators()) {
                index.add(new Entry(i.name(), Links.movement(m.slug()), m.name()), i.code() + " " + m.name());
            }
        }
        for (Map<String, Object> r : data.tasksWithNotes()) {
            Plan plan = catalog.plan((String) r.get("ma_ke_hoach")).orElseThrow();
            String unit = (String) r.get("ma_don_vi");
            String unitName = catalog.units().latest(unit).map(UnitVersion::name).orElse(unit);
            index.add(new Entry((String) r.get("ghi_chu"), Links.plan(plan.slug()),
                    unitName + ", " + plan.code() + " " + r.get("ky_bao_cao") + ", nhiệm vụ " + r.get("ma_muc")),
                    unitName + " " + r.get("ma_muc"));
        }
        index.finish();
    }

    /** Takes entries in order; writes each chunk when it is full and each shard's word files when the shard is. */
    static final class Writer {
        private final Path folder;
        private final int chunkSize;
        private final int shardSize;
        private final List<Entry> chunk = new ArrayList<>();
        private final List<String> shardKeys = new ArrayList<>();
        private int count;

        Writer(Path folder, int chunkSize, int shardSize) {
            this.folder = folder;
            this.chunkSize = chunkSize;
            this.shardSize = shardSize;
        }

        void add(Entry entry, String extra) throws IOException {
            chunk.add(entry);
            shardKeys.add(Fold.foldPhrase(entry.t() + " " + extra));
            count++;
            if (chunk.size() == chunkSize) {
                writeChunk();
            }
            if (shardKeys.size() == shardSize) {
                writeShard();
            }
        }

        void finish() throws IOException {
            if (!chunk.isEmpty()) {
                writeChunk();
            }
            if (!shardKeys.isEmpty()) {
                writeShard();
            }
            writeFile(folder.resolve("thong-tin.js"), "window.TONGHOP_TIM_KIEM = "
                    + json(new TreeMap<>(Map.of("chunk", chunkSize, "shard", shardSize, "entries", count))) + ";\n");
        }

        private void writeChunk() throws IOException {
            int n = (count - 1) / chunkSize;
            writeFile(folder.resolve("muc-" + n + ".js"),
                    "(window.TONGHOP_MUC = window.TONGHOP_MUC || {})[" + n + "] = " + json(chunk) + ";\n");
            chunk.clear();
        }

        private void writeShard() throws IOException {
            int shard = (count - 1) / shardSize;
            String name = shard + "-";
            for (Map.Entry<String, Map<String, List<Integer>>> words : wordFiles(shardKeys, shard * shardSize).entrySet()) {
                String prefix = words.getKey();
                writeFile(folder.resolve("tu-" + name + prefix + ".js"),
                        "(window.TONGHOP_TU = window.TONGHOP_TU || {})[\"" + name + prefix + "\"] = " + json(words.getValue()) + ";\n");
            }
            shardKeys.clear();
        }
    }

    private static void writeFile(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** word -> ids of the entries containing it, grouped by the word's first two letters; {@code keys.get(i)} is entry {@code first + i}. */
    static Map<String, Map<String, List<Integer>>> wordFiles(List<String> keys, int first) {
        Map<String, Map<String, List<Integer>>> byPrefix = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            for (String word : words(keys.get(i))) {
                byPrefix.computeIfAbsent(word.substring(0, 2), p -> new TreeMap<>())
                        .computeIfAbsent(word, w -> new ArrayList<>()).add(first + i);
            }
        }
        return byPrefix;
    }

    /** The distinct searchable words of a folded text: letters and digits, two characters or more. */
    static Set<String> words(String folded) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : folded.split("[^a-z0-9]+")) {
            if (w.length() >= 2) {
                words.add(w);
            }
        }
        return words;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
