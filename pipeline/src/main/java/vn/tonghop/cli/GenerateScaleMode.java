package vn.tonghop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.tonghop.sample.ScaleGenerator;
import vn.tonghop.vi.ViFormat;

/**
 * {@code tonghop generate --units N}: a whole workspace of about N units (catalog, reports, config),
 * with progress at every tenth of the units and the writing speed at the end.
 */
final class GenerateScaleMode {
    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");
    /** The first line of a generated tonghop.yaml: only such a folder is cleared by --force. */
    private static final String CONFIG_MARK = "# tonghop configuration of a generated workspace";
    private static final List<String> GENERATED = List.of("catalog", "reports", "var", "tonghop.yaml");

    private final GenerateCommand command;

    GenerateScaleMode(GenerateCommand command) {
        this.command = command;
    }

    Integer call() {
        PrintWriter out = command.spec.commandLine().getOut();
        PrintWriter err = command.spec.commandLine().getErr();
        ScaleGenerator.Spec spec;
        try {
            Matcher years = YEARS.matcher(command.years.strip());
            if (!years.matches()) {
                throw new IllegalArgumentException("--years cần dạng 2021-2025 hoặc 2025: " + command.years);
            }
            int first = Integer.parseInt(years.group(1));
            int last = years.group(2) == null ? first : Integer.parseInt(years.group(2));
            int threads = command.threads != null ? command.threads : Runtime.getRuntime().availableProcessors();
            spec = new ScaleGenerator.Spec(command.units, command.depth, first, last, command.seed, command.xlsxShare, threads);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        Path dir = command.out;
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new ConfigException("--out " + dir + " không phải thư mục");
        }
        if (!GenerateCommand.isEmpty(dir)) {
            if (!command.force || !generatedBefore(dir)) {
                err.println("Thư mục " + dir + " đã có dữ liệu; không ghi đè. "
                        + (command.force ? "Đây không phải bộ dữ liệu do tonghop generate --units sinh ra (thiếu tonghop.yaml của nó)."
                        : "Dùng --force để xóa bộ dữ liệu đã sinh trước đó (catalog/, reports/, var/, tonghop.yaml) rồi sinh lại."));
                err.flush();
                return ExitCode.BAD_CONFIGURATION;
            }
            GENERATED.forEach(name -> delete(dir.resolve(name)));
            out.printf("Đã xóa bộ dữ liệu đã sinh trước đó trong %s%n", dir);
        }
        Path template = command.options.catalog != null || command.options.config != null
                ? command.options.resolve().catalog()
                : Path.of(System.getProperty("tonghop.home", ".")).resolve("data/catalog");
        out.printf("Sinh bộ dữ liệu quy mô lớn vào %s: khoảng %s đơn vị, %d cấp, năm %d-%d, hạt giống %d, %s%% tệp .xlsx, %d luồng;"
                        + " kế hoạch và phong trào suy ra từ %s%n", dir.toAbsolutePath().normalize(), SummaryText.n(spec.units()),
                spec.depth(), spec.firstYear(), spec.lastYear(), spec.seed(), ViFormat.number(spec.xlsxShare() * 100, 1),
                spec.threads(), template);
        out.flush();
        ScaleGenerator.Result r = ScaleGenerator.generate(template, spec, dir, tenths(out));
        print(out, dir, r);
        return ExitCode.OK;
    }

    /** A line at every tenth of the units; called from the writing threads. */
    private static ScaleGenerator.Progress tenths(PrintWriter out) {
        int[] lastTenth = {0};
        return (done, total) -> {
            synchronized (lastTenth) {
                int tenth = (int) (10L * done / Math.max(1, total));
                if (tenth > lastTenth[0]) {
                    lastTenth[0] = tenth;
                    out.printf("  Đã sinh báo cáo của %s/%s đơn vị (%d%%)%n", SummaryText.n(done), SummaryText.n(total), tenth * 10);
                    out.flush();
                }
            }
        };
    }

    private static void print(PrintWriter out, Path dir, ScaleGenerator.Result r) {
        ScaleGenerator.Reports p = r.reports();
        double seconds = Math.max(r.reportsMillis(), 1) / 1000.0;
        out.printf("  Danh mục: %s đơn vị (%s sáp nhập hoặc giải thể trong các năm), %d cấp, %d kế hoạch; ngày chốt %s (%s)%n",
                SummaryText.n(r.units()), SummaryText.n(r.unitsEnded()), r.depth(), r.plans(), ViFormat.date(r.asOf()),
                SummaryText.seconds(r.catalogMillis()));
        out.printf("  Báo cáo phải nộp (đơn vị × kế hoạch × kỳ): %s, của %s đơn vị%n", SummaryText.n(p.expected()),
                SummaryText.n(p.units()));
        out.printf("  Đúng hạn: %s, trễ hạn: %s, nộp lại: %s, chưa nộp: %s%n", SummaryText.n(p.onTime()), SummaryText.n(p.late()),
                SummaryText.n(p.resubmitted()), SummaryText.n(p.missing()));
        out.printf("  Báo cáo riêng của đơn vị chủ trì: %s%n", SummaryText.n(p.leadReports()));
        out.printf("  Tệp lỗi cố ý (tên bắt đầu bằng LOI_): %s tệp có dòng sai, %s tệp hỏng cả tệp%n",
                SummaryText.n(p.rowMistakeFiles()), SummaryText.n(p.badFiles()));
        out.printf("  Tổng cộng: %s tệp (%s .xlsx), %s dòng dữ liệu, %s MB trong %s: %s tệp/giây, %s dòng/giây%n",
                SummaryText.n(p.files()), SummaryText.n(p.xlsxFiles()), SummaryText.n(p.rows()),
                ViFormat.number(p.bytes() / 1_000_000.0, 1), SummaryText.seconds(r.reportsMillis()),
                SummaryText.n(Math.round(p.files() / seconds)), SummaryText.n(Math.round(p.rows() / seconds)));
        out.printf("  Chạy thử: scripts/tonghop run --config %s%n", dir.resolve("tonghop.yaml"));
        out.flush();
    }

    private static boolean generatedBefore(Path dir) {
        Path config = dir.resolve("tonghop.yaml");
        try {
            return Files.isRegularFile(config, LinkOption.NOFOLLOW_LINKS) && Files.readString(config).startsWith(CONFIG_MARK);
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không xóa được " + path, e);
        }
    }
}
