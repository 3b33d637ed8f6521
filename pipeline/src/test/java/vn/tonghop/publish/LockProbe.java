package vn.tonghop.publish;

import java.nio.file.Path;

/** Child JVM main: tries the run lock once and prints "free" (then lets it go) or "held PID". */
public final class LockProbe {
    private LockProbe() {
    }

    public static void main(String[] args) {
        try (RunLock lock = RunLock.acquire(Path.of(args[0]))) {
            System.out.println("free");
        } catch (LockHeldException held) {
            System.out.println("held " + held.holderPid());
        }
    }
}
