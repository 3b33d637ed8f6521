package vn.tonghop.cli;

import java.io.PrintWriter;
import vn.tonghop.ingest.Ingest;

/**
 * Progress of a long stage: on a terminal one line rewritten in place (files and percent); in a log
 * (cron, systemd) a plain line at every tenth of the work, so the log shows the run moving without
 * a line per file.
 */
final class ProgressLine implements Ingest.Progress {
    private final PrintWriter terminal;
    private final PrintWriter log;
    private int lastTenth = -1;

    private ProgressLine(PrintWriter terminal, PrintWriter log) {
        this.terminal = terminal;
        this.log = log;
    }

    /** On {@code err} when it is a terminal (the console is attached), else as log lines on {@code out}. */
    static ProgressLine of(PrintWriter out, PrintWriter err) {
        return System.console() != null ? new ProgressLine(err, null) : new ProgressLine(null, out);
    }

    /** A line to show once, e.g. what the stage is about to do. */
    void note(String text) {
        if (terminal != null) {
            terminal.print("\r\033[K" + text);
            terminal.flush();
        } else {
            log.println(text);
            log.flush();
        }
    }

    @Override
    public void reading(int index, int total, String name) {
        int percent = total == 0 ? 100 : (int) (100L * index / total);
        if (terminal != null) {
            terminal.printf("\r\033[KĐang nạp tệp %d/%d (%d%%): %s", index, total, percent, name);
            terminal.flush();
        } else if (percent / 10 > lastTenth) {
            lastTenth = percent / 10;
            log.printf("Đang nạp tệp %d/%d (%d%%)%n", index, total, percent);
            log.flush();
        }
    }

    /** Clears the in-place line before the stage's summary is printed. */
    void done() {
        if (terminal != null) {
            terminal.print("\r\033[K");
            terminal.flush();
        }
    }
}
