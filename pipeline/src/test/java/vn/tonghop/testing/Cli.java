package vn.tonghop.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import vn.tonghop.cli.Main;

/** The tonghop command line run in-process, as users run it: exit code and what it printed. */
public final class Cli {
    public record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
