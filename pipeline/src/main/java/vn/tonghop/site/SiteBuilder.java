package vn.tonghop.site;

import vn.tonghop.aggregate.DatasetLayout;
import vn.tonghop.aggregate.Datasets;
import vn.tonghop.aggregate.PublishedDatasets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Movement;
import vn.tonghop.catalog.Plan;
import vn.tonghop.common.CrashPoint;
import vn.tonghop.common.FileTrees;
import vn.tonghop.common.Hashing;

/**
 * The site stage: reads the published datasets, builds each page's view model, renders it with the
 * Mustache templates and writes the pages, static assets and downloads into a new folder.
 * Output depends only on the datasets, the catalog and the as-of date: no clock, stable order.
 */
public final class SiteBuilder {
    /** What a build produced. */
    public record Result(Path dir, int pages, int charts, int chartsFromCache, int filesReused, long millis, long downloadsMillis,
                         Map<String, String> keys) {
    }

    /** The release served now and, by path, the hashes of what each of its files was made from. */
    public record Previous(Path dir, Map<String, String> keys) {
    }

    /**
     * How to build: units per page of a period's list before it is split by level and into pages,
     * the folder keeping rendered charts between builds, the folder of frozen years, the release
     * whose unchanged files are reused (null: none), and the years the run freezes from this release
     * once it is published (listed and linked already, so the index is right from this release on),
     * and the documents stage's folders of reports and blank forms (null: none to link).
     */
    public record Options(int pageSize, Path chartCache, Path archive, Previous previous, List<Integer> freezing, Path reports,
                          Path forms) {
        public static final Options DEFAULT = new Options(PAGE_SIZE, null, null, null, List.of(), null, null);

        public Options(int pageSize, Path chartCache, Path archive, Previous previous) {
            this(pageSize, chartCache, archive, previous, List.of(), null, null);
        }
    }

    static final Map<String, String> DOWNLOADS = new LinkedHashMap<>();

    static {
        DOWNLOADS.put("reporting", "Tình hình nộp báo cáo của từng đơn vị theo kỳ");
        DOWNLOADS.put("reporting_summary", "Tổng hợp nộp báo cáo theo đơn vị và cây đơn vị");
        DOWNLOADS.put("tasks", "Tình trạng thực hiện nhiệm vụ của từng đơn vị");
        DOWNLOADS.put("task_summary", "Tổng hợp thực hiện nhiệm vụ theo đơn vị và cây đơn vị");
        DOWNLOADS.put("indicators", "Chỉ tiêu phong trào: giá trị, tổng hợp, chỉ tiêu và tăng giảm");
        DOWNLOADS.put("lineage", "Nguồn số liệu: mỗi con số đã công bố và các dòng báo cáo tạo ra nó (chỉ Parquet: quá lớn cho Excel)");
        DOWNLOADS.put("submissions", "Các lần nộp báo cáo");
        DOWNLOADS.put("quarantine", "Dòng và tệp bị cách ly kèm lý do");
    }

    /** Units listed on one page of a period before its list is split by level and into pages. */
    public static final int PAGE_SIZE = 300;

    private final Catalog catalog;
    private final LocalDate asOf;
    private final Path templatesDir;
    private final Options options;

    public SiteBuilder(Catalog catalog, LocalDate asOf, Path templatesDir) {
        this(catalog, asOf, templatesDir, Options.DEFAULT);
    }

    public SiteBuilder(Catalog catalog, LocalDate asOf, Path templatesDir, Options options) {
        this.catalog = catalog;
        this.asOf = asOf;
        this.templatesDir = templatesDir;
        this.options = options;
    }

