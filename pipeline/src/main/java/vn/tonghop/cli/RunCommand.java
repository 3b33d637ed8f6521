package vn.tonghop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Lần chạy hằng đêm: nạp báo cáo mới (các giai đoạn tổng hợp và trang web sẽ nối tiếp ở đây).")
final class RunCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--max-messages", defaultValue = "30", description = "Số lỗi chi tiết in ra tối đa (mặc định 30).")
    int maxMessages;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return IngestCommand.ingest(options, maxMessages, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
