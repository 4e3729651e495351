package dev.cxmon.metrics;

import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The public metrics of design.md. State sets are one gauge per possible value (1 for the current one, 0 for
 * the others); names live only in cxone_agent_info; every label value is bounded (IDs, enum names).
 */
@ApplicationScoped
public class AgentMetrics {

    public static final String STATE = "cxone.agent.state";
    public static final String AVAILABILITY = "cxone.agent.availability";
    public static final String TRANSITIONS = "cxone.agent.state.transitions";
    public static final String POLL_ERRORS = "cxone.agent.poll.errors";
    public static final String INFO = "cxone.agent.info";
    public static final String ROSTER = "cxone.roster.agents";
    public static final String POLL_DURATION = "cxone.poll.duration";
    public static final String LAST_SUCCESS = "cxone.poll.last.success.timestamp.seconds";
    public static final String TOKEN_EXPIRY = "cxone.token.expiry.timestamp.seconds";

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
    private final AtomicLong rosterSize = new AtomicLong();
    private final AtomicLong lastSuccessEpochSeconds = new AtomicLong();
    private final AtomicLong tokenExpiryEpochSeconds = new AtomicLong();
    private final Timer pollDuration;

    public AgentMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder(ROSTER, rosterSize, AtomicLong::get).description("Agents in the roster").register(registry);
        Gauge.builder(LAST_SUCCESS, lastSuccessEpochSeconds, AtomicLong::get)
                .description("Unix time of the last poll in which at least one agent was read").register(registry);
        Gauge.builder(TOKEN_EXPIRY, tokenExpiryEpochSeconds, AtomicLong::get)
                .description("Unix time at which the current access token expires (0 before the first token)").register(registry);
        pollDuration = Timer.builder(POLL_DURATION).description("Duration of one full roster poll").register(registry);
    }

    /** Drops every meter of agents no longer in the roster, so a removed agent does not linger as a stale series. */
    public void retainOnly(Set<String> keys) {
        rosterSize.set(keys.size());
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

    public void observed(String key, AgentStatus status, Availability availability) {
        AgentMeters meters = meters(key);
        meters.status.set(status);
        meters.availability.set(availability);
    }

    public void transition(String key, AgentStatus from, AgentStatus to) {
        Counter.builder(TRANSITIONS).tags("agent_id", key, "from", from.name(), "to", to.name())
                .description("Observed changes of an agent's state").register(registry).increment();
    }

    public void pollError(String key, FailureKind reason) {
        Counter.builder(POLL_ERRORS).tags("agent_id", key, "reason", reason.label())
                .description("Polls that gave ERROR for an agent, by reason").register(registry).increment();
    }

    public void pollDuration(Duration duration) {
        pollDuration.record(duration);
    }

    public void lastSuccess(Instant at) {
        lastSuccessEpochSeconds.set(at.getEpochSecond());
    }

    public void tokenExpiry(Instant at) {
        tokenExpiryEpochSeconds.set(at.getEpochSecond());
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
