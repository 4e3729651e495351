package dev.cxmon.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many diagnoses run at once: each one makes several calls to CXone, full-tenant bulk reads among them, so a burst
 * of requests must not become a burst of calls. A few callers may wait briefly for a slot; everyone else is told
 * at once to come back later, so waiting requests cannot pile up worker threads either.
 */
@ApplicationScoped
public class DiagnosisSlots {

    static final int RUNNING = 2;
    static final int WAITING = 4;
    static final Duration MAX_WAIT = Duration.ofSeconds(3);
    /** What a refused caller is told to wait: about the time the diagnoses ahead of it take at the default rate. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /** A slot held for one diagnosis; closing it lets the next one in. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore running = new Semaphore(RUNNING, true);
    private final AtomicInteger admitted = new AtomicInteger();

    /** A slot, or empty when all are taken and stayed taken for {@link #MAX_WAIT} (or too many already wait). */
    public Optional<Slot> tryEnter() {
        if (admitted.incrementAndGet() > RUNNING + WAITING) {
            admitted.decrementAndGet();
            return Optional.empty();
        }
        boolean entered = false;
        try {
            entered = running.tryAcquire(MAX_WAIT.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!entered) {
            admitted.decrementAndGet();
            return Optional.empty();
        }
        return Optional.of(() -> {
            running.release();
            admitted.decrementAndGet();
        });
    }

    public Duration retryAfter() {
        return RETRY_AFTER;
    }
}
