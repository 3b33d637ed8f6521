package vn.tonghop.publish;

import java.io.IOException;
import java.nio.file.Path;

/** Child JVM main: takes the run lock, prints "locked", then holds it until killed or stdin closes. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws IOException {
        RunLock lock = RunLock.acquire(Path.of(args[0]));
        System.out.println("locked");
        System.out.flush();
        while (System.in.read() >= 0) {
            // holding the lock
        }
        lock.close();
    }
}
