package vn.tonghop.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.vi.ViFormat;

/**
 * Pre-filled report forms (README "Report forms for units"): one .xlsx per unit and one CSV template
 * for a plan and period, computed from the catalog alone, in {@code <out>/<plan slug>/<period>/}.
 */
public final class ReportForms {
    private ReportForms() {
    }

    /** What {@link #write} wrote: the folder, one workbook per unit (in the order given) and the CSV template. */
    public record Written(Path folder, List<Path> workbooks, Path csvTemplate) {
    }

    /**
     * The units expected to report (docs/aggregation.md "Expected reports"): valid on the period's
     * cut-off date, of the kinds the plan's rule names, strict descendants of the rule's root; sorted.
     */
    public static List<String> expectedUnits(Catalog catalog, Plan plan, Period period) {
        requirePeriod(catalog, plan, period);
        return List.copyOf(new TreeSet<>(catalog.expectedReporters(plan, period)));
    }

    /**
     * The units that get a form: the expected ones, and the units a task names as lead or coordinating
     * unit (valid on the cut-off; they report those tasks even when the rule does not expect them);
     * with {@code subtreeRoot}, only those in its subtree (the root included). Sorted by code.
     */
    public static List<String> formUnits(Catalog catalog, Plan plan, Period period, String subtreeRoot) {
        LocalDate cutOff = catalog.cutOff(plan, period);
        TreeSet<String> units = new TreeSet<>(expectedUnits(catalog, plan, period));
        plan.leafTasks().flatMap(t -> FormContent.designated(catalog, t).stream())
                .filter(code -> catalog.units().isValid(code, cutOff)).forEach(units::add);
        if (subtreeRoot == null) {
            return List.copyOf(units);
        }
        String root = catalog.units().canonicalCode(subtreeRoot).orElseThrow(() -> new IllegalArgumentException(
                "không có đơn vị mã '" + subtreeRoot + "' trong danh mục đơn vị"));
        if (!catalog.units().isValid(root, cutOff)) {
            throw new IllegalArgumentException("đơn vị " + root + " không có hiệu lực vào ngày chốt " + ViFormat.date(cutOff)
                    + " của kỳ " + period.code());
        }
        return units.stream().filter(u -> catalog.units().isWithin(u, root, cutOff)).toList();
    }

    /** The folder of a plan and period's forms below {@code outDir}: {@code <plan slug>/<period, lower case>}. */
    public static Path folder(Path outDir, Plan plan, Period period) {
        return outDir.resolve(vn.tonghop.catalog.Folders.period(plan.slug(), period.code()));
    }

    /** A unit's form file name: its code in lower case, {@code .xlsx}. */
    public static String workbookName(String unitCode) {
        return unitCode.toLowerCase(Locale.ROOT) + ".xlsx";
    }

    /** The CSV template's file name: {@code mau-bao-cao-<plan slug>-<period, lower case>.csv}. */
    public static String csvTemplateName(Plan plan, Period period) {
        return "mau-bao-cao-" + plan.slug() + "-" + period.code().toLowerCase(Locale.ROOT) + ".csv";
    }

    /** Writes each unit's form and the CSV template holding all their rows; same catalog, same bytes. */
    public static Written write(Catalog catalog, Plan plan, Period period, List<String> unitCodes, Path outDir) {
        return write(catalog, plan, period, unitCodes, outDir, null);
    }

    /** The classes whose code makes a form's bytes: part of the cache key. */
    private static final List<Class<?>> MAKERS = List.of(FormWorkbook.class, FormStyles.class, FormGuide.class, FormContent.class);
    private static final String MAKERS_HASH = vn.tonghop.common.Hashing.classFiles(MAKERS);

    /**
     * The same, taking each workbook from {@code cache} when the same form (same content, same code)
     * was made before: the nightly run writes thousands at national size, and a form changes only with
     * the catalog. With {@code cache} null every workbook is made.
     */
    public static Written write(Catalog catalog, Plan plan, Period period, List<String> unitCodes, Path outDir,
                                vn.tonghop.common.FileCache cache) {
        requirePeriod(catalog, plan, period);
        Path folder = folder(outDir, plan, period);
        java.util.Set<String> expected = catalog.expectedReporters(plan, period);
        List<FormContent> forms = unitCodes.stream().map(u -> FormContent.of(catalog, plan, period,
                catalog.units().canonicalCode(u).orElseThrow(() -> new IllegalArgumentException(
                        "không có đơn vị mã '" + u + "' trong danh mục đơn vị")), expected)).toList();
        try {
            Files.createDirectories(folder);
            List<Path> workbooks = new ArrayList<>();
            for (FormContent form : forms) {
                Path file = folder.resolve(workbookName(form.unit().code()));
                Files.write(file, cache == null ? FormWorkbook.write(form)
                        : cache.get(vn.tonghop.common.Hashing.sha256(MAKERS_HASH + "\n" + form), () -> FormWorkbook.write(form)));
                workbooks.add(file);
            }
            Path csv = folder.resolve(csvTemplateName(plan, period));
            Files.write(csv, FormCsvTemplate.write(forms));
            return new Written(folder, List.copyOf(workbooks), csv);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được mẫu báo cáo vào " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void requirePeriod(Catalog catalog, Plan plan, Period period) {
        if (!catalog.periodInPlan(plan, period)) {
            throw new IllegalArgumentException("kỳ " + period.code() + " không thuộc lịch báo cáo hoặc thời gian hiệu lực của kế hoạch "
                    + plan.code());
        }
    }
}
