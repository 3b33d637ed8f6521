package vn.tonghop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.CatalogLoader;
import vn.tonghop.common.Hashing;
import vn.tonghop.ingest.Ingest;
import vn.tonghop.ingest.IngestSummary;
import vn.tonghop.ingest.RowSink;
import vn.tonghop.ingest.SourceFile;

@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Kiểm tra thử tệp báo cáo: in các dòng sẽ được nhận và bị cách ly, không ghi gì.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Tệp báo cáo (.csv, .xlsx).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var settings = options.resolve();
        Catalog catalog = CatalogLoader.load(settings.catalog());
        SummaryText.catalog(out, catalog, settings);
        List<SourceFile> sources = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new ConfigException("Không có tệp " + f);
            }
            try {
                sources.add(new SourceFile(f, f.getFileName().toString(), Files.size(f),
                        Files.getLastModifiedTime(f).toMillis(), Hashing.sha256(f)));
            } catch (java.io.IOException e) {
                throw new ConfigException("Không đọc được tệp " + f + ": " + e.getMessage());
            }
        }
        Ingest ingest = new Ingest(catalog, settings.asOf());
        IngestSummary summary = ingest.run(sources, new Ingest.Context("kiem-tra", 0, Instant.now(), Set.of(), Set.of()),
                RowSink.NONE, Ingest.Progress.NONE);
        out.println("Kiểm tra thử, không ghi gì vào kho:");
        SummaryText.ingest(out, summary, Integer.MAX_VALUE, true);
        out.flush();
        return summary.anyQuarantined() ? ExitCode.NEW_INPUT_QUARANTINED : ExitCode.OK;
    }
}
