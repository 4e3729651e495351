package dev.cxmon.metrics;

import dev.cxmon.config.SupervisorLimits;
import dev.cxmon.config.SupervisorLimitsFactory;
import dev.cxmon.monitor.AgentObservation;
import dev.cxmon.monitor.RosterState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * The supervisor alerts' limits as series, so that a rule compares with them and nobody edits PromQL to change one:
 * cxone_supervisor_never_available_limit_seconds, cxone_supervisor_flapping_changes_limit, and
 * cxone_supervisor_reason_limit_seconds{reason} for every configured reason and for every reason an Unavailable roster
 * agent has now (with the default limit), so that the rule's join on reason finds exactly one limit. The reason series
 * follow the roster at each {@link #render()}; in both cxone.metrics.per-agent modes.
 */
@ApplicationScoped
public class SupervisorLimitMeters {

    public static final String REASON_LIMIT = "cxone.supervisor.reason.limit.seconds";
    public static final String NEVER_AVAILABLE_LIMIT = "cxone.supervisor.never.available.limit.seconds";
    public static final String FLAPPING_CHANGES_LIMIT = "cxone.supervisor.flapping.changes.limit";

    private final MeterRegistry registry;
    private final RosterState state;
    private final SupervisorLimits limits;
    private final Map<String, Gauge> reasonGauges = new HashMap<>(); // guarded by this

    @Inject
    public SupervisorLimitMeters(MeterRegistry registry, RosterState state, SupervisorLimitsFactory limits) {
        this(registry, state, limits.limits());
    }

    public SupervisorLimitMeters(MeterRegistry registry, RosterState state, SupervisorLimits limits) {
        this.registry = registry;
        this.state = state;
        this.limits = limits;
        Gauge.builder(NEVER_AVAILABLE_LIMIT, () -> limits.neverAvailableLimit().toSeconds()).strongReference(true)
                .description("How long an agent may stay logged in without choosing an availability (cxone.supervisor.never-available-limit)")
                .register(registry);
        Gauge.builder(FLAPPING_CHANGES_LIMIT, () -> limits.flappingChanges()).strongReference(true)
                .description("Availability changes of one agent in 15 minutes that make it flapping (cxone.supervisor.flapping-changes)")
                .register(registry);
        render();
    }

    /** Brings the reason series in line with the configured reasons and the reasons the roster's Unavailable agents have now. */
    public synchronized void render() {
        Set<String> seen = state.roster().stream().map(agent -> state.current(agent.key())).flatMap(Optional::stream)
                .map(AgentObservation::unavailableReason).flatMap(Optional::stream).collect(Collectors.toSet());
        SortedMap<String, Duration> wanted = limits.exported(seen);
        reasonGauges.entrySet().removeIf(row -> {
            boolean stale = !wanted.containsKey(row.getKey());
            if (stale) {
                registry.remove(row.getValue());
            }
            return stale;
        });
        wanted.forEach((reason, limit) -> reasonGauges.computeIfAbsent(reason, r -> Gauge.builder(REASON_LIMIT, limit::toSeconds)
                .tags("reason", r).strongReference(true)
                .description("How long an agent may stay Unavailable with this reason (cxone.supervisor.reason-limits, else "
                        + "cxone.supervisor.default-reason-limit)")
                .register(registry)));
    }
}
