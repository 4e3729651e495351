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
    static final String STATE_STARTED = "cxone.agent.state.started.timestamp.seconds";
    static final String AVAILABILITY_TRANSITIONS = "cxone.agent.availability.transitions";
    static final String UNAVAILABLE_REASON = "cxone.agent.unavailable.reason";
    static final String STATE_HELP = "1 for the agent's current state, 0 for the others";
    static final String AVAILABILITY_HELP = "1 for the agent's current availability, 0 for the others";
    static final String INFO_HELP = "Names of a roster agent (value always 1)";
    static final String STATE_STARTED_HELP =
            "Unix time at which the agent's current CXone state began (CXone's startDate, else the monitor's first observation of that state)";
    static final String UNAVAILABLE_REASON_HELP =
            "The reason of an Unavailable agent: its unavailable code's name (value always 1; LoggedIn: no availability chosen yet)";

    private final MeterRegistry registry;
    private final RosterState state;
    private final boolean agentNames;
    private final MultiGauge states;
    private final MultiGauge availabilities;
    private final MultiGauge info;
    private final MultiGauge stateStarted;
    private final MultiGauge unavailableReasons;
    /** The counters of each agent, so those of an agent leaving the roster go with it. */
    private final Map<String, Set<Meter>> counters = new ConcurrentHashMap<>();
    /** What the gauge rows were last registered for: the rows read their values from the state, so only these change them. */
    private List<ResolvedAgent> rowsRoster;
    private List<String> rowsObserved;
    private boolean rowsNamed;
    private List<String> rowsStarted;
    private List<Map.Entry<String, String>> rowsReasons;

    PerAgentMeters(MeterRegistry registry, RosterState state, boolean agentNames) {
        this.registry = registry;
        this.state = state;
        this.agentNames = agentNames;
        states = MultiGauge.builder(STATE).description(STATE_HELP).register(registry);
        availabilities = MultiGauge.builder(AVAILABILITY).description(AVAILABILITY_HELP).register(registry);
        info = MultiGauge.builder(INFO).description(INFO_HELP).register(registry);
        stateStarted = MultiGauge.builder(STATE_STARTED).description(STATE_STARTED_HELP).register(registry);
        unavailableReasons = MultiGauge.builder(UNAVAILABLE_REASON).description(UNAVAILABLE_REASON_HELP).register(registry);
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
        // Likewise: the state-start rows change only with the agents that have a start, the reason rows with their reasons.
        List<String> started = startedAgents(state, observed);
        if (!started.equals(rowsStarted)) {
            stateStarted.register(started.stream().<MultiGauge.Row<?>>map(key -> MultiGauge.Row.of(Tags.of("agent_id", key), state,
                    s -> s.stateStart(key).map(start -> epochSeconds(start.at())).orElse(Double.NaN))).toList(), false);
            rowsStarted = started;
        }
        List<Map.Entry<String, String>> reasons = unavailableReasons(state, observed);
        if (!reasons.equals(rowsReasons)) {
            unavailableReasons.register(reasons.stream().<MultiGauge.Row<?>>map(reason -> MultiGauge.Row.of(
                    Tags.of("agent_id", reason.getKey(), "reason", reason.getValue()), 1)).toList(), false);
            rowsReasons = reasons;
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
        PollRenderedPrometheusRegistry.in(registry).ifPresent(prometheus -> prometheus.serve(Set.of(STATE, AVAILABILITY, INFO, STATE_STARTED, UNAVAILABLE_REASON),
                name -> PerAgentExposition.write(state, roster, state.namesKnown(), agentNames, name)));
    }

    /** The observed agents whose current CXone state has a start (all but those in ERROR). */
    static List<String> startedAgents(RosterState state, List<String> observed) {
        return observed.stream().filter(key -> state.stateStart(key).isPresent()).toList();
    }

    /** Agent key and reason label of each observed agent that is Unavailable now. */
    static List<Map.Entry<String, String>> unavailableReasons(RosterState state, List<String> observed) {
        return observed.stream().flatMap(key -> state.current(key).flatMap(AgentObservation::unavailableReason)
                .map(reason -> Map.entry(key, reason)).stream()).toList();
    }

    /** Seconds with the milliseconds CXone's timestamps carry. */
    static double epochSeconds(java.time.Instant at) {
        return at.toEpochMilli() / 1000.0;
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
        change.availabilityTransition().ifPresent(t -> counted(change.key(), Counter.builder(AVAILABILITY_TRANSITIONS)
                .tags("agent_id", change.key(), "from", t.from().name(), "to", t.to().name())
                .description("Observed changes of an agent's availability").register(registry)).increment());
        change.observation().error().ifPresent(reason -> counted(change.key(), Counter.builder(POLL_ERRORS)
                .tags("agent_id", change.key(), "reason", reason.label())
                .description("Polls that gave ERROR for an agent, by reason").register(registry)).increment());
    }

    private Counter counted(String key, Counter counter) {
        counters.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(counter);
        return counter;
    }
}
