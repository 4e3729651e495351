package dev.cxmon.monitor;

import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.cxone.Exchange;
import dev.cxmon.cxone.FailureKind;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One poll's time budget, and what CXone did within it, which says why an agent not read in time was not read:
 * CXone went silent (reason {@code network}), or CXone kept answering and the roster was more than the budget
 * holds (reason {@code not_polled}, a capacity problem, never {@code agent_id}).
 */
final class PollDeadline {

    /** A poll ends at the latest this share of the interval after it started, so the next one starts on time. */
    static final double SHARE_OF_INTERVAL = 0.8;
    /** CXone counts as answering when its last answer came this recently before the deadline (or a tenth of the budget). */
    private static final Duration RECENT = Duration.ofSeconds(1);

    private final Duration budget;
    private final long untilNanos;
    private final LongSupplier nanoTime;
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicLong lastAnswerNanos = new AtomicLong();

    PollDeadline(Duration budget, LongSupplier nanoTime) {
        this.budget = budget;
        this.nanoTime = nanoTime;
        this.untilNanos = nanoTime.getAsLong() + budget.toNanos();
    }

    /**
     * min(interval × 0.8, the bound of one agent's calls): connect and read timeouts, retries and a token refresh.
     * Pure, for the documentation's formula and its test.
     */
    static Duration budget(Duration interval, Duration callBound) {
        Duration share = Duration.ofMillis((long) (interval.toMillis() * SHARE_OF_INTERVAL));
        return share.compareTo(callBound) < 0 ? share : callBound;
    }

    /**
     * The bound of one agent's calls: a token refresh and one retry after 401 (three calls in a row), a wait for a
     * rate-limit permit of at most one read timeout, and the backoff sleeps of the 5xx retries (at most 2 s each).
     */
    static Duration callBound(ConnectionSettings connection, int maxRetries) {
        return connection.connectTimeout().plus(connection.readTimeout()).multipliedBy(3).plus(connection.readTimeout())
                .plus(Duration.ofSeconds(2L * maxRetries));
    }

    Duration budget() {
        return budget;
    }

    long remainingNanos() {
        return Math.max(0, untilNanos - nanoTime.getAsLong());
    }

    /** The remaining time, but no more than this share of the whole budget from now (for resolution before the read). */
    long remainingNanos(double shareOfBudget) {
        return Math.min(remainingNanos(), (long) (budget.toNanos() * shareOfBudget));
    }

    /** Every call of the poll reports here (an ExchangeListener); status 0 is a call CXone did not answer. */
    void onExchange(Exchange exchange) {
        if (exchange.answered()) {
            answered.incrementAndGet();
            lastAnswerNanos.set(nanoTime.getAsLong());
        } else {
            unanswered.incrementAndGet();
        }
    }

    /** Why agents were not read by the deadline, as the reason label they get. */
    FailureKind notReachedKind() {
        long recent = Math.max(RECENT.toNanos(), budget.toNanos() / 10);
        boolean answering = answered.get() > 0 && nanoTime.getAsLong() - lastAnswerNanos.get() <= recent;
        return answering ? FailureKind.NOT_POLLED : FailureKind.NETWORK;
    }

    /** The observation of an agent whose state this poll did not get by its deadline. */
    AgentObservation notReached(Instant now) {
        String seconds = budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms";
        if (notReachedKind() == FailureKind.NOT_POLLED) {
            return AgentObservation.error(FailureKind.NOT_POLLED, "not read: the poll deadline of " + seconds + " passed before this "
                    + "agent's turn while CXone was answering (" + answered.get() + " calls in this poll); the roster is larger than "
                    + "one instance reads per interval at this rate: shard it or use the bulk strategy", now);
        }
        return AgentObservation.error(FailureKind.NETWORK, "no answer from CXone within the poll deadline of " + seconds
                + " (" + answered.get() + " calls answered, " + unanswered.get() + " failed without an answer)", now);
    }
}
