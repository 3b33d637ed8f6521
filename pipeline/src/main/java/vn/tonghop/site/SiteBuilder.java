package vn.tonghop.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Movement;
import vn.tonghop.catalog.Plan;
import vn.tonghop.common.Hashing;

/**
 * The site stage: reads the published datasets, builds each page's view model, renders it with the
 * Mustache templates and writes the pages, static assets and downloads into a new folder.
 * Output depends only on the datasets, the catalog and the as-of date: no clock, stable order.
 */
public final class SiteBuilder {
    /** What a build produced. */
    public record Result(Path dir, int pages, int charts, long millis) {
    }

    static final Map<String, String> DOWNLOADS = new LinkedHashMap<>();

    static {
        DOWNLOADS.put("reporting", "Tình hình nộp báo cáo của từng đơn vị theo kỳ");
        DOWNLOADS.put("reporting_summary", "Tổng hợp nộp báo cáo theo đơn vị và cây đơn vị");
        DOWNLOADS.put("tasks", "Tình trạng thực hiện nhiệm vụ của từng đơn vị");
        DOWNLOADS.put("task_summary", "Tổng hợp thực hiện nhiệm vụ theo đơn vị và cây đơn vị");
        DOWNLOADS.put("indicators", "Chỉ tiêu phong trào: giá trị, tổng hợp, chỉ tiêu và tăng giảm");
        DOWNLOADS.put("submissions", "Các lần nộp báo cáo");
        DOWNLOADS.put("quarantine", "Dòng và tệp bị cách ly kèm lý do");
    }

    private final Catalog catalog;
    private final LocalDate asOf;
    private final Path templatesDir;
    public SiteBuilder(Catalog catalog, LocalDate asOf, Path templatesDir) {
        this.catalog = catalog;
        this.asOf = asOf;
        this.templatesDir = templatesDir;
    }

    /** Builds the whole site into {@code out}, which must not exist yet (publish swaps it in later). */
    public Result build(Path datasetsDir, Path out) {
        long start = System.currentTimeMillis();
        if (Files.exists(out)) {
            throw new UncheckedIOException(new IOException("Thư mục đích đã tồn tại: " + out));
        }
        SiteData data = new SiteData(DatasetTables.read(datasetsDir, SiteData.NAMES));
        Templates templates = new Templates(templatesDir);
        SiteCharts charts = new SiteCharts(templatesDir.resolve("static/fonts"), catalog);
        PlanPages plans = new PlanPages(catalog, data, asOf);
        HomePages home = new HomePages(catalog, data, plans, asOf);
        UnitPages units = new UnitPages(catalog, data, plans, asOf, charts);
        MovementPages movements = new MovementPages(catalog, data, asOf);
        Map<String, String> pages = new TreeMap<>();
        pages.put(Links.home(), templates.render("home", home.home()));
        for (Plan plan : catalog.plans()) {
            pages.put(Links.plan(plan.slug()), templates.render("plan", plans.planPage(plan, charts.reportingHistory(plan, data))));
            for (SiteData.PeriodRef p : data.periods(plan.code())) {
                pages.put(Links.period(plan.slug(), p.code()), templates.render("period", plans.periodPage(plan, p)));
            }
        }
        for (String code : catalog.units().codes()) {
            pages.put(Links.unit(code), templates.render("unit", units.page(code)));
        }
        for (Movement m : catalog.movements()) {
            pages.put(Links.movement(m.slug()), templates.render("movement", movements.page(m, charts, plans)));
        }
        pages.put(Links.quality(), templates.render("quality", home.quality()));
        pages.put(Links.archive(), templates.render("archive", home.archive(List.of())));
        pages.put(Links.search(), templates.render("search", home.search()));
        try {
            Files.createDirectories(out);
            Path downloads = out.resolve("tai-ve");
            List<String> summaries = writeSummaries(new SummaryWorkbook(catalog, data), data, downloads);
            Map<String, String> sums = copyDownloads(datasetsDir, data, downloads, summaries);
            pages.put(Links.downloads(), templates.render("downloads", home.downloads(DOWNLOADS, summaries, sums)));
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Path file = out.resolve(page.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
            }
            vn.tonghop.common.FileTrees.copy(templatesDir.resolve("static"), out.resolve("static"));
            Files.writeString(out.resolve("static/search-index.js"), SearchIndex.script(catalog, data, asOf), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được trang web vào " + out + ": " + e.getMessage(), e);
        }
        return new Result(out, pages.size(), charts.count(), System.currentTimeMillis() - start);
    }

    /** One "biểu tổng hợp" per plan and period; returns the file names. */
    private List<String> writeSummaries(SummaryWorkbook workbook, SiteData data, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> names = new ArrayList<>();
        for (Plan plan : catalog.plans()) {
            for (SiteData.PeriodRef p : data.periods(plan.code())) {
                names.add(workbook.write(plan, p, dir, asOf).getFileName().toString());
            }
        }
        return names;
    }

    /**
     * The datasets as downloads (CSV and Parquet as published, .xlsx for people) and the summary
     * tables, each with its SHA-256 in SHA256SUMS (the format sha256sum -c reads).
     */
    private Map<String, String> copyDownloads(Path datasetsDir, SiteData data, Path dir, List<String> summaries) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        for (String name : DOWNLOADS.keySet()) {
            for (String ext : List.of(".csv", ".parquet")) {
                Path target = dir.resolve(name + ext);
                Files.copy(datasetsDir.resolve(name + ext), target, StandardCopyOption.REPLACE_EXISTING);
                sums.put(name + ext, Hashing.sha256(target));
            }
            Path xlsx = ExcelExports.write(name, DOWNLOADS.get(name), data.rows(name), dir, asOf);
            sums.put(name + ".xlsx", Hashing.sha256(xlsx));
        }
        for (String summary : summaries) {
            sums.put(summary, Hashing.sha256(dir.resolve(summary)));
        }
        List<String> lines = new ArrayList<>();
        sums.forEach((file, sum) -> lines.add(sum + "  " + file));
        Files.writeString(dir.resolve("SHA256SUMS"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return sums;
    }

}
