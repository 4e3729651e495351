package dev.cxmon.metrics;

import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import java.util.Set;

/** Where the per-agent observations of {@link AgentMetrics} go: series per agent, or roster-level aggregates. */
interface MeterSink {

    void retainOnly(Set<String> keys);

    void info(String key, String userName, String agentName, String team);

    void observed(String key, AgentStatus status, Availability availability);

    void transition(String key, AgentStatus from, AgentStatus to);

    void pollError(String key, FailureKind reason);
}
