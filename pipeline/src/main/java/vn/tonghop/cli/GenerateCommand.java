package vn.tonghop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.sample.SampleGenerator;
import vn.tonghop.vi.ViFormat;

@Command(name = "generate", mixinStandardHelpOptions = true, hidden = false,
        header = "Sinh bộ báo cáo mẫu từ danh mục (đúng hạn, trễ hạn, thiếu, nộp lại và vài tệp lỗi cố ý) để chạy thử.",
        description = {"Không có --units: sinh báo cáo mẫu cho danh mục đã cấu hình vào --out.",
                "Có --units N: sinh cả một bộ dữ liệu quy mô lớn vào --out: catalog/ (cây khoảng N đơn vị, kế hoạch và "
                        + "phong trào suy ra từ danh mục mẫu), reports/ và tonghop.yaml."})
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Thư mục ghi báo cáo mẫu (ví dụ data/reports).")
    Path out;

    @Option(names = "--seed", defaultValue = "20250620", paramLabel = "N",
            description = "Hạt giống ngẫu nhiên: cùng danh mục, ngày chốt và hạt giống thì cùng dữ liệu (mặc định 20250620).")
    long seed;

    @Option(names = "--force", description = "Cho phép ghi vào thư mục không trống: xóa trước các tệp .csv, .xlsx và thư mục rỗng bên trong "
            + "(với --units: xóa bộ dữ liệu đã sinh trước đó: catalog/, reports/, var/, tonghop.yaml).")
    boolean force;

    @Option(names = "--units", paramLabel = "N",
            description = "Sinh bộ dữ liệu quy mô lớn với khoảng N đơn vị (từ 20 trở lên), thay cho báo cáo mẫu của danh mục đã cấu hình.")
    Integer units;

    @Option(names = "--depth", defaultValue = "5", paramLabel = "D", description = "Với --units: số cấp của cây đơn vị, từ 3 đến 5 (mặc định 5).")
    int depth;

    @Option(names = "--years", defaultValue = "2021-2025", paramLabel = "YYYY-YYYY",
            description = "Với --units: các năm có báo cáo (mặc định 2021-2025).")
    String years;

    @Option(names = "--xlsx-share", defaultValue = "0.05", paramLabel = "TỶ_LỆ",
            description = "Với --units: tỷ lệ báo cáo gửi dạng .xlsx, từ 0 đến 1 (mặc định 0.05).")
    double xlsxShare;

    @Option(names = "--threads", paramLabel = "N",
            description = "Với --units: số luồng ghi tệp (mặc định: số lõi CPU); không làm đổi dữ liệu sinh ra.")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (units != null) {
            return new GenerateScaleMode(this).call();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Settings settings = options.resolve();
        Catalog catalog = CatalogLoader.load(settings.catalog());
        SummaryText.catalog(stdout, catalog, settings);
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new ConfigException("--out " + out + " không phải thư mục");
        }
        if (!isEmpty(out)) {
            if (!force) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("Thư mục " + out + " đã có dữ liệu; không ghi đè. Dùng --force để xóa các tệp .csv, .xlsx cũ trong đó rồi sinh lại.");
                err.flush();
                return ExitCode.BAD_CONFIGURATION;
            }
            int removed = clean(out);
            stdout.printf("Đã xóa %s tệp .csv/.xlsx cũ trong %s%n", SummaryText.n(removed), out);
        }
        SampleGenerator.Result r = SampleGenerator.generate(catalog, settings.asOf(), seed, out);
        stdout.printf("Sinh báo cáo mẫu vào %s (hạt giống %d, ngày chốt %s):%n", out.toAbsolutePath().normalize(), seed,
                ViFormat.date(settings.asOf()));
        stdout.printf("  Báo cáo phải nộp (đơn vị × kỳ): %s%n", SummaryText.n(r.reportsExpected()));
        stdout.printf("  Đúng hạn: %s, trễ hạn: %s, nộp lại: %s, chưa nộp: %s%n", SummaryText.n(r.onTime()),
                SummaryText.n(r.late()), SummaryText.n(r.resubmitted()), SummaryText.n(r.missing()));
        stdout.printf("  Báo cáo riêng của đơn vị chủ trì: %s%n", SummaryText.n(r.leadReports()));
        stdout.printf("  Tệp lỗi cố ý (tên bắt đầu bằng LOI_): %s%n", SummaryText.n(r.badFiles()));
        stdout.printf("  Tổng cộng: %s tệp, %s dòng dữ liệu%n", SummaryText.n(r.files()), SummaryText.n(r.rows()));
        stdout.flush();
        return ExitCode.OK;
    }

    static boolean isEmpty(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được thư mục " + dir, e);
        }
    }

    /** Deletes *.csv and *.xlsx files below {@code dir}, then folders left empty; everything else stays. */
    private static int clean(Path dir) {
        try {
            List<Path> all;
            try (Stream<Path> walk = Files.walk(dir)) {
                all = walk.sorted(Comparator.reverseOrder()).toList();
            }
            int removed = 0;
            for (Path p : all) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && (name.endsWith(".csv") || name.endsWith(".xlsx"))) {
                    Files.delete(p);
                    removed++;
                } else if (!p.equals(dir) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && isEmpty(p)) {
                    Files.delete(p);
                }
            }
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException("Không dọn được thư mục " + dir, e);
        }
    }
}
