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
     * Writes the index files below {@code siteRoot}, each as soon as it is made: at 50,000 units all
     * of them held at once (beside the site's data) overran a 12 GiB heap.
     */
    static void write(Catalog catalog, SiteData data, LocalDate asOf, Path siteRoot) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String code : catalog.units().codes()) {
            UnitVersion v = catalog.units().versionOn(code, asOf).orElse(catalog.units().latest(code).orElseThrow());
            add(entries, keys, new Entry(v.name(), Links.unit(code), v.kind()), code + " " + v.kind());
        }
        for (Plan plan : catalog.plans()) {
            add(entries, keys, new Entry("Kế hoạch " + plan.code(), Links.plan(plan.slug()), plan.title()), plan.title());
        }
        catalog.movements().forEach(m -> m.indicators().forEach(i ->
                add(entries, keys, new Entry(i.name(), Links.movement(m.slug()), m.name()), i.code() + " " + m.name())));
        for (Map<String, Object> r : data.tasksWithNotes()) {
            Plan plan = catalog.plan((String) r.get("ma_ke_hoach")).orElseThrow();
            String unit = (String) r.get("ma_don_vi");
            String unitName = catalog.units().latest(unit).map(UnitVersion::name).orElse(unit);
            add(entries, keys, new Entry((String) r.get("ghi_chu"), Links.plan(plan.slug()),
                    unitName + ", " + plan.code() + " " + r.get("ky_bao_cao") + ", nhiệm vụ " + r.get("ma_muc")),
                    unitName + " " + r.get("ma_muc"));
        }
        Path folder = siteRoot.resolve(FOLDER);
        Files.createDirectories(folder);
        for (int start = 0; start < entries.size(); start += CHUNK) {
            int chunk = start / CHUNK;
            writeFile(folder.resolve("muc-" + chunk + ".js"), "(window.TONGHOP_MUC = window.TONGHOP_MUC || {})[" + chunk + "] = "
                    + json(entries.subList(start, Math.min(entries.size(), start + CHUNK))) + ";\n");
        }
        for (int shard = 0; shard * SHARD < keys.size(); shard++) {
            int first = shard * SHARD;
            String name = shard + "-";
            for (Map.Entry<String, Map<String, List<Integer>>> words
                    : wordFiles(keys.subList(first, Math.min(keys.size(), first + SHARD)), first).entrySet()) {
                String prefix = words.getKey();
                writeFile(folder.resolve("tu-" + name + prefix + ".js"),
                        "(window.TONGHOP_TU = window.TONGHOP_TU || {})[\"" + name + prefix + "\"] = " + json(words.getValue()) + ";\n");
            }
        }
        writeFile(folder.resolve("thong-tin.js"), "window.TONGHOP_TIM_KIEM = "
                + json(new TreeMap<>(Map.of("chunk", CHUNK, "shard", SHARD, "entries", entries.size()))) + ";\n");
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

    private static void add(List<Entry> entries, List<String> keys, Entry entry, String extra) {
        entries.add(entry);
        keys.add(Fold.foldPhrase(entry.t() + " " + extra));
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
