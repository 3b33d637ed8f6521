package vn.tonghop.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.common.FileTrees;
import vn.tonghop.testing.TestCatalogs;

/**
 * A picture of a filled-in form: both sheets read back with POI, drawn as HTML tables and photographed
 * by Debian's headless Chromium into target/mau-bao-cao/ (preview.png: the form, preview-huong-dan.png:
 * the instructions). Skipped with a message when Chromium is absent (scripts/install-browser.sh).
 */
class ReportFormPreviewTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path OUT = Path.of("target", "mau-bao-cao");

    @Test
    void aFilledFormPhotographedInABrowser() throws IOException {
        Catalog catalog = CatalogLoader.load(TestCatalogs.BUNDLED);
        Plan plan = catalog.plan("74-KH/ĐU").orElseThrow();
        Period period = Period.parse("2025-H1").orElseThrow();
        FileTrees.delete(OUT);
        Path form = ReportForms.write(catalog, plan, period, List.of("CB-THPT-NTH"), OUT.resolve("blank")).workbooks().get(0);
        Path filled = OUT.resolve("cb-thpt-nth-da-dien.xlsx");
        ReportFormFiller.fill(form, filled, catalog.dueDate(plan, period).minusDays(2), Set.of());
        Path sheet = OUT.resolve("preview.html");
        Path guide = OUT.resolve("preview-huong-dan.html");
        Files.writeString(sheet, ReportFormPreview.html(filled, 0), StandardCharsets.UTF_8);
        Files.writeString(guide, ReportFormPreview.html(filled, 1), StandardCharsets.UTF_8);
        String html = Files.readString(sheet);
        assertTrue(html.contains("Chi bộ Trường Trung học phổ thông Nguyễn Thượng Hiền"), "the unit's name is in the form");
        assertTrue(html.contains("đang thực hiện"), "a status chosen shows in the form");

        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and ChromeDriver are not installed (run scripts/install-browser.sh as root): no picture of the form");
        Path profile = Files.createTempDirectory("tonghop-form-preview-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-extensions", "--user-data-dir=" + profile, "--window-size=1600,1000", "--lang=vi",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            photograph(driver, sheet, OUT.resolve("preview.png"));
            photograph(driver, guide, OUT.resolve("preview-huong-dan.png"));
        } finally {
            driver.quit();
            FileTrees.delete(profile);
        }
        assertTrue(Files.size(OUT.resolve("preview.png")) > 20_000, "a picture with content");
    }

    /** The whole page: measured in a small window (so the page, not the window, sets the size), then the window fits it. */
    private static void photograph(ChromeDriver driver, Path html, Path png) throws IOException {
        driver.manage().window().setSize(new Dimension(800, 300));
        driver.get(html.toAbsolutePath().toUri().toString());
        long width = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension((int) width + 40, (int) Math.min(height + 140, 12_000)));
        Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
    }
}
