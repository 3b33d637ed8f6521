package vn.tonghop.site;

import vn.tonghop.aggregate.PublishedDatasets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.testing.BundledSite;
import vn.tonghop.testing.SiteTrees;
import vn.tonghop.vi.Fold;

/**
 * What keeps pages small and builds cheap as the country grows: period lists split by level and
 * page, the split search index, the chart cache; and the archive index linking frozen years.
 */
class SiteScaleTest {
    static final Path TEMPLATES = Path.of("site-templates");
    static Path datasets;
    static Catalog catalog;

    @BeforeAll
    static void bundled() {
        datasets = BundledSite.get().datasets();
        catalog = BundledSite.get().catalog();
    }

    @Test
    void longUnitListsAreSplitByLevelAndPageAndFrozenYearsAreLinked(@TempDir Path dir) throws IOException {
        Path archive = dir.resolve("archive");
        Files.createDirectories(archive.resolve("2024"));
        Files.writeString(archive.resolve("2024/index.html"), "<!doctype html><title>2024</title>");
        Files.createDirectories(archive.resolve("2023")); // unfinished freeze: no index.html, not listed
        Path site = dir.resolve("site");
        new SiteBuilder(catalog, BundledSite.AS_OF, TEMPLATES, new SiteBuilder.Options(4, null, archive, null)).build(datasets, site);

        long expected = PublishedDatasets.read(datasets, List.of("reporting")).rows("reporting").stream()
                .filter(r -> "09-KH/ĐU".equals(r.get("ma_ke_hoach")) && "2021".equals(r.get("ky_bao_cao"))
                        && Boolean.TRUE.equals(r.get("ky_vong"))).count();
        assertTrue(expected > 4, "the sample has more expected units than one small page");
        Path periodFolder = site.resolve("ke-hoach/09-kh-du/2021");
        Document period = Jsoup.parse(periodFolder.resolve("index.html").toFile(), "UTF-8");
        assertFalse(period.text().contains("Tình trạng từng đơn vị"), "no full list on the period page");
        assertTrue(period.select("a[href*=cap-]").size() >= 2, "links to the levels' pages");

        long listed = 0;
        try (Stream<Path> pages = Files.walk(periodFolder)) {
            // the level pages (cap-<n>/..., ngoai-cay/...), not the period's sources pages (nguon/<unit>.html)
            for (Path page : pages.filter(p -> p.toString().endsWith(".html") && !p.getParent().equals(periodFolder)
                    && !periodFolder.relativize(p).startsWith("nguon")).toList()) {
                int rows = Jsoup.parse(page.toFile(), "UTF-8").select("table.data tbody tr").size();
                assertTrue(rows >= 1 && rows <= 4, page + " lists " + rows + " units");
                listed += rows;
            }
        }
        assertEquals(expected, listed, "every expected unit is on exactly one level page");

        Document archiveIndex = Jsoup.parse(site.resolve(Links.archive()).toFile(), "UTF-8");
        assertEquals(List.of("../luu-tru/2024/index.html"), archiveIndex.select("main a[href]").eachAttr("href"));
        assertTrue(Files.isSymbolicLink(site.resolve("luu-tru/2024")), "the year is linked, not copied into the release");
        List<String> broken = SiteTrees.brokenLinks(site);
        assertTrue(broken.isEmpty(), "broken links: " + broken);
    }

    @Test
    void cachedChartsAndReusedFilesGiveTheSameSiteAndUnusedChartsArePruned(@TempDir Path dir) throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.writeString(cache.resolve("0000.svg"), "<svg/>");
        SiteBuilder.Result first = new SiteBuilder(catalog, BundledSite.AS_OF, TEMPLATES,
                new SiteBuilder.Options(SiteBuilder.PAGE_SIZE, cache, null, null)).build(datasets, dir.resolve("a"));
        SiteBuilder.Result second = new SiteBuilder(catalog, BundledSite.AS_OF, TEMPLATES, new SiteBuilder.Options(SiteBuilder.PAGE_SIZE,
                cache, null, new SiteBuilder.Previous(dir.resolve("a"), first.keys()))).build(datasets, dir.resolve("b"));

        assertTrue(first.charts() > 10 && first.chartsFromCache() < first.charts(), "the first build draws");
        assertEquals(0, first.filesReused());
        assertEquals(second.charts(), second.chartsFromCache(), "the second build draws nothing");
        assertEquals(first.keys().size(), second.filesReused(), "every page and workbook is reused when nothing changed");
        assertTrue(Files.isSameFile(dir.resolve("a/index.html"), dir.resolve("b/index.html")), "reused as a hard link");
        assertFalse(Files.exists(cache.resolve("0000.svg")), "a chart no build uses is pruned");
        assertEquals(List.of(), SiteTrees.differences(BundledSite.get().site(), dir.resolve("b")),
                "a site from cached charts and reused files equals one built afresh");
    }

    @Test
    void searchIndexIsSplitByShardOfEntriesAndTheWordsFirstTwoLetters() throws IOException {
        Path index = BundledSite.get().site().resolve(SearchIndex.FOLDER);
        ObjectMapper json = new ObjectMapper();
        JsonNode words = json.readTree(SearchIndexTest.body(index.resolve("tu-0-tr.js")));
        JsonNode ids = words.get("truong");
        assertTrue(ids != null && ids.size() > 5, "\"truong\" (Trường) is indexed");
        for (JsonNode id : ids) {
            int n = id.asInt();
            JsonNode entry = json.readTree(SearchIndexTest.body(index.resolve("muc-" + n / SearchIndex.CHUNK + ".js"))).get(n % SearchIndex.CHUNK);
            String folded = Fold.foldPhrase(entry.get("t").asText() + " " + entry.get("d").asText());
            assertTrue(folded.contains("truong"), "entry " + n + ": " + entry);
        }
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                assertTrue(name.matches("tu-\\d+-[a-z0-9]{2}\\.js|muc-\\d+\\.js|thong-tin\\.js"), name);
                if (name.startsWith("tu-")) {
                    int shard = Integer.parseInt(name.split("-")[1]);
                    json.readTree(SearchIndexTest.body(f)).forEach(list -> list.forEach(id -> assertEquals(shard, id.asInt() / SearchIndex.SHARD,
                            name + " holds only its shard's entries: " + id)));
                }
            }
        }
    }
}
