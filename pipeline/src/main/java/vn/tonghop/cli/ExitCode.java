package vn.tonghop.cli;

/** The documented exit codes (README, "Exit codes"). Of several outcomes the highest code wins. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    /** The run completed, but input new in this run was quarantined (old quarantine never sets it). */
    public static final int NEW_INPUT_QUARANTINED = 3;
    /** import-plan: the draft was written, but something in it needs a person's check (same code as above: "look at the report"). */
    public static final int NEEDS_CHECK = 3;
    public static final int BAD_CONFIGURATION = 4;
    public static final int LOCKED = 5;

    private ExitCode() {
    }
}
