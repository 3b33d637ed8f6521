package vn.tonghop.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.cli.ExitCode;
import vn.tonghop.testing.TestCatalogs;
import vn.tonghop.testing.Cli;

/** The run lock against a real second JVM: refused while it lives, free once it is killed with SIGKILL. */
@Timeout(120) // only a guard against a hung child; nothing here is timed
class RunLockTest {
    @TempDir
    Path dir;

    Path lockFile() throws Exception {
        return dir.toRealPath().resolve("state/tonghop.lock");
    }

    @Test
    void aLockHeldByAnotherJvmIsRefusedWithItsPidAndFreedWhenThatJvmIsKilled() throws Exception {
        try (ChildJvm holder = ChildJvm.start(LockHolder.class, lockFile().toString())) {
            assertEquals("locked", holder.nextLine());

            LockHeldException held = assertThrows(LockHeldException.class, () -> RunLock.acquire(lockFile()));
            assertEquals(String.valueOf(holder.pid()), held.holderPid());
            assertEquals(lockFile(), held.lockFile());
            assertTrue(held.getMessage().contains(lockFile() + " (pid " + holder.pid() + ")"), held.getMessage());

            holder.killForcibly();
        }
        try (RunLock lock = RunLock.acquire(lockFile())) {
            assertEquals(lockFile(), lock.file(), "the OS released the killed holder's lock");
        }
    }

    @Test
    void everyCommandThatWritesExitsWithCode5WhileAnotherRunHoldsTheLock() throws Exception {
        try (ChildJvm holder = ChildJvm.start(LockHolder.class, lockFile().toString())) {
            assertEquals("locked", holder.nextLine());
            for (String command : new String[] {"run", "ingest", "aggregate", "site", "rollback"}) {
                Cli.Result r = Cli.run(command, "--catalog", TestCatalogs.MINI.toString(), "--workdir", dir.toString(),
                        "--inbox", dir.resolve("inbox").toString());
                assertEquals(ExitCode.LOCKED, r.code(), command + ": " + r.out() + r.err());
                assertTrue(r.err().contains(lockFile() + " (pid " + holder.pid() + ")"), r.err());
                assertTrue(r.err().contains("Một lần chạy khác đang giữ khóa"), r.err());
            }
            holder.killForcibly();
        }
        Cli.Result after = Cli.run("rollback", "--workdir", dir.toString());
        assertEquals(ExitCode.FAILURE, after.code(), "the lock is free; rollback then finds nothing to go back to");
        assertTrue(after.err().contains("Chưa có bản phát hành nào"), after.err());
    }

    @Test
    void aSecondAttemptInTheSameJvmIsRefusedAndDoesNotReleaseTheFirst() throws Exception {
        long self = ProcessHandle.current().pid();
        try (RunLock first = RunLock.acquire(lockFile())) {
            LockHeldException again = assertThrows(LockHeldException.class, () -> RunLock.acquire(dir.resolve("state/../state/tonghop.lock")));
            assertEquals(String.valueOf(self), again.holderPid());
            // On Linux, closing any second descriptor of the file would drop our lock: check from outside.
            assertEquals("held " + self, probe());
        }
        assertEquals("free", probe());
        try (RunLock reacquired = RunLock.acquire(lockFile())) {
            assertEquals("held " + self, probe());
        }
    }

    private String probe() throws Exception {
        try (ChildJvm probe = ChildJvm.start(LockProbe.class, lockFile().toString())) {
            String line = probe.nextLine();
            assertEquals(0, probe.finish());
            return line;
        }
    }
}
