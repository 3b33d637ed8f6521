package vn.tonghop.documents;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.tonghop.aggregate.PublishedDatasets;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.common.FileCache;
import vn.tonghop.common.FileTrees;
import vn.tonghop.vi.ViFormat;

/**
 * The documents stage (between aggregate and site): the compiled report ("Báo cáo tổng hợp") of each
 * plan and period, as .docx and, when Chromium is installed, as PDF, from the published datasets;
 * and the blank report forms of the units still missing ({@link ReportForms}). Files are named by
 * {@link ReportFiles} and {@link ReportForms}; a report whose bytes did not change is not rewritten.
 */
public final class Documents {
    /** One document written: its files ({@code pdf} null when none was made) and whether its PDF was printed in this run. */
    public record Written(String planCode, String periodCode, Path docx, Path pdf, boolean pdfPrinted) {
    }

    /**
     * What a run wrote. {@code pdfSkipped} says in Vietnamese why no PDF was made (null when PDFs were made);
     * {@code pdfPrinted} counts the PDFs printed by Chromium, the others came from the cache.
     */
    public record Result(List<Written> documents, String pdfSkipped, int pdfPrinted) {
        public boolean pdfMade() {
            return pdfSkipped == null;
        }
    }

    private Documents() {
    }

    /** Every plan's report for every period of the datasets due on or before {@code asOf}. */
    public static Result writeReports(Catalog catalog, Path datasetsDir, Path outDir, LocalDate asOf, Path pdfCache, PrintWriter log) {
        ReportData data = ReportData.read(datasetsDir);
        Output output = new Output(outDir, pdfCache, log);
        for (Plan plan : catalog.plans()) {
            for (ReportData.PeriodRef ref : data.periods(plan.code())) {
                if (!ref.due().isAfter(asOf)) {
                    output.write(catalog, data, plan, ref, asOf);
                }
            }
        }
        output.cache.prune();
        return output.result();
    }

    /** The same without a PDF cache: every PDF is printed. */
    public static Result writeReports(Catalog catalog, Path datasetsDir, Path outDir, LocalDate asOf, PrintWriter log) {
        return writeReports(catalog, datasetsDir, outDir, asOf, null, log);
    }

    /**
     * One plan's report for one period (the plan by code as printed, "74-KH/ĐU", or by slug).
     *
     * @throws IllegalArgumentException naming the plan or period when the catalog or the datasets do not have it
     */
    public static Result writeReport(Catalog catalog, Path datasetsDir, String planCodeOrSlug, String periodCode, Path outDir,
                                     LocalDate asOf, Path pdfCache, PrintWriter log) {
        Plan plan = plan(catalog, planCodeOrSlug);
        ReportData data = ReportData.read(datasetsDir);
        ReportData.PeriodRef ref = data.period(plan.code(), periodCode.strip()).orElseThrow(() -> new IllegalArgumentException(
                "Bộ dữ liệu không có kỳ '" + periodCode + "' của kế hoạch " + plan.code() + "; các kỳ có: "
                        + String.join(", ", data.periods(plan.code()).stream().map(ReportData.PeriodRef::code).toList())));
        if (ref.due().isAfter(asOf)) {
            log.println("Lưu ý: kỳ " + ref.code() + " chưa đến hạn nộp (" + ViFormat.date(ref.due()) + "); số liệu trong báo cáo chưa đầy đủ.");
        }
        Output output = new Output(outDir, pdfCache, log);
        output.write(catalog, data, plan, ref, asOf);
        return output.result();
    }

