package vn.tonghop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "generate", mixinStandardHelpOptions = true, hidden = true,
        header = "Sinh dữ liệu mẫu (đang xây dựng).")
final class GenerateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCode.USAGE;
    }
}
