package vn.tonghop.cli;

import picocli.CommandLine;

/** Entry point: the only place that calls System.exit. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        vn.tonghop.common.JdkXml.pin();
        if (MemoryReport.wanted()) {
            MemoryReport.watch();
        }
        int code = commandLine().execute(args);
        if (MemoryReport.wanted()) {
            System.out.println(MemoryReport.line());
        }
        System.exit(code);
    }

    /** The configured command line; tests call {@code execute} on it and check the returned code. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TonghopCommand());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
