package vn.tonghop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.publish.RunLock;
import vn.tonghop.store.Store;

@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Lần chạy hằng đêm: nạp báo cáo mới, tổng hợp bằng Spark, dựng và công bố trang web.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--max-messages", defaultValue = "30", description = "Số lỗi chi tiết in ra tối đa (mặc định 30).")
    int maxMessages;

    @Mixin
    SparkRuntime spark = new SparkRuntime();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = options.resolve();
        try (RunLock lock = RunLock.acquire(settings.lockFile())) {
            return run(settings);
        }
    }

    private int run(Settings settings) {
        long start = System.currentTimeMillis();
        var out = spec.commandLine().getOut();
        Catalog catalog = CatalogLoader.load(settings.catalog());
        Leftovers.clean(settings);
        Store store = Store.open(settings.store().toString());
        out.println("== Giai đoạn 1/3: nạp báo cáo ==");
        int code = IngestCommand.ingest(settings, catalog, store, maxMessages, out, spec.commandLine().getErr());
        long ingested = System.currentTimeMillis();
        out.println("== Giai đoạn 2/3: tổng hợp ==");
        AggregateStage.run(spark, settings, catalog, store, out);
        long aggregated = System.currentTimeMillis();
        out.println("== Giai đoạn 3/3: trang web ==");
        SiteStage.run(settings, catalog, out);
        ArchiveStage.run(settings, catalog, out);
        long end = System.currentTimeMillis();
        out.printf("Xong: nạp %s, tổng hợp %s, trang web %s, tổng cộng %s (mã thoát %d).%n", SummaryText.seconds(ingested - start),
                SummaryText.seconds(aggregated - ingested), SummaryText.seconds(end - aggregated), SummaryText.seconds(end - start), code);
        return code;
    }
}
