package vn.tonghop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.planimport.Draft;
import vn.tonghop.planimport.PlanImportException;
import vn.tonghop.planimport.PlanImporter;

/**
 * Reads a plan document into a draft catalog entry and prints what a person must check. Exit codes:
 * 0 everything placed and resolved; 3 the draft was written but needs a person's check; 4 the document
 * cannot be read, the catalog is bad, or the draft file exists (without --force).
 */
@Command(name = "import-plan", mixinStandardHelpOptions = true,
        header = "Đọc văn bản kế hoạch (.txt, .docx) thành bản nháp kế hoạch theo định dạng danh mục, kèm danh sách những điểm cần người kiểm tra.")
final class ImportPlanCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Parameters(paramLabel = "FILE", description = "Văn bản kế hoạch: .txt (UTF-8) hoặc .docx.")
    Path file;

    @Option(names = "--out", paramLabel = "DRAFT.yaml",
            description = "Tệp bản nháp; nếu là thư mục thì ghi <slug>.yaml và <slug>.report.txt vào đó (mặc định: <slug>.yaml ở thư mục hiện tại).")
    Path out;

    @Option(names = "--force", description = "Cho phép ghi đè tệp bản nháp đã có.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalog catalog = CatalogLoader.load(options.resolve().catalog());
        Draft draft;
        try {
            draft = PlanImporter.importFile(file, catalog);
        } catch (PlanImportException e) {
            err.println("Không đọc được văn bản kế hoạch: " + e.getMessage());
            err.flush();
            return ExitCode.BAD_CONFIGURATION;
        }
        boolean intoFolder = out != null && Files.isDirectory(out);
        Path target = out == null ? Path.of(draft.slug() + ".yaml") : intoFolder ? out.resolve(draft.slug() + ".yaml") : out;
        Path report = intoFolder ? out.resolve(draft.slug() + ".report.txt") : null;
        if (!force && (Files.exists(target) || report != null && Files.exists(report))) {
            err.println("Tệp " + (Files.exists(target) ? target : report) + " đã có; không ghi đè. Dùng --force để ghi đè hoặc --out để chọn tệp khác.");
            err.flush();
            return ExitCode.BAD_CONFIGURATION;
        }
        try {
            Files.writeString(target, draft.yaml(), StandardCharsets.UTF_8);
            if (report != null) {
                Files.writeString(report, draft.report(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được " + target, e);
        }
        stdout.print(draft.report());
        stdout.println("Đã ghi bản nháp: " + target + (report == null ? "" : " (báo cáo: " + report + ")"));
        stdout.println(draft.needsCheck()
                ? "Bản nháp cần người kiểm tra các điểm trên trước khi đưa vào danh mục (mã thoát 3)."
                : "Không có điểm nào cần kiểm tra; vẫn nên đọc lại bản nháp trước khi đưa vào danh mục.");
        stdout.flush();
        return draft.needsCheck() ? ExitCode.NEEDS_CHECK : ExitCode.OK;
    }
}
