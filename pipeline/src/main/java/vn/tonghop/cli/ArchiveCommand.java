package vn.tonghop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tonghop.publish.RunLock;
import vn.tonghop.publish.YearArchive;

@Command(name = "archive", mixinStandardHelpOptions = true,
        header = "Đóng băng một năm: chép bản trang web đang công bố vào thư mục lưu trữ <archive>/<năm>/; năm đã đóng băng không bị ghi đè.")
final class ArchiveCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Năm cần đóng băng, ví dụ 2024.")
    int year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (year < 1945 || year > 2200) {
            throw new ConfigException("--year " + year + " không phải một năm (1945..2200)");
        }
        Settings settings = options.resolveWithoutCatalog();
        try (RunLock lock = RunLock.acquire(settings.lockFile())) {
            YearArchive archive = new YearArchive(settings.archive());
            YearArchive.Frozen frozen = archive.freeze(year, settings.site());
            var out = spec.commandLine().getOut();
            out.printf("Đã đóng băng năm %d: %s tệp chép từ %s vào %s.%n", frozen.year(), SummaryText.n(frozen.files()),
                    frozen.release(), frozen.dir());
            out.println("Năm này không bao giờ bị ghi đè; trang lưu trữ của trang web liệt kê nó từ lần dựng trang sau.");
            out.flush();
            return ExitCode.OK;
        }
    }
}
