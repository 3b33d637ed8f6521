package vn.tonghop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.publish.RunLock;

@Command(name = "site", mixinStandardHelpOptions = true,
        header = "Dựng trang web tĩnh tiếng Việt từ các bộ dữ liệu đã tổng hợp (không cần Spark).")
final class SiteCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = options.resolve();
        try (RunLock lock = RunLock.acquire(settings.lockFile())) {
            Catalog catalog = CatalogLoader.load(settings.catalog());
            SiteStage.run(settings, catalog, spec.commandLine().getOut(), false);
            return ExitCode.OK;
        }
    }
}
