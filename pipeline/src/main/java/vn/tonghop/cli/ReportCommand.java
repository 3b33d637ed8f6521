package vn.tonghop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.documents.Documents;
import vn.tonghop.publish.RunLock;

/**
 * Writes the compiled report document ("Báo cáo tổng hợp") of one plan and period from the published
 * datasets: .docx, and PDF when Chromium is installed. Exit codes: 0 written; 2 unknown plan or period;
 * 4 bad configuration; 5 another run holds the lock.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Lập báo cáo tổng hợp (.docx, và .pdf khi có Chromium) của một kế hoạch trong một kỳ, từ các bộ dữ liệu đã tổng hợp.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--plan", required = true, paramLabel = "KẾ_HOẠCH", description = "Số hiệu kế hoạch (74-KH/ĐU) hoặc tên thư mục của nó (74-kh-du).")
    String plan;

    @Option(names = "--period", required = true, paramLabel = "KỲ", description = "Kỳ báo cáo: 2024-H1, 2024, 2024-Q3...")
    String period;

    @Option(names = "--out", paramLabel = "DIR", description = "Thư mục ghi báo cáo (mặc định WORKDIR/tai-lieu); tệp nằm ở <kế hoạch>/<kỳ>/.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Settings settings = options.resolve();
        Catalog catalog = CatalogLoader.load(settings.catalog());
        // the nightly run's reports folder by default (WORKDIR/tai-lieu/bao-cao)
        Path folder = out != null ? out : DocumentsStage.reports(settings);
        Documents.Result result;
        // the nightly run writes the same folders: one writer at a time
        try (RunLock lock = RunLock.acquire(settings.lockFile())) {
            result = Documents.writeReport(catalog, settings.datasets(), plan, period, folder, settings.asOf(),
                    settings.state().resolve("pdf-cache"), stdout);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCode.USAGE;
        }
        for (Documents.Written w : result.documents()) {
            stdout.println("Báo cáo tổng hợp " + w.planCode() + ", kỳ " + w.periodCode() + ":");
            stdout.println("  " + w.docx());
            if (w.pdf() != null) {
                stdout.println("  " + w.pdf() + (w.pdfPrinted() ? "" : " (không đổi, lấy từ bộ nhớ đệm)"));
            }
        }
        stdout.flush();
        return ExitCode.OK;
    }
}
