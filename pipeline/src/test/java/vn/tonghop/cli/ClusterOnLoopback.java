package vn.tonghop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on 127.0.0.1: a Master and Workers, each its own JVM on the tests'
 * classpath (as ../shared/stack.md describes: a worker's SPARK_HOME is a folder with an empty jars/, and
 * executors get their classpath from SPARK_DIST_CLASSPATH). Ports are free ones; closing it ends every
 * JVM it started, executors included.
 */
final class ClusterOnLoopback implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
    /** Each executor logs its finished tasks (only the Executor class at INFO), so a test can see where work ran. */
    private static final String EXECUTOR_LOG_CONFIG = """
            rootLogger.level = warn
            rootLogger.appenderRef.stderr.ref = console
            appender.console.type = Console
            appender.console.name = console
            appender.console.target = SYSTEM_ERR
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n%ex
            logger.executor.name = org.apache.spark.executor.Executor
            logger.executor.level = info
            """;

    private final Path dir;
    private final int port;
    private final int webUiPort;
    private final int workers;
    private final List<Process> processes = new ArrayList<>();

    private ClusterOnLoopback(Path dir, int port, int webUiPort, int workers) {
        this.dir = dir;
        this.port = port;
        this.webUiPort = webUiPort;
        this.workers = workers;
    }

    /** Starts a Master and {@code workers} Workers (1 core, 1 GiB each) and returns once all have registered. */
    static ClusterOnLoopback start(Path dir, int workers) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("spark-home/jars"));
        Files.writeString(dir.resolve("executor-log4j2.properties"), EXECUTOR_LOG_CONFIG, StandardCharsets.UTF_8);
        ClusterOnLoopback cluster = new ClusterOnLoopback(dir, freePort(), freePort(), workers);
        try {
            cluster.launch("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                    String.valueOf(cluster.port), "--webui-port", String.valueOf(cluster.webUiPort));
            for (int i = 1; i <= workers; i++) {
                Path work = Files.createDirectories(cluster.workerDir(i));
                cluster.launch("worker-" + i, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1",
                        "--memory", "1g", "--webui-port", "0", "--work-dir", work.toString(), cluster.url());
            }
            cluster.awaitWorkers();
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    String url() {
        return "spark://127.0.0.1:" + port;
    }

    /**
     * Options for a driver JVM (system properties become SparkConf): small executors, one per worker, a
     * driver that waits for all of them before its first task and never for a busy executor holding a
     * task's data, and executors that log their tasks.
     */
    List<String> driverOptions() {
        return List.of("-Dspark.executor.memory=512m", "-Dspark.cores.max=" + workers,
                "-Dspark.scheduler.minRegisteredResourcesRatio=1.0", "-Dspark.scheduler.maxRegisteredResourcesWaitingTime=120s",
                "-Dspark.locality.wait=0",
                "-Dspark.executor.extraJavaOptions=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dlog4j2.configurationFile="
                        + dir.resolve("executor-log4j2.properties"));
    }

    /** "Finished task" lines in the logs of the executors this worker ran (one folder per application and executor). */
    long finishedTasks(int worker) throws IOException {
        long count = 0;
        try (Stream<Path> files = Files.walk(workerDir(worker))) {
            for (Path stderr : files.filter(f -> f.getFileName().toString().equals("stderr")).toList()) {
                count += Files.readAllLines(stderr, StandardCharsets.UTF_8).stream().filter(l -> l.contains("Finished task")).count();
            }
        }
        return count;
    }

    private Path workerDir(int worker) {
        return dir.resolve("worker-" + worker);
    }

    private void launch(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ChildRun.sparkOptions());
        command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("SPARK_HOME", dir.resolve("spark-home").toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_DIST_CLASSPATH", System.getProperty("java.class.path"));
        processes.add(builder.start());
    }

    private void awaitWorkers() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest status = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webUiPort + "/json/")).timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        int alive = 0;
        while (System.nanoTime() < deadline) {
            if (processes.stream().anyMatch(p -> !p.isAlive())) {
                throw new AssertionError("a cluster JVM exited while starting:\n" + logs());
            }
            try {
                Matcher m = ALIVE_WORKERS.matcher(http.send(status, HttpResponse.BodyHandlers.ofString()).body());
                alive = m.find() ? Integer.parseInt(m.group(1)) : 0;
                if (alive == workers) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the master's web UI is not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(alive + " of " + workers + " workers registered within " + READY_TIMEOUT.toSeconds() + " s:\n" + logs());
    }

    private String logs() {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                text.append("--- ").append(log.getFileName()).append('\n').append(Files.readString(log, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Workers first (an executor still running is their child), then the master; SIGKILL for any that lingers. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>();
        List<Process> workersFirst = new ArrayList<>(processes);
        java.util.Collections.reverse(workersFirst);
        for (Process p : workersFirst) {
            all.addAll(p.toHandle().descendants().toList());
            all.add(p.toHandle());
        }
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(20, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
                p.onExit().join();
            }
        }
    }
}
