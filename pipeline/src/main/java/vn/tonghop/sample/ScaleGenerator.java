package vn.tonghop.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.catalog.Period;

/**
 * A complete, loadable workspace of any size for benchmarks: {@code catalog/} (a unit tree of about
 * N units, {@link ScaleTree}, with the template's plans and movements moved onto it, {@link ScaleCatalog}),
 * {@code reports/} ({@link ScaleReports}) and {@code tonghop.yaml} with an as-of date after the last
 * due date and the workdir inside the workspace. The same spec gives the same bytes.
 */
public final class ScaleGenerator {
    /** Days between the last due date and the as-of date: late reports (up to 25 days) are all in. */
    static final int AS_OF_AFTER_LAST_DUE = 30;

    /** What to generate. */
    public record Spec(int units, int depth, int firstYear, int lastYear, long seed, double xlsxShare, int threads) {
        public Spec {
            require(units >= 20, "số đơn vị phải từ 20 trở lên: " + units);
            require(depth >= ScaleTree.MIN_DEPTH && depth <= ScaleTree.MAX_DEPTH,
                    "độ sâu cây đơn vị phải từ " + ScaleTree.MIN_DEPTH + " đến " + ScaleTree.MAX_DEPTH + ": " + depth);
            require(firstYear >= 2000 && firstYear <= lastYear && lastYear <= 2100,
                    "khoảng năm không hợp lệ: " + firstYear + "-" + lastYear);
            require(xlsxShare >= 0 && xlsxShare <= 1, "tỷ lệ tệp .xlsx phải từ 0 đến 1: " + xlsxShare);
            require(threads >= 1, "số luồng phải từ 1 trở lên: " + threads);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }

    /** What the reports are: counts of files, rows, bytes, and of expected reports by outcome. */
    public record Reports(int units, int files, int xlsxFiles, long rows, long bytes, int expected, int onTime, int late,
                          int missing, int resubmitted, int leadReports, int rowMistakeFiles, int badFiles) {
    }

    /** What was written, with the time each part took. */
    public record Result(int units, int unitsEnded, int depth, int plans, LocalDate asOf, Reports reports,
                         long catalogMillis, long reportsMillis) {
    }

    /** Called after each unit's reports are written, from the writing threads. */
    public interface Progress {
        void reports(int unitsDone, int unitsTotal);

        Progress NONE = (done, total) -> { };
    }

    private ScaleGenerator() {
    }

    /** Writes the workspace into {@code outDir} (expected empty), deriving plans and movements from {@code template}. */
    public static Result generate(Path template, Spec spec, Path outDir, Progress progress) {
        long start = System.nanoTime();
        LocalDate founded = LocalDate.of(Math.min(2015, spec.firstYear() - 1), 1, 1);
        ScaleTree tree = ScaleTree.generate(spec.units(), spec.depth(), founded, spec.firstYear(), spec.lastYear(), spec.seed());
        Path catalogDir = outDir.resolve("catalog");
        ScaleCatalog.write(template, tree, spec.firstYear(), spec.lastYear(), catalogDir);
        Catalog catalog = CatalogLoader.load(catalogDir);
        LocalDate asOf = lastDue(catalog, spec.lastYear()).plusDays(AS_OF_AFTER_LAST_DUE);
        long catalogDone = System.nanoTime();
        Reports reports = ScaleReports.write(catalog, asOf, spec.seed(), spec.xlsxShare(), spec.threads(),
                outDir.resolve("reports"), progress);
        writeConfig(outDir.resolve("tonghop.yaml"), asOf);
        int ended = (int) tree.units.stream().filter(u -> u.to != null).count();
        return new Result(tree.units.size(), ended, tree.maxDepth(), catalog.plans().size(), asOf, reports,
                (catalogDone - start) / 1_000_000, (System.nanoTime() - catalogDone) / 1_000_000);
    }

    /** The latest due date of a period of {@code year} in any plan. */
    static LocalDate lastDue(Catalog catalog, int year) {
        return catalog.plans().stream().flatMap(plan -> plan.calendar().entries().stream()
                        .flatMap(entry -> Period.inYear(entry.type(), year).stream())
                        .filter(period -> catalog.periodInPlan(plan, period))
                        .map(period -> catalog.dueDate(plan, period)))
                .max(Comparator.naturalOrder()).orElse(LocalDate.of(year, 12, 31));
    }

    private static void writeConfig(Path file, LocalDate asOf) {
        String text = """
                # tonghop configuration of a generated workspace (tonghop generate --units ...).
                # Paths are relative to this file. Command-line options override every key.
                catalog: catalog          # the generated unit tree, plans, movements, holidays
                inbox:                    # the generated reports
                  - reports
                workdir: var              # store/, datasets/, state/, site/, archive/ of this workspace
                # After the last period's due date, so that every report is in.
                as_of: %s
                """.formatted(asOf);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được " + file, e);
        }
    }
}
