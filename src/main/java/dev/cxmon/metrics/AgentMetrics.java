package dev.cxmon.metrics;

import dev.cxmon.config.CxoneConfig;
import dev.cxmon.monitor.AgentChange;
import dev.cxmon.monitor.PollObserver;
import dev.cxmon.monitor.RosterState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public metrics of the README's table, rendered from the {@link RosterState}: its gauges read the state, its
 * counters count the changes a poll made. What concerns single agents goes to a {@link MeterSink}: series per agent
 * ({@link PerAgentMeters}, the default) or, with cxone.metrics.per-agent=false, roster-level aggregates
 * ({@link RosterAggregateMeters}). The roster-wide meters below are the same either way.
 */
@ApplicationScoped
public class AgentMetrics implements PollObserver {

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
    /** Follows the unavailable reasons on the roster; none where a test builds the meters by hand. */
    private final Optional<SupervisorLimitMeters> supervisorLimits;
    private final RosterUnavailableMeters unavailable;
    private final AtomicLong tokenExpiryEpochSeconds = new AtomicLong();
    private final Timer pollDuration;
    private Meter shardInfo;

    @Inject
    public AgentMetrics(MeterRegistry registry, RosterState state, CxoneConfig config, SupervisorLimitMeters supervisorLimits) {
        this(registry, state, config.metrics().perAgent(), config.metrics().agentNames(), Optional.of(supervisorLimits));
    }

    public AgentMetrics(MeterRegistry registry, RosterState state, boolean perAgent) {
        this(registry, state, perAgent, true);
    }

    /** @param agentNames false exports cxone_agent_info with empty user_name and agent_name (cxone.metrics.agent-names) */
    public AgentMetrics(MeterRegistry registry, RosterState state, boolean perAgent, boolean agentNames) {
        this(registry, state, perAgent, agentNames, Optional.empty());
    }

    private AgentMetrics(MeterRegistry registry, RosterState state, boolean perAgent, boolean agentNames,
            Optional<SupervisorLimitMeters> supervisorLimits) {
        this.registry = registry;
        this.supervisorLimits = supervisorLimits;
        this.sink = perAgent ? new PerAgentMeters(registry, state, agentNames) : new RosterAggregateMeters(registry, state);
        this.unavailable = new RosterUnavailableMeters(registry, state);
        Gauge.builder(ROSTER, state, s -> s.roster().size()).strongReference(true)
                .description("Agents in the roster (of this shard)").register(registry);
        Gauge.builder(LAST_SUCCESS, state, s -> s.lastSuccess().map(Instant::getEpochSecond).orElse(0L)).strongReference(true)
                .description("Unix time of the last poll in which at least one agent was read").register(registry);
        Gauge.builder(TOKEN_EXPIRY, tokenExpiryEpochSeconds, AtomicLong::get)
                .description("Unix time at which the current access token expires (0 before the first token)").register(registry);
        pollDuration = Timer.builder(POLL_DURATION).description("Duration of one full roster poll").register(registry);
    }

    /** The roster changed: series of agents that left it go (counters included), those of new agents come. */
    @Override
    public void rosterChanged() {
        sink.render();
        supervisorLimits.ifPresent(SupervisorLimitMeters::render);
        unavailable.render();
    }

    /** One poll's changes, as the roster state returned them: counted, and the series rendered afresh. */
    @Override
    public void polled(List<AgentChange> changes) {
        changes.forEach(sink::count);
        sink.render();
        supervisorLimits.ifPresent(SupervisorLimitMeters::render);
        unavailable.render();
    }

    @Override
    public Timer.Sample pollStarted() {
        return Timer.start(registry);
    }

    @Override
    public void pollFinished(Timer.Sample sample) {
        sample.stop(pollDuration);
    }

    @Override
    public void tokenExpiry(Instant at) {
        tokenExpiryEpochSeconds.set(at.getEpochSecond());
    }

    /** Which part of a sharded roster this instance polls: cxone_shard_info{shard_index, shard_count} 1. */
    @Override
    public synchronized void shard(int index, int count) {
        if (shardInfo != null) {
            registry.remove(shardInfo);
        }
        shardInfo = Gauge.builder(SHARD_INFO, () -> 1)
                .tags("shard_index", Integer.toString(index), "shard_count", Integer.toString(count))
                .description("The shard of the roster this instance polls (value always 1)").register(registry);
    }
}
