package dev.cxmon.monitor;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets one poll in at a time and none once shutdown began, and lets shutdown wait for the poll in flight within its grace
 * period, or else mark it abandoned.
 *
 * <p>The daemon's scheduler job already skips a run while the previous one runs ({@code ConcurrentExecution.SKIP}), so
 * for scheduled polls the overlap check is a second line only. The lock is still needed: shutdown must wait for the poll
 * in flight for at most {@code cxone.shutdown.grace}, and the scheduler has nothing to wait on ({@code unscheduleJob}
 * returns at once); and polls are also run outside the scheduler (the bench, tests).
 */
final class PollGate {

    enum Entry {
        /** The caller polls now and must {@link #leave()} when done. */
        ENTERED,
        /** Another poll is running. */
        BUSY,
        /** Shutdown began. */
        CLOSED
    }

    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean closed;
    private volatile boolean abandoned;

    Entry tryEnter() {
        if (closed) {
            return Entry.CLOSED;
        }
        return lock.tryLock() ? Entry.ENTERED : Entry.BUSY;
    }

    void leave() {
        lock.unlock();
    }

    /** Set when shutdown gave up waiting: the poll in flight must not record what it half read. */
    boolean abandoned() {
        return abandoned;
    }

    /**
     * Lets no further poll in and waits up to {@code grace} for the one in flight.
     *
     * @return true when no poll was left unfinished; false when the poll in flight is abandoned
     */
    boolean closeWithin(Duration grace) {
        closed = true;
        boolean finished;
        try {
            finished = lock.tryLock(grace.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (finished) {
            lock.unlock();
            return true;
        }
        abandoned = true;
        return false;
    }
}
