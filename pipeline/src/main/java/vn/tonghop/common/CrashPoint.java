package vn.tonghop.common;

import java.util.List;

/**
 * Named points where a test halts the JVM as a power cut or {@code kill -9} would: no finally
 * blocks, no shutdown hooks, files left exactly as they are. {@code -Dtonghop.crash=<name>} picks
 * the point; without it {@link #reach} is one comparison with null.
 */
public final class CrashPoint {
    public static final String PROPERTY = "tonghop.crash";
    /** The exit code of a halted JVM: no tonghop outcome uses it, so a test knows the point was reached. */
    public static final int HALT_CODE = 99;

    /** After a batch's Parquet files are written, before the store's manifest is replaced. */
    public static final String AFTER_INGEST_BATCH = "after-ingest-batch";
    /** After some dataset files are written, before the datasets are switched. */
    public static final String MID_DATASETS_WRITE = "mid-datasets-write";
    /** After every dataset file is written and renamed into a version, before the switch. */
    public static final String BEFORE_DATASETS_SWITCH = "before-datasets-switch";
    /** In the middle of writing the site's pages. */
    public static final String MID_SITE_WRITE = "mid-site-write";
    /** After the release folder is complete, before the site's symlink is switched. */
    public static final String BEFORE_SITE_SWITCH = "before-site-switch";

    public static final List<String> ALL = List.of(AFTER_INGEST_BATCH, MID_DATASETS_WRITE, BEFORE_DATASETS_SWITCH, MID_SITE_WRITE,
            BEFORE_SITE_SWITCH);

    /** With {@code -Dtonghop.crash.wait=true} the run waits at the point to be killed from outside (a real kill -9). */
    public static final String WAIT_PROPERTY = "tonghop.crash.wait";
    /** The line a waiting run prints, then waits for its {@code kill -9}. */
    public static final String WAITING = "tonghop.crash: chờ bị dừng (kill -9) tại điểm ";

    // Read once: a run never changes it, and reach() stays free when it is unset.
    private static final String CHOSEN = System.getProperty(PROPERTY);

    private CrashPoint() {
    }

    public static void reach(String name) {
        if (CHOSEN == null) {
            return;
        }
        Checks.requireArgument(ALL.contains(CHOSEN), "unknown crash point -D%s=%s; known: %s", PROPERTY, CHOSEN, ALL);
        if (CHOSEN.equals(name) && Boolean.getBoolean(WAIT_PROPERTY)) {
            System.out.flush();
            System.err.println(WAITING + name);
            System.err.flush();
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // keep waiting: only a kill from outside ends this run
                }
            }
        }
        if (CHOSEN.equals(name)) {
            System.out.flush();
            System.err.println("tonghop.crash: dừng đột ngột tại điểm " + name);
            System.err.flush();
            Runtime.getRuntime().halt(HALT_CODE);
        }
    }
}
