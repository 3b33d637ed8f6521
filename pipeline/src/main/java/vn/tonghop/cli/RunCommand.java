package vn.tonghop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import java.util.List;
import java.util.Optional;
import vn.tonghop.ingest.Inbox;
import vn.tonghop.publish.Publisher;
import vn.tonghop.publish.ReleaseId;
import vn.tonghop.publish.RunLock;
import vn.tonghop.publish.YearArchive;
import vn.tonghop.vi.ViFormat;
import vn.tonghop.store.Store;

@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Lần chạy hằng đêm: nạp báo cáo mới, tổng hợp bằng Spark, dựng và công bố trang web.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--max-messages", defaultValue = "30", description = "Số lỗi chi tiết in ra tối đa (mặc định 30).")
    int maxMessages;

    @Option(names = "--full", description = "Bỏ qua trạng thái lần chạy trước: tổng hợp lại toàn bộ từ kho và vẽ lại mọi biểu đồ"
            + " (không đọc lại các tệp đã nạp).")
    boolean full;

    @Option(names = "--dry-run", description = "Chỉ cho biết lần chạy sẽ làm gì (tệp mới, thay đổi danh mục, ngày chốt), không ghi gì.")
    boolean dryRun;

    @Mixin
    SparkRuntime spark = new SparkRuntime();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = options.resolve();
        if (dryRun) {
            return run(settings);
        }
        try (RunLock lock = RunLock.acquire(settings.lockFile())) {
            return run(settings);
        }
    }

    private int run(Settings settings) {
        long start = System.currentTimeMillis();
        var out = spec.commandLine().getOut();
        Catalog catalog = CatalogLoader.load(settings.catalog());
        Store store = Store.open(settings.store().toString());
        Optional<RunState> last = full ? Optional.empty() : RunState.load(settings.state());
        Inbox.Listing listing = Inbox.scan(settings.inboxes(), last.map(RunState::knownHashes).orElse(Inbox.KnownHashes.NONE));
        String program = ProgramFingerprint.of(SiteStage.templates());
        Optional<String> served = new Publisher(settings.site()).current().map(ReleaseId::name);
        List<String> changes = last.map(state -> Changes.since(state, catalog, settings, store, listing, program, served))
                .orElse(List.of(full ? "chạy toàn bộ theo yêu cầu (--full)" : "chưa có trạng thái lần chạy trước"));
        if (dryRun) {
            Changes.printDryRun(out, changes, store, listing);
            return ExitCode.OK;
        }
        Leftovers.clean(settings);
        if (changes.isEmpty()) {
            out.printf("Không có gì thay đổi kể từ lần chạy trước (hộp thư, danh mục, ngày chốt %s, kho, chương trình):"
                    + " giữ nguyên trang web đang công bố (%s). Xong trong %s (mã thoát 0).%n", ViFormat.date(settings.asOf()),
                    served.orElse("?"), SummaryText.seconds(System.currentTimeMillis() - start));
            out.flush();
            return ExitCode.OK;
        }
        out.println("Cần chạy vì: " + String.join("; ", changes) + ".");
        out.println("== Giai đoạn 1/4: nạp báo cáo ==");
        int code = IngestCommand.ingest(settings, catalog, store, listing, maxMessages, out, spec.commandLine().getErr());
        long ingested = System.currentTimeMillis();
        out.println("== Giai đoạn 2/4: tổng hợp ==");
        AggregateStage.run(spark, settings, catalog, store,
                last.flatMap(state -> IncrementalScope.partitions(state, catalog, settings, program, store)), out);
        long aggregated = System.currentTimeMillis();
        out.println("== Giai đoạn 3/4: tài liệu ==");
        DocumentsStage.run(settings, catalog, out);
        long documented = System.currentTimeMillis();
        out.println("== Giai đoạn 4/4: trang web ==");
        List<Integer> freezing = ArchiveStage.yearsToFreeze(catalog, settings.asOf(), new YearArchive(settings.archive()).frozen());
        String release = SiteStage.run(settings, catalog, out, full, freezing, program);
        ArchiveStage.run(settings, freezing, store, out);
        new RunState(RunState.VERSION, catalog.fingerprint(), settings.asOf().toString(), store.manifest().sequence(), program,
                release, RunState.inputs(listing.files())).save(settings.state());
        long end = System.currentTimeMillis();
        out.printf("Xong: nạp %s, tổng hợp %s, tài liệu %s, trang web %s, tổng cộng %s (mã thoát %d).%n",
                SummaryText.seconds(ingested - start), SummaryText.seconds(aggregated - ingested),
                SummaryText.seconds(documented - aggregated), SummaryText.seconds(end - documented), SummaryText.seconds(end - start), code);
        return code;
    }
}
