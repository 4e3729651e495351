package dev.cxmon.metrics;

import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Series per agent (cxone.metrics.per-agent=true, the default): state sets with one gauge per possible value
 * (1 for the current one, 0 for the others), names only in cxone_agent_info, counters labelled with agent_id.
 */
final class PerAgentMeters implements MeterSink {

    static final String STATE = "cxone.agent.state";
    static final String AVAILABILITY = "cxone.agent.availability";
    static final String TRANSITIONS = "cxone.agent.state.transitions";
    static final String POLL_ERRORS = "cxone.agent.poll.errors";
    static final String INFO = "cxone.agent.info";

    /** The meters of one agent, and the values its gauges read. Gauges hold weak references, so these keep them alive. */
    private static final class AgentMeters {
        final AtomicReference<AgentStatus> status = new AtomicReference<>();
        final AtomicReference<Availability> availability = new AtomicReference<>();
        final List<Meter> meters = new ArrayList<>();
        Meter info;
        List<String> infoValues = List.of();
    }

    private final MeterRegistry registry;
    private final Map<String, AgentMeters> agents = new ConcurrentHashMap<>();

    PerAgentMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Drops every meter of agents no longer in the roster, so a removed agent does not linger as a stale series. */
    @Override
    public void retainOnly(Set<String> keys) {
        for (String key : Set.copyOf(agents.keySet())) {
            if (!keys.contains(key)) {
                AgentMeters removed = agents.remove(key);
                removed.meters.forEach(registry::remove);
                if (removed.info != null) {
                    registry.remove(removed.info);
                }
                registry.getMeters().stream()
                        .filter(m -> (m.getId().getName().equals(TRANSITIONS) || m.getId().getName().equals(POLL_ERRORS))
                                && key.equals(m.getId().getTag("agent_id")))
                        .toList().forEach(registry::remove);
            }
        }
    }

    @Override
    public void info(String key, String userName, String agentName, String team) {
        AgentMeters meters = meters(key);
        List<String> values = List.of(userName, agentName, team);
        synchronized (meters) {
            if (values.equals(meters.infoValues)) {
                return;
            }
            if (meters.info != null) {
                registry.remove(meters.info);
            }
            meters.infoValues = values;
            meters.info = Gauge.builder(INFO, () -> 1)
                    .tags(Tags.of("agent_id", key, "user_name", userName, "agent_name", agentName, "team", team))
                    .description("Names of a roster agent (value always 1)").register(registry);
        }
    }

    @Override
    public void observed(String key, AgentStatus status, Availability availability) {
        AgentMeters meters = meters(key);
        meters.status.set(status);
        meters.availability.set(availability);
    }

    @Override
    public void transition(String key, AgentStatus from, AgentStatus to) {
        Counter.builder(TRANSITIONS).tags("agent_id", key, "from", from.name(), "to", to.name())
                .description("Observed changes of an agent's state").register(registry).increment();
    }

    @Override
    public void pollError(String key, FailureKind reason) {
        Counter.builder(POLL_ERRORS).tags("agent_id", key, "reason", reason.label())
                .description("Polls that gave ERROR for an agent, by reason").register(registry).increment();
    }

    private AgentMeters meters(String key) {
        return agents.computeIfAbsent(key, k -> {
            AgentMeters meters = new AgentMeters();
            for (AgentStatus state : AgentStatus.values()) {
                meters.meters.add(Gauge.builder(STATE, meters.status, s -> s.get() == state ? 1 : 0)
                        .tags("agent_id", k, "state", state.name())
                        .description("1 for the agent's current state, 0 for the others").register(registry));
            }
            for (Availability value : Availability.values()) {
                meters.meters.add(Gauge.builder(AVAILABILITY, meters.availability, a -> a.get() == value ? 1 : 0)
                        .tags("agent_id", k, "availability", value.name())
                        .description("1 for the agent's current availability, 0 for the others").register(registry));
            }
            return meters;
        });
    }
}
