package vn.tonghop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "tonghop", mixinStandardHelpOptions = true, version = "tonghop 0.1.0",
        header = "Tổng hợp báo cáo: nạp, kiểm tra, lưu trữ và tổng hợp báo cáo định kỳ của các đơn vị.",
        subcommands = {RunCommand.class, IngestCommand.class, AggregateCommand.class, SiteCommand.class, RollbackCommand.class,
                ArchiveCommand.class, ValidateCommand.class, GenerateCommand.class, ImportPlanCommand.class, ReportCommand.class,
                FormsCommand.class,
                CommandLine.HelpCommand.class})
final class TonghopCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.USAGE;
    }
}
