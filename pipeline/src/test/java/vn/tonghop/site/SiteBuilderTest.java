package vn.tonghop.site;

import vn.tonghop.aggregate.PublishedDatasets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.testing.BundledSite;
import vn.tonghop.testing.SiteTrees;

/** The site rendered from the bundled data, read back as HTML with jsoup. */
class SiteBuilderTest {
    static final LocalDate AS_OF = BundledSite.AS_OF;
    static Path site;
    static Path datasets;
    static Catalog catalog;

    @BeforeAll
    static void build() {
        BundledSite bundled = BundledSite.get();
        catalog = bundled.catalog();
        datasets = bundled.datasets();
        site = bundled.site();
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyExpectedPageExistsInVietnamese() throws IOException {
        assertTrue(Files.exists(site.resolve("index.html")));
        for (var plan : catalog.plans()) {
            assertTrue(Files.exists(site.resolve("ke-hoach/" + plan.slug() + "/index.html")), plan.slug());
        }
        for (String unit : catalog.units().codes()) {
            assertTrue(Files.exists(site.resolve(Links.unit(unit))), unit);
        }
        Document home = page("index.html");
        assertEquals("vi", home.selectFirst("html").attr("lang"));
        assertTrue(home.text().contains("Tổng hợp báo cáo"));
        assertTrue(Files.exists(site.resolve("static/fonts/DejaVuSans.ttf")), "the web font is shipped");
    }

    @Test
    void everyInternalLinkAndAssetResolvesAndNothingLeavesTheMachine() throws IOException {
        List<String> broken = SiteTrees.brokenLinks(site);
        assertTrue(broken.isEmpty(), "broken links: " + broken.subList(0, Math.min(10, broken.size())));
    }

    @Test
    void overviewNumbersMatchTheDatasets() throws IOException {
        PublishedDatasets tables = PublishedDatasets.read(datasets, List.of("reporting_summary"));
        var row = tables.rows("reporting_summary").stream().filter(r -> "74-KH/ĐU".equals(r.get("ma_ke_hoach"))
                && "2025-H1".equals(r.get("ky_bao_cao")) && "DU-SGDDT".equals(r.get("ma_don_vi")) && "cay".equals(r.get("pham_vi")))
                .findFirst().orElseThrow();
        String expected = "6 tháng đầu năm 2025, " + row.get("da_nop") + "/" + row.get("ky_vong") + " đơn vị nộp báo cáo";
        String planPage = page("ke-hoach/74-kh-du/index.html").text();
        assertTrue(planPage.contains(expected), expected + " not in the plan page");
        assertTrue(page("index.html").text().contains(expected), "the home page shows the same sentence");
    }

    @Test
    void overdueDeliverablesAreListedAsInTheDatasets() throws IOException {
        long overdue = PublishedDatasets.read(datasets, List.of("tasks")).rows("tasks").stream()
                .filter(r -> "74-KH/ĐU".equals(r.get("ma_ke_hoach")) && "2025-H1".equals(r.get("ky_bao_cao"))
                        && "qua_han".equals(r.get("tien_do_han"))).count();
        assertTrue(overdue > 0, "the sample has an overdue deliverable");
        Document plan = page("ke-hoach/74-kh-du/index.html");
        assertEquals(overdue, plan.select(".overdue-count").stream().mapToLong(e -> Long.parseLong(e.text().replace(".", ""))).sum(),
                "the overdue counts per task add up to the dataset's overdue rows");
        for (Element task : plan.select("tr:has(.overdue-count)")) {
            long count = Long.parseLong(task.selectFirst(".overdue-count").text().replace(".", ""));
            assertEquals(Math.min(count, 30), task.select("details li").size(), "at most 30 overdue units named per task: " + task.text());
        }
    }

    @Test
    void textFromReportsStaysText(@TempDir Path dir) throws IOException {
        Document quality = page("chat-luong-du-lieu/index.html");
        assertTrue(quality.text().contains("LOI_MA-HOA-1258"), "quarantined files are listed");
        for (Element script : quality.select("script")) {
            assertTrue(script.attr("src").endsWith("static/app.js") && script.data().isEmpty(),
                    "only the site's own script, never inline: " + script);
        }
        for (Element script : page("ke-hoach/74-kh-du/index.html").select("script")) {
            assertEquals("../../static/app.js", script.attr("src"), "notes never become markup: " + script);
        }
    }

    @Test
    void sameInputGivesAByteIdenticalSite(@TempDir Path dir) throws IOException {
        Path again = dir.resolve("site");
        new SiteBuilder(catalog, AS_OF, Path.of("site-templates")).build(datasets, again);
        List<String> differing = SiteTrees.differences(site, again);
        assertTrue(differing.isEmpty(), "differs between two builds: " + differing);
        Document movement = page("phong-trao/dan-van-kheo/index.html");
        assertTrue(movement.select("svg[role=img] > title").size() >= 3, "charts with a title");
        assertEquals(movement.select("[id]").size(), movement.select("[id]").stream().map(e -> e.id()).distinct().count(),
                "ids unique on a page with several charts");
    }

    @Test
    void downloadsAreTypedExcelAndChecksummed() throws Exception {
        Path downloads = site.resolve("tai-ve");
        for (String line : Files.readAllLines(downloads.resolve("SHA256SUMS"))) {
            String[] parts = line.split("  ");
            assertEquals(parts[0], vn.tonghop.common.Hashing.sha256(downloads.resolve(parts[1])), parts[1]);
        }
        String tasks = vn.tonghop.aggregate.DatasetLayout.files(BundledSite.get().datasets(), "tasks", ".csv").get(0);
        assertTrue(Files.isSameFile(downloads.resolve(tasks), BundledSite.get().datasets().resolve(tasks)),
                "a dataset download is a hard link to the published dataset, not a copy");
        // read-only: a workbook opened from a File is written back on close, which would change the shared site
        try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(downloads.resolve("reporting_summary.xlsx").toFile(),
                org.apache.poi.openxml4j.opc.PackageAccess.READ);
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(pkg)) {
            var sheet = wb.getSheetAt(0);
            assertEquals("Mã đơn vị", sheet.getRow(0).getCell(0).getStringCellValue());
            int rate = -1;
            for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                if ("Tỷ lệ nộp".equals(sheet.getRow(0).getCell(c).getStringCellValue())) {
                    rate = c;
                }
            }
            assertTrue(rate >= 0, "Vietnamese header for ty_le_nop");
            var cell = sheet.getRow(1).getCell(rate);
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, cell.getCellType(), "a number, not text, so decimals survive");
            assertTrue(cell.getCellStyle().getDataFormatString().contains("%"));
        }
        assertTrue(Files.exists(downloads.resolve("bieu-tong-hop-74-kh-du-2024.xlsx")), "the summary table filed upward");
    }

    @Test
    void aMissingTemplateKeyFailsTheBuild(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.mustache"), "<p>{{khongCoKhoaNay}}</p>");
        Templates templates = new Templates(dir);
        MustacheException e = assertThrows(MustacheException.class, () -> templates.render("broken", new Object()));
        assertTrue(e.getMessage().contains("khongCoKhoaNay"), e.getMessage());
    }
}
