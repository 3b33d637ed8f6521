package vn.tonghop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tonghop.testing.BundledSite;

/**
 * The bundled site in a real headless browser: Debian's Chromium driven by its ChromeDriver through Selenium,
 * offline. Pages are opened through file:// and through a small HTTP server on 127.0.0.1 that serves the site
 * under a sub-path; every other host name resolves to nowhere, so a request that would leave the machine fails
 * and shows up as a console error, a network event (ChromeDriver's performance log) or a Resource Timing entry.
 * The HTTP server also records every path asked of it: nothing may fall outside the sub-path (the browser's own
 * /favicon.ico request included, which a page avoids by naming its icon). Screenshots go to target/screenshots/.
 * Chromium and ChromeDriver are Debian's: scripts/install-browser.sh installs them when they are missing.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String SUB_PATH = "/bao-cao/tonghop/";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String PLAN = "ke-hoach/74-kh-du/index.html";
    static final String PERIOD = "ke-hoach/74-kh-du/2025-h1/index.html";
    static final String UNIT = "don-vi/cb-thpt-nth/index.html";

    static Path site;
    static Path profile;
    static ChromeDriver driver;
    static HttpServer server;
    static ExecutorService serverThreads;
    static String httpBase;
    static final List<String> served = new CopyOnWriteArrayList<>();
    static final Json JSON = new Json();
    /** Selenium warns that it knows CDP only up to an older Chromium; nothing here uses CDP through Selenium. */
    static final java.util.logging.Logger CDP_VERSION_LOG = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools.CdpVersionFinder");

    @BeforeAll
    static void start() throws IOException {
        ensureBrowser();
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
        site = BundledSite.get().site().toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(site.resolve(UNIT)), UNIT + " exists in the bundled site");

        // The driver is given explicitly: Selenium Manager is skipped and never downloads a driver or a browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("tonghop-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=vi",
                // nothing resolves but the loopback address: a request to any other host fails
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        // the DevTools network events of every request, file:// ones included (Resource Timing has none for file:)
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));

        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        server.createContext("/", BrowserTest::serve);
        serverThreads = Executors.newFixedThreadPool(4);
        server.setExecutor(serverThreads);
        server.start();
        httpBase = "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH;
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
            serverThreads.shutdownNow();
        }
        if (profile != null) {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void desktopSizeAndEmptyLogs() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        consoleErrors();
        requests();
    }

    /** Runs scripts/install-browser.sh when the browser or its driver is missing; fails on CI, skips elsewhere. */
    static void ensureBrowser() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message;
        try {
            Process process = new ProcessBuilder("bash", "scripts/install-browser.sh").redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean ended = process.waitFor(15, TimeUnit.MINUTES);
            System.out.print(output);
            if (ended && process.exitValue() == 0 && Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
                return;
            }
            message = "Chromium and ChromeDriver are not available (scripts/install-browser.sh "
                    + (ended ? "exited " + process.exitValue() : "did not finish") + "):\n" + output;
        } catch (IOException e) {
            message = "Chromium and ChromeDriver are not available, scripts/install-browser.sh could not run: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            message = "interrupted while installing Chromium";
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    // --- the HTTP server: the site under SUB_PATH, nothing else ---

    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("ttf", "font/ttf"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("parquet", "application/vnd.apache.parquet"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("png", "image/png"), Map.entry("zip", "application/zip"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            served.add(path);
            Path file = null;
            if (path.startsWith(SUB_PATH)) {
                file = site.resolve(path.substring(SUB_PATH.length())).normalize();
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
            }
            if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "text/plain; charset=utf-8"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    // --- helpers ---

    static String fileUrl(String page) {
        return site.resolve(page).toUri().toString();
    }

    /** The browser console's SEVERE entries since the last call (reading the log empties it). */
    static List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** The URL of every request the browser made since the last call, from the DevTools network events. */
    @SuppressWarnings("unchecked")
    static List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> event = JSON.toType(entry.getMessage(), Map.class);
            Map<String, Object> message = (Map<String, Object>) event.get("message");
            if ("Network.requestWillBeSent".equals(message.get("method"))) {
                Map<String, Object> params = (Map<String, Object>) message.get("params");
                urls.add((String) ((Map<String, Object>) params.get("request")).get("url"));
            }
        }
        return urls;
    }

    /** Every resource the current page loaded, from its Resource Timing entries (none for file: pages). */
    @SuppressWarnings("unchecked")
    static List<String> resources() {
        return (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    }

    static String title() {
        return driver.getTitle();
    }

    /**
     * The page loaded, its console has no error, and every request since the last check (the browser's network
     * events) and every Resource Timing entry of the page starts with {@code prefix}.
     */
    static void assertCleanPage(String what, String prefix) {
        assertTrue(driver.getCurrentUrl().startsWith(prefix), what + ": at " + driver.getCurrentUrl());
        assertFalse(title().isBlank(), what + ": has a title");
        assertEquals(1, driver.findElements(By.cssSelector("main h1")).size(), what + ": has one h1 in main");
        assertEquals(List.of(), consoleErrors(), what + ": console errors");
        List<String> requested = requests();
        assertTrue(requested.stream().anyMatch(r -> r.endsWith("static/style.css")), what + ": style.css requested " + requested);
        assertTrue(requested.stream().anyMatch(r -> r.endsWith("static/app.js")), what + ": app.js requested " + requested);
        List<String> loaded = resources();
        if (prefix.startsWith("http")) {
            assertTrue(loaded.stream().anyMatch(r -> r.endsWith("static/app.js")), what + ": app.js is a resource " + loaded);
        }
        List<String> foreign = Stream.concat(requested.stream(), loaded.stream())
                .filter(r -> !r.startsWith(prefix) && !r.startsWith("data:")).distinct().toList();
        assertEquals(List.of(), foreign, what + ": requests outside " + prefix);
    }

    /** Waits until the server has had no request for 500 ms (at most 5 s): late requests such as the icon arrive. */
    static void quiet() {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int seen = -1;
        while (seen != served.size() && System.nanoTime() < end) {
            seen = served.size();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static void click(String cssSelector) {
        WebElement link = driver.findElement(By.cssSelector(cssSelector));
        String before = driver.getCurrentUrl();
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !before.equals(d.getCurrentUrl())
                && "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }

    // --- tests ---

    @Test
    void pagesRenderFromFilesWithoutErrorsOrRequestsLeavingTheMachine() {
        String root = site.toUri().toString();
        assertTrue(root.startsWith("file://"), root);
        for (String page : List.of("index.html", PLAN, PERIOD, UNIT, "tim-kiem/index.html", "tai-ve/index.html",
                "phong-trao/dan-van-kheo/index.html", "chat-luong-du-lieu/index.html")) {
            driver.get(fileUrl(page));
            assertCleanPage(page, root);
            // the enhancements ran: tables got sort buttons
            if (!driver.findElements(By.cssSelector("table.data thead th")).isEmpty()) {
                assertFalse(driver.findElements(By.cssSelector("table.data thead th button.sort")).isEmpty(), page);
            }
        }
        driver.get(fileUrl("index.html"));
        assertEquals("Tổng hợp báo cáo", title());
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Tổng hợp báo cáo"));
    }

    @Test
    void siteWorksUnderASubPathOverHttpFollowingLinks() {
        driver.get(httpBase + "index.html");
        assertCleanPage("home over HTTP", httpBase);

        click("main a[href$='" + PLAN + "']");
        assertEquals(httpBase + PLAN, driver.getCurrentUrl());
        assertCleanPage("plan page", httpBase);

        click("main a[href$='" + PERIOD + "']");
        assertEquals(httpBase + PERIOD, driver.getCurrentUrl());
        assertCleanPage("period page", httpBase);

        click("main table.data a[href$='" + UNIT + "']");
        assertEquals(httpBase + UNIT, driver.getCurrentUrl());
        assertCleanPage("unit page", httpBase);

        click("header a.search");
        assertEquals(httpBase + "tim-kiem/index.html", driver.getCurrentUrl());
        assertCleanPage("search page", httpBase);

        click("nav.trail li:first-child a");
        assertEquals(httpBase + "index.html", driver.getCurrentUrl());

        quiet();
        // the browser asks for /favicon.ico at the host's root unless each page names its icon
        List<String> outside = served.stream().filter(p -> !p.startsWith(SUB_PATH)).distinct().toList();
        assertEquals(List.of(), outside, "requests to the server outside the sub-path " + SUB_PATH);
        assertTrue(served.contains(SUB_PATH + "static/app.js"), "the server saw the page's requests: " + served);
    }

    @Test
    void searchFindsUnitsTypedWithoutDiacritics() {
        driver.get(httpBase + "tim-kiem/index.html");
        search("truong nguyen du", "Nguyễn Du");
        WebElement first = driver.findElement(By.cssSelector("#ket-qua li:first-child a"));
        assertTrue(first.getText().contains("Trường") && first.getText().contains("Nguyễn Du"),
                "whole words rank first, not \"Dũng\" or \"Đức\": " + first.getText());
        String count = driver.findElement(By.id("so-ket-qua")).getText();
        assertTrue(count.matches("(\\d+|Hiển thị 100 trong số \\d+) kết quả"), count);

        driver.get(httpBase + "tim-kiem/index.html");
        WebElement link = search("dang uy", "Đảng ủy");
        String text = link.getText();
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/don-vi/"));
        assertTrue(driver.getCurrentUrl().startsWith(httpBase + "don-vi/"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains(text),
                "the result leads to its unit: " + text + " / " + driver.findElement(By.tagName("h1")).getText());
        assertEquals(List.of(), consoleErrors(), "console errors");
    }

    /** Types into the search box and waits for a result link whose text contains {@code expected}. */
    static WebElement search(String query, String expected) {
        WebElement box = driver.findElement(By.id("tim-kiem"));
        box.sendKeys(query);
        By result = By.xpath("//ul[@id='ket-qua']//a[contains(., '" + expected + "')]");
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(result));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("searching \"" + query + "\" found no link with \"" + expected + "\": "
                    + driver.findElement(By.id("ket-qua")).getText());
            return null;
        }
    }

    @Test
    void tableHeadersSortRowsInVietnameseOrder() {
        driver.get(fileUrl(PERIOD));
        List<String> before = firstColumn();
        assertTrue(before.size() > 5, "rows: " + before);

        RuleBasedCollator vietnamese = (RuleBasedCollator) Collator.getInstance(new ULocale("vi"));
        vietnamese.setNumericCollation(true);
        vietnamese.setStrength(Collator.PRIMARY);
        List<String> expected = new ArrayList<>(before);
        expected.sort(vietnamese);
        assertNotEquals(before, expected, "the page's order is not already by name, so a sort is visible");

        WebElement header = driver.findElement(By.cssSelector("table.data thead th:first-child"));
        header.findElement(By.cssSelector("button.sort")).click();
        assertEquals("ascending", header.getAttribute("aria-sort"));
        List<String> ascending = firstColumn();
        assertEquals(expected, ascending, "sorted A to Z in Vietnamese order (Đ after D, Ư after U)");
        assertTrue(ascending.indexOf("Đảng bộ Trường Cao đẳng Kinh tế - Kỹ thuật Thành phố")
                > ascending.indexOf("Chi bộ Văn phòng Sở Giáo dục và Đào tạo"), "Đ sorts after C, not as a symbol");

        header.findElement(By.cssSelector("button.sort")).click();
        assertEquals("descending", header.getAttribute("aria-sort"));
        List<String> descending = firstColumn();
        List<String> reversed = new ArrayList<>(expected);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, descending, "a second click sorts Z to A");
        assertEquals(List.of(), consoleErrors(), "console errors");
    }

    @SuppressWarnings("unchecked")
    static List<String> firstColumn() {
        return (List<String>) driver.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('table.data tbody tr'), function (r) { return r.cells[0].textContent.trim(); });");
    }

    @Test
    void screenshotsOfTheOverviewAndAUnitOnDesktopAndPhone() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        record Size(String name, int width, int height) {
        }
        for (Size size : List.of(new Size("may-tinh", 1280, 900), new Size("dien-thoai", 390, 844))) {
            driver.manage().window().setSize(new Dimension(size.width(), size.height()));
            for (String[] page : new String[][] {{"tong-quan", "index.html"}, {"don-vi", UNIT}}) {
                driver.get(fileUrl(page[1]));
                long innerWidth = (Long) driver.executeScript("return window.innerWidth;");
                long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
                System.out.printf("%s %s: viewport %d px wide, page %d px wide%n", page[0], size.name(), innerWidth, scrollWidth);
                assertEquals(size.width(), innerWidth, "the viewport has the window's width");
                assertTrue(scrollWidth <= innerWidth, page[1] + " at " + size.width() + " px scrolls sideways: " + scrollWidth + " px");
                byte[] png = driver.getScreenshotAs(OutputType.BYTES);
                Path file = SCREENSHOTS.resolve(page[0] + "-" + size.name() + ".png");
                Files.write(file, png);
                assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', file + " is a PNG");
                assertEquals(List.of(), consoleErrors(), "console errors");
            }
        }
    }

    /**
     * The sample has a report whose note carries {@code <script>} and {@code <img onerror>} (see
     * sample.BadSamples#hostileNote): on the plan page and in search results it is text, and nothing runs.
     */
    @Test
    void aNoteWithScriptAndImgOnerrorIsShownAsTextAndRunsNothing() {
        driver.get(httpBase + PLAN);
        String text = (String) driver.executeScript("return document.querySelector('main').textContent;");
        assertTrue(text.contains("<script>window.TONGHOP_XSS=1</script><img src=x onerror=\"window.TONGHOP_XSS=2\">"),
                "the note is on the plan page as text");
        assertEquals(0L, driver.executeScript("return document.querySelectorAll('main img, main script').length;"),
                "no element made from the note");
        assertEquals(true, driver.executeScript("return typeof window.TONGHOP_XSS === 'undefined';"), "nothing ran");

        driver.get(httpBase + "tim-kiem/index.html");
        WebElement found = search("tonghop xss", "<script>");
        assertTrue(found.getText().contains("onerror="), found.getText());
        assertEquals(true, driver.executeScript("return typeof window.TONGHOP_XSS === 'undefined';"), "nothing ran in search");
    }

    @Test
    void noSeriousOrCriticalAccessibilityViolations() {
        List<String> serious = new ArrayList<>();
        for (String page : List.of("index.html", PLAN, PERIOD, UNIT)) {
            driver.get(fileUrl(page));
            Results results = new AxeBuilder().analyze(driver);
            assertFalse(results.isErrored(), page + ": axe failed: " + results.getErrorMessage());
            for (Rule rule : results.getViolations()) {
                for (CheckedNode node : rule.getNodes()) {
                    String line = page + ": [" + rule.getImpact() + "] " + rule.getId() + " (" + rule.getHelp() + ") at "
                            + node.getTarget() + ": " + node.getHtml();
                    System.out.println("axe: " + line);
                    if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                        serious.add(line);
                    }
                }
            }
            assertTrue(results.getPasses().size() > 10, page + ": axe ran its rules");
            System.out.printf("axe %s: %d violation(s) of any impact, %d rules passed%n", page, results.getViolations().size(),
                    results.getPasses().size());
        }
        assertTrue(serious.isEmpty(), serious.size() + " serious or critical accessibility violation(s):\n  "
                + String.join("\n  ", serious));
    }
}
