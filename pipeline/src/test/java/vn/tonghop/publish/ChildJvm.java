package vn.tonghop.publish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real second JVM running one of the small main classes of this package, on the tests' classpath.
 * Its stdin stays open: the mains block on it, so a child whose test JVM died exits by itself.
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BufferedReader stdout;

    private ChildJvm(Process process) {
        this.process = process;
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    long pid() {
        return process.pid();
    }

    /** The child's next stdout line; waits for it instead of sleeping. Fails if the child exits first. */
    String nextLine() throws IOException, InterruptedException {
        String line = stdout.readLine();
        if (line == null) {
            throw new AssertionError("the child JVM exited with code " + process.waitFor() + " without printing a line");
        }
        return line;
    }

    /** SIGKILL, like kill -9: no shutdown hooks, no finally blocks; only the OS cleans up. */
    int killForcibly() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** Closes stdin and waits for a normal exit. */
    int finish() throws IOException, InterruptedException {
        process.getOutputStream().close();
        return process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            killForcibly();
        }
    }
}
