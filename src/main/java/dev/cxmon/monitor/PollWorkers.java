package dev.cxmon.monitor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a poll reads and resolves on ({@code cxone-poll-N}): a new pool for each configuration, stopped at the end,
 * or abandoned when shutdown cannot wait for the poll in flight. Daemon threads, so a hung call never holds the JVM.
 */
final class PollWorkers {

    private volatile ExecutorService pool;

    /** A pool of {@code threads} for a new configuration; the previous pool's threads are interrupted. */
    ExecutorService replace(int threads) {
        ExecutorService old = pool;
        AtomicInteger threadNumber = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "cxone-poll-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        if (old != null) {
            old.shutdownNow();
        }
        return pool;
    }

    /**
     * Gives up on the work in flight: running work is interrupted, and queued work is cancelled, so that whoever waits for
     * it (an {@code invokeAll}, a {@code Future.get}) stops waiting instead of waiting for work that never runs.
     */
    void abandon() {
        ExecutorService current = pool;
        if (current != null) {
            current.shutdownNow().forEach(queued -> {
                if (queued instanceof Future<?> call) {
                    call.cancel(false);
                }
            });
        }
    }

    void stop() {
        ExecutorService current = pool;
        if (current != null) {
            current.shutdownNow();
        }
    }
}
