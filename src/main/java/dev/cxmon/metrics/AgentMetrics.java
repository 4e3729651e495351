package dev.cxmon.metrics;

import dev.cxmon.config.CxoneConfig;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public metrics of the README's table. What is observed per agent goes to a {@link MeterSink}: series per agent
 * ({@link PerAgentMeters}, the default) or, with cxone.metrics.per-agent=false, roster-level aggregates
 * ({@link RosterAggregateMeters}). The roster-wide meters below are the same either way.
 */
@ApplicationScoped
public class AgentMetrics {

    public static final String STATE = PerAgentMeters.STATE;
    public static final String AVAILABILITY = PerAgentMeters.AVAILABILITY;
    public static final String TRANSITIONS = PerAgentMeters.TRANSITIONS;
    public static final String POLL_ERRORS = PerAgentMeters.POLL_ERRORS;
    public static final String INFO = PerAgentMeters.INFO;
    public static final String ROSTER = "cxone.roster.agents";
    public static final String POLL_DURATION = "cxone.poll.duration";
    public static final String LAST_SUCCESS = "cxone.poll.last.success.timestamp.seconds";
    public static final String TOKEN_EXPIRY = "cxone.token.expiry.timestamp.seconds";
    public static final String SHARD_INFO = "cxone.shard.info";

    private final MeterRegistry registry;
    private final MeterSink sink;
    private final boolean agentNames;
    private final AtomicLong rosterSize = new AtomicLong();
    private final AtomicLong lastSuccessEpochSeconds = new AtomicLong();
    private final AtomicLong tokenExpiryEpochSeconds = new AtomicLong();
    private final Timer pollDuration;
    private Meter shardInfo;

    @Inject
    public AgentMetrics(MeterRegistry registry, CxoneConfig config) {
        this(registry, config.metrics().perAgent(), config.metrics().agentNames());
    }

    public AgentMetrics(MeterRegistry registry, boolean perAgent) {
        this(registry, perAgent, true);
    }

    /** @param agentNames false exports cxone_agent_info with empty user_name and agent_name (cxone.metrics.agent-names) */
    public AgentMetrics(MeterRegistry registry, boolean perAgent, boolean agentNames) {
        this.registry = registry;
        this.agentNames = agentNames;
        this.sink = perAgent ? new PerAgentMeters(registry) : new RosterAggregateMeters(registry);
        Gauge.builder(ROSTER, rosterSize, AtomicLong::get).description("Agents in the roster (of this shard)").register(registry);
        Gauge.builder(LAST_SUCCESS, lastSuccessEpochSeconds, AtomicLong::get)
                .description("Unix time of the last poll in which at least one agent was read").register(registry);
        Gauge.builder(TOKEN_EXPIRY, tokenExpiryEpochSeconds, AtomicLong::get)
                .description("Unix time at which the current access token expires (0 before the first token)").register(registry);
        pollDuration = Timer.builder(POLL_DURATION).description("Duration of one full roster poll").register(registry);
    }

    /** Forgets agents no longer in the roster, so a removed agent does not linger as a stale series or count. */
    public void retainOnly(Set<String> keys) {
        rosterSize.set(keys.size());
        sink.retainOnly(keys);
    }

    public void info(String key, String userName, String agentName, String team) {
        sink.info(key, agentNames ? userName : "", agentNames ? agentName : "", team);
    }

    public void observed(String key, AgentStatus status, Availability availability) {
        sink.observed(key, status, availability);
    }

    public void transition(String key, AgentStatus from, AgentStatus to) {
        sink.transition(key, from, to);
    }

    public void pollError(String key, FailureKind reason) {
        sink.pollError(key, reason);
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

    /** Which part of a sharded roster this instance polls: cxone_shard_info{shard_index, shard_count} 1. */
    public synchronized void shard(int index, int count) {
        if (shardInfo != null) {
            registry.remove(shardInfo);
        }
        shardInfo = Gauge.builder(SHARD_INFO, () -> 1)
                .tags("shard_index", Integer.toString(index), "shard_count", Integer.toString(count))
                .description("The shard of the roster this instance polls (value always 1)").register(registry);
    }
}
