package dev.cxmon.metrics;

import dev.cxmon.monitor.AgentObservation;
import dev.cxmon.monitor.ResolvedAgent;
import dev.cxmon.monitor.RosterState;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * cxone_roster_agents_unavailable{reason, team}: the roster agents Unavailable now, by reason label and team, in both
 * modes (per agent or not). Only combinations with at least one agent exist, so the series are bounded by the tenant's
 * unavailable codes times its teams. Counted once per poll; the rows are registered again only when the combinations change.
 */
final class RosterUnavailableMeters {

    static final String UNAVAILABLE = "cxone.roster.agents.unavailable";

    /** One combination of the labels. */
    private record ReasonAndTeam(String reason, String team) implements Comparable<ReasonAndTeam> {
        @Override
        public int compareTo(ReasonAndTeam other) {
            int byReason = reason.compareTo(other.reason);
            return byReason != 0 ? byReason : team.compareTo(other.team);
        }
    }

    private final RosterState state;
    private final MultiGauge gauge;
    private volatile Map<ReasonAndTeam, Long> counts = Map.of();

    RosterUnavailableMeters(MeterRegistry registry, RosterState state) {
        this.state = state;
        gauge = MultiGauge.builder(UNAVAILABLE).description("Roster agents Unavailable now, by reason and team").register(registry);
    }

    /** Counts the roster anew, after a poll or a change of the roster. */
    synchronized void render() {
        Map<ReasonAndTeam, Long> now = new TreeMap<>();
        for (ResolvedAgent agent : state.roster()) {
            state.current(agent.key()).flatMap(AgentObservation::unavailableReason)
                    .ifPresent(reason -> now.merge(new ReasonAndTeam(reason, agent.team()), 1L, Long::sum));
        }
        boolean sameRows = now.keySet().equals(counts.keySet());
        counts = now;
        if (!sameRows) {
            List<MultiGauge.Row<?>> rows = now.keySet().stream().<MultiGauge.Row<?>>map(key -> MultiGauge.Row.of(
                    Tags.of("reason", key.reason(), "team", key.team()), this, meters -> meters.counts.getOrDefault(key, 0L))).toList();
            gauge.register(rows, false);
        }
    }
}
