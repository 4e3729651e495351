package dev.cxmon.metrics;

import dev.cxmon.monitor.AgentChange;
import dev.cxmon.monitor.AgentObservation;
import dev.cxmon.monitor.ResolvedAgent;
import dev.cxmon.monitor.RosterState;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Series per agent (cxone.metrics.per-agent=true, the default): state sets with one gauge per possible value
 * (1 for the current one, 0 for the others), names only in cxone_agent_info, counters labelled with agent_id.
 * The state-set rows read the roster state; {@link #render()} decides which rows exist and, behind /q/metrics
 * ({@link PollRenderedPrometheusRegistry}), renders them to text once, so that scrapes between polls cost no more.
 */
final class PerAgentMeters implements MeterSink {

    static final String STATE = "cxone.agent.state";
    static final String AVAILABILITY = "cxone.agent.availability";
    static final String TRANSITIONS = "cxone.agent.state.transitions";
    static final String POLL_ERRORS = "cxone.agent.poll.errors";
    static final String INFO = "cxone.agent.info";
    static final String STATE_HELP = "1 for the agent's current state, 0 for the others";
    static final String AVAILABILITY_HELP = "1 for the agent's current availability, 0 for the others";
    static final String INFO_HELP = "Names of a roster agent (value always 1)";

    private final MeterRegistry registry;
    private final RosterState state;
    private final boolean agentNames;
    private final MultiGauge states;
    private final MultiGauge availabilities;
    private final MultiGauge info;
    /** The counters of each agent, so those of an agent leaving the roster go with it. */
    private final Map<String, Set<Meter>> counters = new ConcurrentHashMap<>();
    /** What the gauge rows were last registered for: the rows read their values from the state, so only these change them. */
    private List<ResolvedAgent> rowsRoster;
    private List<String> rowsObserved;
    private boolean rowsNamed;

    PerAgentMeters(MeterRegistry registry, RosterState state, boolean agentNames) {
        this.registry = registry;
        this.state = state;
        this.agentNames = agentNames;
        states = MultiGauge.builder(STATE).description(STATE_HELP).register(registry);
        availabilities = MultiGauge.builder(AVAILABILITY).description(AVAILABILITY_HELP).register(registry);
        info = MultiGauge.builder(INFO).description(INFO_HELP).register(registry);
    }

    @Override
    public synchronized void render() {
        List<ResolvedAgent> roster = state.roster();
        List<String> observed = roster.stream().map(ResolvedAgent::key).filter(key -> state.current(key).isPresent()).toList();
        boolean named = state.namesKnown();
        // Registering 90,000 rows anew at every poll of 10,000 agents was most of a steady poll's CPU; the same rows read the
        // new values anyway.
        if (roster != rowsRoster || named != rowsNamed || !observed.equals(rowsObserved)) {
            states.register(stateSet(observed, "state", AgentStatus.values(), AgentObservation::status), false);
            availabilities.register(stateSet(observed, "availability", Availability.values(), AgentObservation::availability), false);
            info.register(named ? roster.stream().map(this::infoRow).toList() : List.of(), false);
            rowsRoster = roster;
            rowsObserved = observed;
            rowsNamed = named;
        }
        Set<String> keys = roster.stream().map(ResolvedAgent::key).collect(Collectors.toSet());
        counters.keySet().removeIf(key -> {
            if (keys.contains(key)) {
                return false;
            }
            counters.get(key).forEach(registry::remove);
            return true;
        });
        // The gauge rows above read the state: behind /q/metrics, write them as text now, once per poll, not at every scrape.
        PollRenderedPrometheusRegistry.in(registry).ifPresent(prometheus -> prometheus.serve(Set.of(STATE, AVAILABILITY, INFO),
                name -> PerAgentExposition.write(state, roster, state.namesKnown(), agentNames, name)));
    }

    private <T extends Enum<T>> List<MultiGauge.Row<?>> stateSet(List<String> keys, String label, T[] values,
            Function<AgentObservation, T> of) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (String key : keys) {
            for (T value : values) {
                rows.add(MultiGauge.Row.of(Tags.of("agent_id", key, label, value.name()), state,
                        s -> s.current(key).map(of).filter(value::equals).isPresent() ? 1 : 0));
            }
        }
        return rows;
    }

    private MultiGauge.Row<?> infoRow(ResolvedAgent agent) {
        return MultiGauge.Row.of(Tags.of("agent_id", agent.key(), "user_name", agentNames ? agent.userName() : "",
                "agent_name", agentNames ? agent.agentName() : "", "team", agent.team()), 1);
    }

    @Override
    public void count(AgentChange change) {
        change.transition().ifPresent(t -> counted(change.key(), Counter.builder(TRANSITIONS)
                .tags("agent_id", change.key(), "from", t.from().name(), "to", t.to().name())
                .description("Observed changes of an agent's state").register(registry)).increment());
        change.observation().error().ifPresent(reason -> counted(change.key(), Counter.builder(POLL_ERRORS)
                .tags("agent_id", change.key(), "reason", reason.label())
                .description("Polls that gave ERROR for an agent, by reason").register(registry)).increment());
    }

    private Counter counted(String key, Counter counter) {
        counters.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(counter);
        return counter;
    }
}
