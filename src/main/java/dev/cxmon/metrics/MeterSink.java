package dev.cxmon.metrics;

import dev.cxmon.monitor.AgentChange;

/**
 * How {@link AgentMetrics} shows the agents of the roster state: series per agent, or roster-level aggregates. Gauges
 * read the state; only counters keep anything of their own.
 */
interface MeterSink {

    /** Brings the set of gauge rows (and per-agent counters) in line with the roster the state holds now. */
    void render();

    /** Counts what one observation changed. */
    void count(AgentChange change);
}
