package vn.tonghop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.catalog.Period;
import vn.tonghop.catalog.Plan;
import vn.tonghop.documents.ReportForms;
import vn.tonghop.vi.ViFormat;

@Command(name = "forms", mixinStandardHelpOptions = true,
        header = "Lập mẫu báo cáo điền sẵn (.xlsx cho từng đơn vị và một mẫu CSV) của một kế hoạch và một kỳ.")
final class FormsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--plan", required = true, paramLabel = "CODE", description = "Số hiệu kế hoạch (74-KH/ĐU) hoặc tên ngắn (74-kh-du).")
    String planCode;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "Kỳ báo cáo: 2025, 2025-H1, 2025-Q2, 2025-05...")
    String periodCode;

    @Option(names = "--unit", paramLabel = "CODE", description = "Chỉ lập mẫu cho đơn vị này và các đơn vị cấp dưới của nó.")
    String unit;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Thư mục ghi mẫu (mặc định: thư mục forms/ cạnh thư mục bộ dữ liệu, var/forms với cấu hình kèm theo).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Settings settings = options.resolve();
        Catalog catalog = CatalogLoader.load(settings.catalog());
        Plan plan = plan(catalog);
        Period period = Period.parse(periodCode).orElseThrow(() -> new ConfigException("--period '" + periodCode
                + "' không đúng dạng kỳ báo cáo; cần 2025 (năm), 2025-H1, 2025-H2, 2025-Q1..2025-Q4 hoặc 2025-05 (tháng)"));
        Path outDir = out != null ? out : settings.datasets().resolveSibling("forms");
        List<String> units;
        ReportForms.Written written;
        try {
            units = ReportForms.formUnits(catalog, plan, period, unit);
            if (units.isEmpty()) {
                throw new ConfigException("không có đơn vị nào phải báo cáo kế hoạch " + plan.code() + " kỳ " + period.code()
                        + (unit == null ? "" : " trong đơn vị " + unit));
            }
            written = ReportForms.write(catalog, plan, period, units, outDir);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        long expected = ReportForms.expectedUnits(catalog, plan, period).stream().filter(units::contains).count();
        stdout.printf("Đã lập %s mẫu báo cáo .xlsx (%s đơn vị phải báo cáo, %s đơn vị chủ trì/phối hợp nhiệm vụ) và mẫu CSV"
                        + " cho kế hoạch %s, %s (hạn nộp %s)%n", SummaryText.n(units.size()), SummaryText.n(expected),
                SummaryText.n(units.size() - expected), plan.code(), period.vietnamese(), ViFormat.date(catalog.dueDate(plan, period)));
        stdout.printf("  Thư mục: %s%n", written.folder().toAbsolutePath().normalize());
        stdout.printf("  Mẫu CSV: %s%n", written.csvTemplate().getFileName());
        stdout.flush();
        return ExitCode.OK;
    }

    private Plan plan(Catalog catalog) {
        return catalog.planByCodeOrSlug(planCode).orElseThrow(() -> new ConfigException("không có kế hoạch '" + planCode + "' trong danh mục (có: "
                        + catalog.plans().stream().map(p -> p.code() + " = " + p.slug()).collect(Collectors.joining(", ")) + ")"));
    }
}