    /**
     * A blank form for every expected unit whose report is missing ({@code chua_nop}) in each plan's
     * latest period past due on {@code asOf}, the one the office is chasing (older periods' forms come
     * from {@code tonghop forms}); the site links each missing unit to its form. The whole folder is
     * replaced, so a unit that has since reported loses its form. Workbooks already made are taken from
     * {@code cacheDir} (null: none kept); entries this run did not use are pruned. Returns how many forms
     * were written.
     */
    public static int writeMissingForms(Catalog catalog, Path datasetsDir, Path formsDir, LocalDate asOf, Path cacheDir) {
        List<Map<String, Object>> reporting = PublishedDatasets.read(datasetsDir, List.of("reporting")).rows("reporting");
        Map<String, Map<String, Object>> latestByPlan = new TreeMap<>();
        for (Map<String, Object> r : reporting) {
            LocalDate due = (LocalDate) r.get("han_nop");
            Map<String, Object> latest = latestByPlan.get((String) r.get("ma_ke_hoach"));
            if (!due.isAfter(asOf) && (latest == null || due.isAfter((LocalDate) latest.get("han_nop")))) {
                latestByPlan.put((String) r.get("ma_ke_hoach"), r);
            }
        }
        Map<List<String>, List<String>> missing = new TreeMap<>(java.util.Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (Map<String, Object> r : reporting) {
            Map<String, Object> latest = latestByPlan.get((String) r.get("ma_ke_hoach"));
            if (Boolean.TRUE.equals(r.get("ky_vong")) && "chua_nop".equals(r.get("trang_thai"))
                    && latest.get("ky_bao_cao").equals(r.get("ky_bao_cao"))) {
                missing.computeIfAbsent(List.of((String) r.get("ma_ke_hoach"), (String) r.get("ky_bao_cao")), k -> new ArrayList<>())
                        .add((String) r.get("ma_don_vi"));
            }
        }
        FileCache cache = cacheDir == null ? null : new FileCache(cacheDir, ".xlsx", "mẫu báo cáo");
        Path fresh = formsDir.resolveSibling(formsDir.getFileName() + ".moi");
        try {
            FileTrees.delete(fresh);
            Files.createDirectories(fresh);
            int written = 0;
            for (Map.Entry<List<String>, List<String>> e : missing.entrySet()) {
                Plan plan = catalog.plan(e.getKey().get(0)).orElseThrow();
                Period period = Period.parse(e.getKey().get(1)).orElseThrow();
                written += ReportForms.write(catalog, plan, period, e.getValue().stream().sorted().toList(), fresh, cache)
                        .workbooks().size();
            }
            FileTrees.delete(formsDir);
            Files.move(fresh, formsDir, StandardCopyOption.ATOMIC_MOVE);
            if (cache != null) {
                cache.prune();
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được mẫu báo cáo vào " + formsDir + ": " + e.getMessage(), e);
        }
    }

    /** The model of one report, for tests and for other renderings. */
    static ReportDocument model(Catalog catalog, Path datasetsDir, String planCodeOrSlug, String periodCode, LocalDate asOf) {
        Plan plan = plan(catalog, planCodeOrSlug);
        ReportData data = ReportData.read(datasetsDir);
        return ReportBuilder.build(catalog, data, plan, data.period(plan.code(), periodCode).orElseThrow(), asOf);
    }

    static Plan plan(Catalog catalog, String planCodeOrSlug) {
        return catalog.planByCodeOrSlug(planCodeOrSlug).orElseThrow(() -> new IllegalArgumentException("Danh mục không có kế hoạch '" + planCodeOrSlug + "'; các kế hoạch có: "
                        + String.join(", ", catalog.plans().stream().map(p -> p.code() + " (" + p.slug() + ")").toList())));
    }

    /** Writes documents into one folder and keeps count. */
    private static final class Output {
        private final Path outDir;
        private final PrintWriter log;
        private final Optional<PdfPrinter> printer = PdfPrinter.find();
        private final PdfCache cache;
        private final List<Written> written = new ArrayList<>();
        private int printed;

        Output(Path outDir, Path pdfCache, PrintWriter log) {
            this.outDir = outDir;
            this.log = log;
            this.cache = new PdfCache(printer.isPresent() ? pdfCache : null, printer.map(PdfPrinter::binary).orElse(PdfPrinter.DEFAULT_CHROMIUM));
            if (printer.isEmpty()) {
                log.println("Bỏ qua bản PDF của báo cáo tổng hợp: " + PdfPrinter.missingReason() + "; vẫn ghi tệp Word (.docx).");
            }
        }

        void write(Catalog catalog, ReportData data, Plan plan, ReportData.PeriodRef ref, LocalDate asOf) {
            ReportDocument doc = ReportBuilder.build(catalog, data, plan, ref, asOf);
            ReportFiles files = ReportFiles.of(plan.slug(), ref.code());
            Path docx = files.docxIn(outDir);
            writeIfChanged(docx, DocxRenderer.render(doc));
            Path pdf = null;
            boolean printedNow = false;
            if (printer.isPresent()) {
                String html = HtmlRenderer.render(doc);
                printedNow = !cache.has(html);
                pdf = files.pdfIn(outDir);
                writeIfChanged(pdf, cache.pdf(html, () -> printer.get().print(html)));
                printed += printedNow ? 1 : 0;
            }
            written.add(new Written(plan.code(), ref.code(), docx, pdf, printedNow));
        }

        Result result() {
            return new Result(List.copyOf(written), printer.isPresent() ? null : PdfPrinter.missingReason(), printed);
        }

        /** Atomic replace, and none at all when the bytes are the same (a nightly run that changed nothing touches nothing). */
        private static void writeIfChanged(Path file, byte[] bytes) {
            try {
                if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
                    return;
                }
                Files.createDirectories(file.getParent());
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("Không ghi được " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
