package vn.tonghop.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Pages rendered and written on every core: a national site has hundreds of thousands of pages.
 * At most {@link #IN_FLIGHT} wait at once, so the view models waiting are few; {@link #await}
 * rethrows the first failure.
 */
final class ParallelWrites implements AutoCloseable {
    static final int IN_FLIGHT = 512;

    /** One page or file to write. */
    @FunctionalInterface
    interface Write {
        void run() throws IOException;
    }

    private final ExecutorService pool;
    private final Semaphore room = new Semaphore(IN_FLIGHT);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    ParallelWrites() {
        pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
            Thread t = new Thread(task, "tonghop-site");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a write; waits while {@link #IN_FLIGHT} are queued. After a failure, nothing more is written. */
    void submit(Write write) {
        room.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                if (failure.get() == null) {
                    write.run();
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            } finally {
                room.release();
            }
        });
    }

    /** Waits for every queued write; rethrows the first failure. */
    void await() throws IOException {
        room.acquireUninterruptibly(IN_FLIGHT);
        room.release(IN_FLIGHT);
        Throwable e = failure.get();
        if (e instanceof IOException io) {
            throw io;
        } else if (e instanceof UncheckedIOException io) {
            throw io.getCause();
        } else if (e instanceof RuntimeException r) {
            throw r;
        } else if (e instanceof Error error) {
            throw error;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