    /** Builds the whole site into {@code out}, which must not exist yet (publish swaps it in later). */
    public Result build(Path datasetsDir, Path out) {
        long start = System.currentTimeMillis();
        if (Files.exists(out)) {
            throw new UncheckedIOException(new IOException("Thư mục đích đã tồn tại: " + out));
        }
        SiteData data = SiteData.read(datasetsDir, catalog);
        Templates templates = new Templates(templatesDir);
        ChartCache cache = new ChartCache(options.chartCache());
        SiteCharts charts = new SiteCharts(templatesDir.resolve("static/fonts"), catalog, cache);
        DocumentFiles documents = new DocumentFiles(options.reports(), options.forms());
        PlanPages plans = new PlanPages(catalog, data, asOf, documents);
        PeriodPages periods = new PeriodPages(plans, data, asOf, options.pageSize());
        HomePages home = new HomePages(catalog, data, plans, asOf);
        UnitPages units = new UnitPages(catalog, data, plans, asOf, charts);
        MovementPages movements = new MovementPages(catalog, data, asOf);
        List<Integer> archived = ArchiveYears.find(options.archive(), options.freezing());
        PageReuse reuse = new PageReuse(options.previous());
        long downloadsMillis;
        int pageCount;
        try {
            Files.createDirectories(out);
            long downloadsStart = System.currentTimeMillis();
            Path downloads = out.resolve("tai-ve");
            Files.createDirectories(downloads);
            // each published file hashed once: "tasks/125-kh-gddt/2025.parquet" -> SHA-256
            Map<String, String> datasetSums = new TreeMap<>();
            for (String name : DOWNLOADS.keySet()) {
                for (String ext : extensions(name)) {
                    DatasetLayout.files(datasetsDir, name, ext).forEach(f -> datasetSums.put(f, Hashing.sha256(datasetsDir.resolve(f))));
                }
            }
            List<String> summaries = writeSummaries(new SummaryWorkbook(catalog, data), data, datasetSums, out, reuse);
            Map<String, String> sums = copyDownloads(datasetsDir, datasetSums, data, out, summaries, reuse);
            downloadsMillis = System.currentTimeMillis() - downloadsStart;
            java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
            try (ParallelWrites parallel = new ParallelWrites()) {
                // each page is handed over as soon as its view model is made: at 50,000 units the models
                // of all pages held together (unit pages carry their charts) overran a 12 GiB heap
                SourcePages.PageWriter writer = (path, p) -> parallel.submit(() -> {
                    reuse.place(out, path, PageReuse.key(p.template(), p.model().toString()),
                            file -> Files.writeString(file, templates.render(p.template(), p.model()), StandardCharsets.UTF_8));
                    written.incrementAndGet();
                });
                writer.write(Links.home(), new PeriodPages.Page("home", home.home()));
                for (Plan plan : catalog.plans()) {
                    String taskChart = plans.latestDue(plan).map(p -> charts.taskStatus(plan, p.code(), data)).orElse("");
                    writer.write(Links.plan(plan.slug()), new PeriodPages.Page("plan", plans.planPage(plan,
                            charts.reportingHistory(plan, data), taskChart)));
                    for (SiteData.PeriodRef p : data.periods(plan.code())) {
                        for (Map.Entry<String, PeriodPages.Page> page : periods.pages(plan, p).entrySet()) {
                            writer.write(page.getKey(), page.getValue());
                        }
                    }
                }
                parallel.await();
                CrashPoint.reach(CrashPoint.MID_SITE_WRITE); // plan and period pages written, unit pages not yet
                for (String code : catalog.units().codes()) {
                    writer.write(Links.unit(code), new PeriodPages.Page("unit", units.page(code)));
                }
                for (Movement m : catalog.movements()) {
                    writer.write(Links.movement(m.slug()), new PeriodPages.Page("movement", movements.page(m, charts, plans)));
                }
                writer.write(Links.quality(), new PeriodPages.Page("quality", home.quality()));
                writer.write(Links.archive(), new PeriodPages.Page("archive", home.archive(archived)));
                writer.write(Links.search(), new PeriodPages.Page("search", home.search()));
                writer.write(Links.downloads(), new PeriodPages.Page("downloads", home.downloads(DOWNLOADS, summaries, sums)));
                // streamed from the lineage file, page by page: too many to hold at national size
                new SourcePages(catalog, data, plans, asOf).write(datasetsDir, writer);
                parallel.await();
            }
            pageCount = written.get();
            FileTrees.copy(templatesDir.resolve("static"), out.resolve("static"));
            documents.copyInto(out);
            ArchiveYears.link(options.archive(), archived, out);
            SearchIndex.write(catalog, data, asOf, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được trang web vào " + out + ": " + e.getMessage(), e);
        }
        cache.prune();
        return new Result(out, pageCount, charts.count(), cache.hits(), reuse.reused(), System.currentTimeMillis() - start,
                downloadsMillis, reuse.keys());
    }

    /** The formats of a dataset as published: Parquet, plus CSV unless it is Parquet only (then no .xlsx either). */
    static List<String> extensions(String dataset) {
        return Datasets.PARQUET_ONLY.contains(dataset) ? List.of(".parquet") : List.of(".csv", ".parquet");
    }

    /** One "biểu tổng hợp" per plan and period, reused while its plan's datasets are unchanged; returns the file names. */
    private List<String> writeSummaries(SummaryWorkbook workbook, SiteData data, Map<String, String> datasetSums, Path out,
                                        PageReuse reuse) throws IOException {
        List<String> names = new ArrayList<>();
        for (Plan plan : catalog.plans()) {
            StringBuilder sources = new StringBuilder(asOf.toString());
            for (String dataset : List.of("reporting", "reporting_summary", "tasks", "task_summary", "indicators")) {
                datasetSums.forEach((file, sum) -> {
                    if (file.startsWith(dataset + "/" + plan.slug() + "/") && file.endsWith(".parquet")) {
                        sources.append('\n').append(file).append(' ').append(sum);
                    }
                });
            }
            for (SiteData.PeriodRef p : data.periods(plan.code())) {
                String name = SummaryWorkbook.fileName(plan, p);
                reuse.place(out, "tai-ve/" + name, PageReuse.key("bieu-tong-hop", name, sources.toString()),
                        file -> workbook.write(plan, p, file.getParent(), asOf));
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The datasets as downloads (CSV and Parquet as published, .xlsx for people) and the summary
     * tables, each with its SHA-256 in SHA256SUMS (the format sha256sum -c reads).
     */
    private Map<String, String> copyDownloads(Path datasetsDir, Map<String, String> datasetSums, SiteData data, Path out,
                                              List<String> summaries, PageReuse reuse) throws IOException {
        Path dir = out.resolve("tai-ve");
        Map<String, String> sums = new TreeMap<>();
        for (String name : DOWNLOADS.keySet()) {
            StringBuilder parquetSums = new StringBuilder();
            for (String ext : extensions(name)) {
                for (String file : DatasetLayout.files(datasetsDir, name, ext)) {
                    // linked, not copied: 8 GB per release at 50,000 units; a dataset release is never written to once published
                    Files.createDirectories(dir.resolve(file).getParent());
                    Files.deleteIfExists(dir.resolve(file));
                    FileTrees.linkOrCopy(datasetsDir.resolve(file), dir.resolve(file));
                    sums.put(file, datasetSums.get(file)); // the same bytes as the dataset
                    if (ext.equals(".parquet")) {
                        parquetSums.append(file).append(' ').append(datasetSums.get(file)).append('\n');
                    }
                }
            }
            long rows = DatasetLayout.rowCount(datasetsDir, name);
            if (Datasets.PARQUET_ONLY.contains(name) || rows > Integer.MAX_VALUE || !ExcelExports.fitsInASheet((int) rows)) {
                continue; // CSV and Parquet only: more rows than an Excel sheet takes
            }
            // the slow one: rewritten only when its dataset changed; a dataset the site holds in part is read whole for it
            reuse.place(out, "tai-ve/" + name + ".xlsx", PageReuse.key("xlsx", name, parquetSums.toString(), asOf.toString()),
                    file -> ExcelExports.write(name, DOWNLOADS.get(name), SiteData.HELD_IN_PART.contains(name)
                            ? PublishedDatasets.read(datasetsDir, List.of(name)).rows(name) : data.rows(name), dir, asOf));
            sums.put(name + ".xlsx", Hashing.sha256(dir.resolve(name + ".xlsx")));
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
