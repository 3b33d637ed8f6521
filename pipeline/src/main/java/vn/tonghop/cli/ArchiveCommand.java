package vn.tonghop.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.tonghop.publish.ArchiveChecksums;
import vn.tonghop.publish.RunLock;
import vn.tonghop.publish.YearArchive;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.store.Store;
import vn.tonghop.vi.ViFormat;

@Command(name = "archive", mixinStandardHelpOptions = true,
        header = "Đóng băng một năm (trang web đang công bố, báo cáo đã nhận và số liệu của năm, kèm SHA-256 từng tệp),"
                + " hoặc kiểm tra các năm đã đóng băng (--verify).")
final class ArchiveCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Parameters(arity = "0..1", paramLabel = "NĂM", description = "Năm cần đóng băng hoặc kiểm tra, ví dụ 2024.")
    Integer yearParameter;

    @Option(names = "--year", paramLabel = "YYYY", description = "Như NĂM (cách viết cũ).")
    Integer yearOption;

    @Option(names = "--verify", description = "Kiểm tra từng tệp của năm đã đóng băng (mọi năm nếu không nêu năm) với SHA256SUMS.")
    boolean verify;

    @Option(names = "--force", description = "Đóng băng cả khi báo cáo của năm có thể còn đến (chưa quá hạn nộp kỳ cuối "
            + ArchiveStage.GRACE_DAYS + " ngày).")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Integer year = yearParameter != null ? yearParameter : yearOption;
        if (year != null && (year < 1945 || year > 2200)) {
            throw new ConfigException("Năm " + year + " không hợp lệ (1945..2200)");
        }
        var out = spec.commandLine().getOut();
        if (verify) {
            Settings settings = options.resolveWithoutCatalog();
            return verify(new YearArchive(settings.archive()), year, out);
        }
        if (year == null) {
            throw new ConfigException("Cần nêu năm cần đóng băng, ví dụ: tonghop archive 2024 (hoặc --verify để kiểm tra)");
        }
        Settings settings = options.resolve();
        try (RunLock lock = RunLock.acquire(settings.lockFile())) {
            Catalog catalog = CatalogLoader.load(settings.catalog());
            java.time.LocalDate lastDue = ArchiveStage.lastDueDates(catalog, year).get(year);
            if (lastDue != null && settings.asOf().isBefore(lastDue.plusDays(ArchiveStage.GRACE_DAYS)) && !force) {
                out.printf("Cảnh báo: báo cáo năm %d có thể còn đến (kỳ cuối hạn nộp %s, chờ thêm %d ngày đến %s)."
                                + " Năm đã đóng băng không bao giờ thay đổi; nếu chắc chắn, chạy lại với --force.%n", year,
                        ViFormat.date(lastDue), ArchiveStage.GRACE_DAYS, ViFormat.date(lastDue.plusDays(ArchiveStage.GRACE_DAYS)));
                out.flush();
                return ExitCode.FAILURE;
            }
            Store store = Store.open(settings.store().toString());
            YearArchive.Frozen frozen = new YearArchive(settings.archive()).freeze(year, settings.site(), YearData.of(settings, store, year));
            out.printf("Đã đóng băng năm %d: %s tệp (trang web %s, báo cáo đã nhận và số liệu của năm, SHA256SUMS) tại %s.%n",
                    frozen.year(), SummaryText.n(frozen.files()), frozen.release().getFileName(), frozen.dir());
            out.println("Năm này không bao giờ bị ghi đè; trang lưu trữ của trang web liệt kê nó từ lần dựng trang sau.");
            out.flush();
            return ExitCode.OK;
        }
    }

    /** Checks each frozen year (or one) against its checksums; prints what differs. */
    private static int verify(YearArchive archive, Integer year, java.io.PrintWriter out) {
        List<Integer> years = year != null ? List.of(year) : archive.frozen();
        if (years.isEmpty()) {
            out.println("Chưa có năm nào được đóng băng trong " + archive.folder() + ".");
        }
        boolean intact = true;
        for (int y : years) {
            ArchiveChecksums.Check check = archive.verify(y);
            List<String> problems = check.problems();
            if (problems.isEmpty()) {
                out.printf("Năm %d: %s tệp, tất cả khớp SHA-256 (%s).%n", y, SummaryText.n(check.listed()), archive.year(y));
            } else {
                intact = false;
                out.printf("Năm %d: %s chỗ sai:%n", y, SummaryText.n(problems.size()));
                problems.forEach(p -> out.println("  " + p));
            }
        }
        out.flush();
        return intact ? ExitCode.OK : ExitCode.FAILURE;
    }
}
