package vn.tonghop.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real tonghop command line ({@link Main}) in a child JVM on the tests' classpath, with the JVM
 * options Spark needs (the {@code spark.jvm.options} of pom.xml, filtered into tonghop/jvm-options.txt,
 * as scripts/tonghop uses them). Output goes to a log file, so a chatty run never blocks on a pipe.
 */
final class ChildRun {
    /**
     * Less CPU for short runs on a few rows (compiling code is most of their cost); none changes what a
     * run computes: the C1 compiler only, one GC thread, no Spark UI, no adaptive re-planning, and Spark
     * evaluating expressions instead of generating and compiling Java for each query.
     */
    static final List<String> QUICK = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g",
            "-Dspark.ui.enabled=false", "-Dspark.sql.adaptive.enabled=false", "-Dspark.sql.codegen.wholeStage=false",
            "-Dspark.sql.codegen.factoryMode=NO_CODEGEN");
    private static final long TIMEOUT_SECONDS = 300;

    record Outcome(int code, String output) {
    }

    private final Process process;
    private final Path log;
    private final long started = System.nanoTime();

    private ChildRun(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code tonghop args...} with extra JVM options (such as {@code -Dtonghop.crash=...}). */
    static ChildRun start(Path log, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(sparkOptions());
        command.addAll(QUICK);
        command.addAll(jvmOptions);
        if (System.getProperty("tonghop.chromium") != null) {
            command.add("-Dtonghop.chromium=" + System.getProperty("tonghop.chromium")); // the test JVM's choice: no PDF
        }
        command.addAll(List.of("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(Arrays.asList(args));
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
            return new ChildRun(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Outcome run(Path log, List<String> jvmOptions, String... args) {
        return start(log, jvmOptions, args).await();
    }

    /** Waits for the exit; a child that hangs is killed and the test fails. */
    Outcome await() {
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the child JVM did not finish in " + TIMEOUT_SECONDS + " s; output:\n" + output());
            }
            System.out.printf("%s: exit code %d after %d s%n", log.getFileName(), process.exitValue(),
                    (System.nanoTime() - started) / 1_000_000_000);
            return new Outcome(process.exitValue(), output());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the child JVM", e);
        }
    }

    /**
     * Waits until the child has logged {@code line}, then kills it with SIGKILL ({@code kill -9}:
     * {@link Process#destroyForcibly} on Linux) and returns its exit.
     */
    Outcome killWhenLogged(String line) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        try {
            while (!output().contains(line)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly().waitFor();
                    throw new AssertionError("the child never logged \"" + line + "\"; output:\n" + output());
                }
                Thread.sleep(200);
            }
            process.destroyForcibly().waitFor();
            return new Outcome(process.exitValue(), output());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the child JVM", e);
        }
    }

    /** Ends the child if it is still running (a failed test must not leave JVMs behind). */
    void kill() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /** The JVM options Spark needs on Java 17, as pom.xml lists them (also for the cluster JVMs of ClusterOnLoopback). */
    static List<String> sparkOptions() {
        try (InputStream in = ChildRun.class.getResourceAsStream("/tonghop/jvm-options.txt")) {
            if (in == null) {
                throw new IllegalStateException("tonghop/jvm-options.txt is not on the classpath; build with mvn first");
            }
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
