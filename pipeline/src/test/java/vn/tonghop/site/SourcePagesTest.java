package vn.tonghop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tonghop.aggregate.DatasetLayout;
import vn.tonghop.aggregate.PublishedDatasets;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.catalog.Plan;
import vn.tonghop.testing.BundledSite;
import vn.tonghop.vi.ViFormat;

/** The "nguồn số liệu" pages of the bundled site against the published lineage and indicators. */
class SourcePagesTest {
    static Path site;
    static Catalog catalog;
    static PublishedDatasets datasets;

    @BeforeAll
    static void build() {
        BundledSite bundled = BundledSite.get();
        site = bundled.site();
        catalog = bundled.catalog();
        datasets = PublishedDatasets.read(bundled.datasets(), List.of("reporting", "indicators", "lineage"));
    }

    @Test
    void everyReceivedReportOnAPeriodPageLinksToItsSources() throws IOException {
        Plan plan = catalog.plan("74-KH/ĐU").orElseThrow();
        Path periodPage = site.resolve(Links.period(plan.slug(), "2024-H1"));
        Document page = Jsoup.parse(periodPage.toFile(), "UTF-8");
        int received = 0;
        for (Element row : page.select("table.data tbody tr")) {
            boolean submitted = !row.select("span.status.dung_han, span.status.tre_han").isEmpty();
            Element link = row.selectFirst("a:containsOwn(Nguồn số liệu)");
            assertEquals(submitted, link != null, "a source link exactly on received reports: " + row.text());
            if (link != null) {
                received++;
                assertTrue(Files.isRegularFile(periodPage.getParent().resolve(link.attr("href")).normalize()), link.attr("href"));
            }
        }
        long expected = datasets.rows("reporting").stream().filter(r -> plan.code().equals(r.get("ma_ke_hoach"))
                && "2024-H1".equals(r.get("ky_bao_cao")) && Boolean.TRUE.equals(r.get("ky_vong"))
                && List.of("dung_han", "tre_han").contains(r.get("trang_thai"))).count();
        assertEquals(expected, received);
    }

    @Test
    void theListedLinesOfARolledUpFigureAddUpToThePublishedValue() throws IOException {
        Plan plan = catalog.plan("74-KH/ĐU").orElseThrow();
        String root = plan.reporters().subtree();
        Document page = Jsoup.parse(site.resolve(Links.sources(plan.slug(), "2024-H1", root)).toFile(), "UTF-8");
        Element rolled = page.select("section").stream().filter(s -> s.selectFirst("h2").text().startsWith("Chỉ tiêu cộng dồn"))
                .findFirst().orElseThrow();
        int checked = 0;
        for (Map<String, Object> r : datasets.rows("indicators")) {
            if (!plan.code().equals(r.get("ma_ke_hoach")) || !"2024-H1".equals(r.get("ky_bao_cao")) || !root.equals(r.get("ma_don_vi"))
                    || r.get("gia_tri_tong_hop") == null) {
                continue;
            }
            String code = (String) r.get("ma_chi_tieu");
            Indicator indicator = catalog.indicator(code).orElseThrow();
            Element heading = rolled.select("h3").stream().filter(h -> h.text().contains("(" + code + ")")).findFirst().orElseThrow();
            List<String> lines = heading.nextElementSiblings().select("ul.sources").first().select("li").eachText();
            long sourceRows = datasets.rows("lineage").stream().filter(l -> "chi_tieu_tong_hop".equals(l.get("so_lieu"))
                    && plan.code().equals(l.get("ma_ke_hoach")) && "2024-H1".equals(l.get("ky_bao_cao")) && root.equals(l.get("ma_don_vi"))
                    && code.equals(l.get("ma_muc"))).count();
            assertEquals(Math.min(sourceRows, SourcePages.LINES_PER_FIGURE), lines.size(), code);
            assertFalse(lines.isEmpty(), code);
            double value = (Double) r.get("gia_tri_tong_hop");
            if (indicator.acrossUnits() == Indicator.AcrossUnits.SUM && sourceRows <= SourcePages.LINES_PER_FIGURE) {
                double sum = lines.stream().mapToDouble(SourcePagesTest::lineValue).sum();
                assertEquals(value, sum, 1e-9, code + ": the lines add up to the published value");
                checked++;
            }
            if (indicator.acrossUnits() == Indicator.AcrossUnits.SHARE && sourceRows <= SourcePages.LINES_PER_FIGURE) {
                double numerator = lines.stream().filter(l -> l.contains(": tử số ")).mapToDouble(SourcePagesTest::lineValue).sum();
                double denominator = lines.stream().filter(l -> l.contains(": mẫu số ")).mapToDouble(SourcePagesTest::lineValue).sum();
                assertEquals(value, 100 * numerator / denominator, 1e-9, code + ": numerator over denominator is the published value");
                checked++;
            }
            assertTrue(heading.text().contains(ViFormat.value(value, indicator.valueType() == Indicator.ValueType.INTEGER ? 0 : 1)),
                    heading.text());
        }
        assertTrue(checked >= 2, "at least a sum and a share indicator were checked, not " + checked);
    }

    @Test
    void theLineageIsPublishedAsParquetOnly() {
        Path downloads = site.resolve("tai-ve");
        assertFalse(DatasetLayout.files(downloads, "lineage", ".parquet").isEmpty(), "a Parquet file per plan and year");
        assertFalse(!DatasetLayout.files(downloads, "lineage", ".csv").isEmpty() || Files.exists(downloads.resolve("lineage.xlsx")),
                "a row per figure and source line is too big for a spreadsheet");
        assertTrue(datasets.rows("lineage").size() > datasets.rows("reporting").size(), "and it holds the sources");
    }

    /** The number after the last " = " of a source line, written the Vietnamese way (1.234,5). */
    private static double lineValue(String line) {
        String number = line.substring(line.lastIndexOf(" = ") + 3).replace(".", "").replace(',', '.');
        return Double.parseDouble(number);
    }
}
