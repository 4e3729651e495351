package dev.cxmon.bench;

import dev.cxmon.monitor.PollStrategy;
import java.time.Duration;

/** The ways of polling the benchmark compares. */
enum BenchMode {
    /** One agent after the other, as tutorials do it. */
    SEQUENTIAL("sequential per-agent", PollStrategy.PER_AGENT, 1, Duration.ofMinutes(10)),
    CONCURRENT("concurrent per-agent (8)", PollStrategy.PER_AGENT, 8, Duration.ofMinutes(10)),
    BULK("bulk delta", PollStrategy.BULK, 8, Duration.ofMinutes(10)),
    /** Bulk with a full read at every poll: the worst case of the bulk strategy (and its resync cycles). */
    BULK_FULL("bulk, full read every poll", PollStrategy.BULK, 8, Duration.ZERO);

    final String label;
    final PollStrategy strategy;
    final int concurrency;
    final Duration fullResyncEvery;

    BenchMode(String label, PollStrategy strategy, int concurrency, Duration fullResyncEvery) {
        this.label = label;
        this.strategy = strategy;
        this.concurrency = concurrency;
        this.fullResyncEvery = fullResyncEvery;
    }
}
