package vn.tonghop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.publish.RunLock;
import vn.tonghop.store.Store;

@Command(name = "aggregate", mixinStandardHelpOptions = true,
        header = "Tổng hợp từ kho Parquet bằng Spark: tình hình nộp báo cáo, nhiệm vụ, chỉ tiêu; ghi các bộ dữ liệu.")
final class AggregateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Mixin
    SparkRuntime spark = new SparkRuntime();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = options.resolve();
        try (RunLock lock = RunLock.acquire(settings.lockFile())) {
            Catalog catalog = CatalogLoader.load(settings.catalog());
            var out = spec.commandLine().getOut();
            SummaryText.catalog(out, catalog, settings);
            AggregateStage.run(spark, settings, catalog, Store.open(settings.store().toString()), out);
            return ExitCode.OK;
        }
    }
}
