package vn.tonghop.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.ingest.Inbox;
import vn.tonghop.publish.RunLock;
import vn.tonghop.store.Store;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Nạp báo cáo mới từ hộp thư vào kho Parquet (kiểm tra từng dòng, cách ly dòng lỗi).")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--max-messages", defaultValue = "30", description = "Số lỗi chi tiết in ra tối đa (mặc định 30).")
    int maxMessages;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = options.resolve();
        try (RunLock lock = RunLock.acquire(settings.lockFile())) {
            Catalog catalog = CatalogLoader.load(settings.catalog());
            Inbox.Listing listing = Inbox.scan(settings.inboxes(),
                    RunState.load(settings.state()).map(RunState::knownHashes).orElse(Inbox.KnownHashes.NONE));
            return ingest(settings, catalog, Store.open(settings.store().toString()), listing, maxMessages,
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    /**
     * The ingest stage as a command; also the first stage of {@code run}, which passes the settings,
     * catalog and store it resolved once, so every stage of a run sees the same as-of date.
     */
    static int ingest(Settings settings, Catalog catalog, Store store, Inbox.Listing listing, int maxMessages, PrintWriter out,
                      PrintWriter err) {
        long start = System.currentTimeMillis();
        SummaryText.catalog(out, catalog, settings);
        ProgressLine progress = ProgressLine.of(out, err);
        IngestRun.Outcome outcome = IngestRun.run(settings, catalog, store, listing, progress);
        progress.done();
        if (outcome.recheck() != null) {
            out.printf("Kiểm tra lại dòng cách ly theo danh mục/ngày chốt mới: %s dòng nay được nhận%n",
                    SummaryText.n(outcome.recovered()));
        }
        SummaryText.skipped(out, outcome.skipped());
        SummaryText.ingest(out, outcome.ingest(), maxMessages);
        out.printf("Kho: %s%n", settings.store().toAbsolutePath());
        out.printf("Xong nạp báo cáo trong %s.%n", SummaryText.seconds(System.currentTimeMillis() - start));
        out.flush();
        return outcome.ingest().anyQuarantined() ? ExitCode.NEW_INPUT_QUARANTINED : ExitCode.OK;
    }
}
