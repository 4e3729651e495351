package dev.cxmon.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.AgentRef;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.monitor.AgentObservation;
import dev.cxmon.monitor.ResolvedAgent;
import dev.cxmon.monitor.RosterEntry;
import dev.cxmon.monitor.RosterState;
import dev.cxmon.state.AgentStateKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In the style of kube-state-metrics' metric tests: a roster state in, the exact Prometheus exposition of one metric
 * family out, rendered through a real PrometheusMeterRegistry. One row per family and case, per-agent and aggregate.
 * A family without a series is not exposed at all (no HELP or TYPE either): its expected text is empty.
 */
class AgentExpositionTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    /** What happens to the roster state, in order: the roster is set, or a poll's observations are recorded. */
    sealed interface Step permits Roster, Poll {}

    /** @param resolved whether CXone was asked for the names */
    record Roster(List<ResolvedAgent> agents, boolean resolved) implements Step {}

    record Poll(Map<ResolvedAgent, AgentObservation> observed) implements Step {}

    record Case(String name, boolean perAgent, boolean agentNames, List<Step> given, String family, String exposition) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static ResolvedAgent agent(long id) {
        return new ResolvedAgent(RosterEntry.of(Long.toString(id)), Optional.of(id), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static final ResolvedAgent ANN = new ResolvedAgent(new RosterEntry(AgentRef.parse("ann@example.com"), Optional.of("Ann Lee"),
            Optional.of("Blue")), Optional.of(1001L), Optional.empty(), Optional.empty(), Optional.empty());
    private static final ResolvedAgent BOB = agent(1002);

    private static AgentObservation seen(AgentStatus status, Availability availability) {
        return new AgentObservation(status, availability, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), AT);
    }

    /** Seen in a state CXone says began at {@code startDate} (empty: CXone sent none), {@code secondsLater} after AT. */
    private static AgentObservation seen(Availability availability, AgentStateKind kind, String reason, Optional<Instant> startDate,
            int secondsLater) {
        AgentStatus status = availability == Availability.LOGGED_OUT ? AgentStatus.LOGGED_OUT : AgentStatus.LOGGED_IN;
        Optional<String> unavailable = availability != Availability.UNAVAILABLE ? Optional.empty()
                : Optional.of(kind == AgentStateKind.LOGGED_IN ? "LoggedIn" : reason);
        return new AgentObservation(status, availability, Optional.ofNullable(reason), Optional.of(kind.cxoneName()), Optional.empty(),
                Optional.empty(), Optional.empty(), AT.plusSeconds(secondsLater), Optional.of(kind), startDate, Optional.empty(), unavailable);
    }

    private static AgentObservation failed(FailureKind kind) {
        return AgentObservation.error(kind, "failed", AT);
    }

    /** Ann logged out, then in; Bob (an ID CXone does not know) ERROR at both polls. */
    private static final List<Step> TWO_POLLS = List.of(
            new Roster(List.of(ANN, BOB), true),
            new Poll(Map.of(ANN, seen(AgentStatus.LOGGED_OUT, Availability.LOGGED_OUT), BOB, failed(FailureKind.AGENT_ID))),
            new Poll(Map.of(ANN, seen(AgentStatus.LOGGED_IN, Availability.AVAILABLE), BOB, failed(FailureKind.AGENT_ID))));

    /** TWO_POLLS, then Bob leaves the roster. */
    private static final List<Step> BOB_LEFT = Stream.concat(TWO_POLLS.stream(), Stream.of(new Roster(List.of(ANN), true))).toList();

    /** Bob logged out, then in (one transition), then leaves the roster. */
    private static final List<Step> BOB_IN_THEN_LEFT = List.of(
            new Roster(List.of(ANN, BOB), true),
            new Poll(Map.of(BOB, seen(AgentStatus.LOGGED_OUT, Availability.LOGGED_OUT))),
            new Poll(Map.of(BOB, seen(AgentStatus.LOGGED_IN, Availability.WORKING))),
            new Roster(List.of(ANN), true));

    private static final ResolvedAgent CAY = new ResolvedAgent(new RosterEntry(AgentRef.parse("1003"), Optional.empty(),
            Optional.of("Blue")), Optional.of(1003L), Optional.empty(), Optional.empty(), Optional.empty());
    private static final Instant ANN_STARTED = Instant.parse("2025-12-31T23:50:00.500Z");
    private static final Instant BOB_STARTED = Instant.parse("2025-12-31T23:58:00Z");

    /**
     * Ann available then on Lunch (CXone sends no startDate: the second poll's time counts); Bob on Break then in after-call
     * work; Cay (team Blue) logged in without choosing (state 8), then on Lunch.
     */
    private static final List<Step> A_SHIFT = List.of(
            new Roster(List.of(ANN, BOB, CAY), true),
            new Poll(Map.of(ANN, seen(Availability.AVAILABLE, AgentStateKind.AVAILABLE, null, Optional.of(ANN_STARTED), 0),
                    BOB, seen(Availability.UNAVAILABLE, AgentStateKind.UNAVAILABLE, "Break", Optional.of(BOB_STARTED), 0),
                    CAY, seen(Availability.UNAVAILABLE, AgentStateKind.LOGGED_IN, "logged in, availability not chosen yet", Optional.empty(), 0))),
            new Poll(Map.of(ANN, seen(Availability.UNAVAILABLE, AgentStateKind.UNAVAILABLE, "Lunch", Optional.empty(), 30),
                    BOB, seen(Availability.ACW, AgentStateKind.AFTER_CALL_WORK, "After Call Work", Optional.of(BOB_STARTED.plusSeconds(90)), 30),
                    CAY, seen(Availability.UNAVAILABLE, AgentStateKind.UNAVAILABLE, "Lunch", Optional.empty(), 30))));

    /** A_SHIFT's first poll only. */
    private static final List<Step> A_SHIFT_BEGINS = A_SHIFT.subList(0, 2);

    /** Configured, neither resolved nor polled yet. */
    private static final List<Step> NOT_POLLED = List.of(new Roster(List.of(ANN, BOB), false));

    private static Case perAgent(String name, List<Step> given, String family, String exposition) {
        return new Case(name, true, true, given, family, exposition);
    }

    private static Case aggregate(String name, List<Step> given, String family, String exposition) {
        return new Case(name, false, true, given, family, exposition);
    }

    static Stream<Case> cases() {
        return Stream.of(
                perAgent("state set: one 1 per agent", TWO_POLLS, "cxone_agent_state", """
                        # HELP cxone_agent_state 1 for the agent's current state, 0 for the others
                        # TYPE cxone_agent_state gauge
                        cxone_agent_state{agent_id="1001",state="ERROR",} 0.0
                        cxone_agent_state{agent_id="1001",state="LOGGED_IN",} 1.0
                        cxone_agent_state{agent_id="1001",state="LOGGED_OUT",} 0.0
                        cxone_agent_state{agent_id="1002",state="ERROR",} 1.0
                        cxone_agent_state{agent_id="1002",state="LOGGED_IN",} 0.0
                        cxone_agent_state{agent_id="1002",state="LOGGED_OUT",} 0.0
                        """),
                perAgent("state set: no series before the first observation", NOT_POLLED, "cxone_agent_state", ""),
                perAgent("state set: an agent that left has no series", BOB_LEFT, "cxone_agent_state", """
                        # HELP cxone_agent_state 1 for the agent's current state, 0 for the others
                        # TYPE cxone_agent_state gauge
                        cxone_agent_state{agent_id="1001",state="ERROR",} 0.0
                        cxone_agent_state{agent_id="1001",state="LOGGED_IN",} 1.0
                        cxone_agent_state{agent_id="1001",state="LOGGED_OUT",} 0.0
                        """),
                perAgent("availability set", TWO_POLLS, "cxone_agent_availability", """
                        # HELP cxone_agent_availability 1 for the agent's current availability, 0 for the others
                        # TYPE cxone_agent_availability gauge
                        cxone_agent_availability{agent_id="1001",availability="ACW",} 0.0
                        cxone_agent_availability{agent_id="1001",availability="AVAILABLE",} 1.0
                        cxone_agent_availability{agent_id="1001",availability="LOGGED_OUT",} 0.0
                        cxone_agent_availability{agent_id="1001",availability="UNAVAILABLE",} 0.0
                        cxone_agent_availability{agent_id="1001",availability="UNKNOWN",} 0.0
                        cxone_agent_availability{agent_id="1001",availability="WORKING",} 0.0
                        cxone_agent_availability{agent_id="1002",availability="ACW",} 0.0
                        cxone_agent_availability{agent_id="1002",availability="AVAILABLE",} 0.0
                        cxone_agent_availability{agent_id="1002",availability="LOGGED_OUT",} 0.0
                        cxone_agent_availability{agent_id="1002",availability="UNAVAILABLE",} 0.0
                        cxone_agent_availability{agent_id="1002",availability="UNKNOWN",} 1.0
                        cxone_agent_availability{agent_id="1002",availability="WORKING",} 0.0
                        """),
                perAgent("transitions: a first observation and a repeated ERROR are none", TWO_POLLS, "cxone_agent_state_transitions_total", """
                        # HELP cxone_agent_state_transitions_total Observed changes of an agent's state
                        # TYPE cxone_agent_state_transitions_total counter
                        cxone_agent_state_transitions_total{agent_id="1001",from="LOGGED_OUT",to="LOGGED_IN",} 1.0
                        """),
                perAgent("transitions: an agent that left takes its counters along", BOB_IN_THEN_LEFT,
                        "cxone_agent_state_transitions_total", ""),
                perAgent("errors: counted at every poll, by reason", TWO_POLLS, "cxone_agent_poll_errors_total", """
                        # HELP cxone_agent_poll_errors_total Polls that gave ERROR for an agent, by reason
                        # TYPE cxone_agent_poll_errors_total counter
                        cxone_agent_poll_errors_total{agent_id="1002",reason="agent_id",} 2.0
                        """),
                perAgent("errors: an agent that left takes its counters along", BOB_LEFT, "cxone_agent_poll_errors_total", ""),
                perAgent("info: names once resolved", TWO_POLLS, "cxone_agent_info", """
                        # HELP cxone_agent_info Names of a roster agent (value always 1)
                        # TYPE cxone_agent_info gauge
                        cxone_agent_info{agent_id="1001",agent_name="Ann Lee",team="Blue",user_name="ann@example.com",} 1.0
                        cxone_agent_info{agent_id="1002",agent_name="",team="",user_name="",} 1.0
                        """),
                perAgent("info: none before resolution", NOT_POLLED, "cxone_agent_info", ""),
                new Case("info: cxone.metrics.agent-names=false keeps only the team", true, false, TWO_POLLS, "cxone_agent_info", """
                        # HELP cxone_agent_info Names of a roster agent (value always 1)
                        # TYPE cxone_agent_info gauge
                        cxone_agent_info{agent_id="1001",agent_name="",team="Blue",user_name="",} 1.0
                        cxone_agent_info{agent_id="1002",agent_name="",team="",user_name="",} 1.0
                        """),
                perAgent("roster size", BOB_LEFT, "cxone_roster_agents", """
                        # HELP cxone_roster_agents Agents in the roster (of this shard)
                        # TYPE cxone_roster_agents gauge
                        cxone_roster_agents 1.0
                        """),
                perAgent("state started: CXone's startDate, else the first observation of the state", A_SHIFT,
                        "cxone_agent_state_started_timestamp_seconds", """
                        # HELP cxone_agent_state_started_timestamp_seconds Unix time at which the agent's current CXone state began (CXone's startDate, else the monitor's first observation of that state)
                        # TYPE cxone_agent_state_started_timestamp_seconds gauge
                        cxone_agent_state_started_timestamp_seconds{agent_id="1001",} 1.76722563E9
                        cxone_agent_state_started_timestamp_seconds{agent_id="1002",} 1.76722557E9
                        cxone_agent_state_started_timestamp_seconds{agent_id="1003",} 1.76722563E9
                        """),
                perAgent("state started: none while ERROR", TWO_POLLS, "cxone_agent_state_started_timestamp_seconds", """
                        # HELP cxone_agent_state_started_timestamp_seconds Unix time at which the agent's current CXone state began (CXone's startDate, else the monitor's first observation of that state)
                        # TYPE cxone_agent_state_started_timestamp_seconds gauge
                        cxone_agent_state_started_timestamp_seconds{agent_id="1001",} 1.7672256E9
                        """),
                perAgent("state started: a fraction of a second is kept", A_SHIFT_BEGINS, "cxone_agent_state_started_timestamp_seconds", """
                        # HELP cxone_agent_state_started_timestamp_seconds Unix time at which the agent's current CXone state began (CXone's startDate, else the monitor's first observation of that state)
                        # TYPE cxone_agent_state_started_timestamp_seconds gauge
                        cxone_agent_state_started_timestamp_seconds{agent_id="1001",} 1.7672250005E9
                        cxone_agent_state_started_timestamp_seconds{agent_id="1002",} 1.76722548E9
                        cxone_agent_state_started_timestamp_seconds{agent_id="1003",} 1.7672256E9
                        """),
                perAgent("availability transitions", A_SHIFT, "cxone_agent_availability_transitions_total", """
                        # HELP cxone_agent_availability_transitions_total Observed changes of an agent's availability
                        # TYPE cxone_agent_availability_transitions_total counter
                        cxone_agent_availability_transitions_total{agent_id="1001",from="AVAILABLE",to="UNAVAILABLE",} 1.0
                        cxone_agent_availability_transitions_total{agent_id="1002",from="UNAVAILABLE",to="ACW",} 1.0
                        """),
                perAgent("availability transitions: an agent that left takes its counters along", BOB_IN_THEN_LEFT,
                        "cxone_agent_availability_transitions_total", ""),
                perAgent("unavailable reason: only while unavailable, one series per agent", A_SHIFT, "cxone_agent_unavailable_reason", """
                        # HELP cxone_agent_unavailable_reason The reason of an Unavailable agent: its unavailable code's name (value always 1; LoggedIn: no availability chosen yet)
                        # TYPE cxone_agent_unavailable_reason gauge
                        cxone_agent_unavailable_reason{agent_id="1001",reason="Lunch",} 1.0
                        cxone_agent_unavailable_reason{agent_id="1003",reason="Lunch",} 1.0
                        """),
                perAgent("unavailable reason: state 8 is LoggedIn", A_SHIFT_BEGINS, "cxone_agent_unavailable_reason", """
                        # HELP cxone_agent_unavailable_reason The reason of an Unavailable agent: its unavailable code's name (value always 1; LoggedIn: no availability chosen yet)
                        # TYPE cxone_agent_unavailable_reason gauge
                        cxone_agent_unavailable_reason{agent_id="1002",reason="Break",} 1.0
                        cxone_agent_unavailable_reason{agent_id="1003",reason="LoggedIn",} 1.0
                        """),
                perAgent("unavailable reason: none without an unavailable agent", TWO_POLLS, "cxone_agent_unavailable_reason", ""),
                perAgent("roster unavailable: by reason and team, per-agent too", A_SHIFT, "cxone_roster_agents_unavailable", """
                        # HELP cxone_roster_agents_unavailable Roster agents Unavailable now, by reason and team
                        # TYPE cxone_roster_agents_unavailable gauge
                        cxone_roster_agents_unavailable{reason="Lunch",team="Blue",} 2.0
                        """),
                aggregate("roster unavailable: only combinations with an agent", A_SHIFT_BEGINS, "cxone_roster_agents_unavailable", """
                        # HELP cxone_roster_agents_unavailable Roster agents Unavailable now, by reason and team
                        # TYPE cxone_roster_agents_unavailable gauge
                        cxone_roster_agents_unavailable{reason="Break",team="",} 1.0
                        cxone_roster_agents_unavailable{reason="LoggedIn",team="Blue",} 1.0
                        """),
                aggregate("roster unavailable: none without an unavailable agent", TWO_POLLS, "cxone_roster_agents_unavailable", ""),
                aggregate("aggregate: no per-agent state start or reason", A_SHIFT, "cxone_agent_state_started_timestamp_seconds", ""),
                aggregate("aggregate: no per-agent reason", A_SHIFT, "cxone_agent_unavailable_reason", ""),
                aggregate("aggregate: availability transitions, every pair from 0", A_SHIFT, "cxone_roster_availability_transitions_total", """
                        # HELP cxone_roster_availability_transitions_total Observed changes of a roster agent's availability
                        # TYPE cxone_roster_availability_transitions_total counter
                        cxone_roster_availability_transitions_total{from="ACW",to="AVAILABLE",} 0.0
                        cxone_roster_availability_transitions_total{from="ACW",to="LOGGED_OUT",} 0.0
                        cxone_roster_availability_transitions_total{from="ACW",to="UNAVAILABLE",} 0.0
                        cxone_roster_availability_transitions_total{from="ACW",to="UNKNOWN",} 0.0
                        cxone_roster_availability_transitions_total{from="ACW",to="WORKING",} 0.0
                        cxone_roster_availability_transitions_total{from="AVAILABLE",to="ACW",} 0.0
                        cxone_roster_availability_transitions_total{from="AVAILABLE",to="LOGGED_OUT",} 0.0
                        cxone_roster_availability_transitions_total{from="AVAILABLE",to="UNAVAILABLE",} 1.0
                        cxone_roster_availability_transitions_total{from="AVAILABLE",to="UNKNOWN",} 0.0
                        cxone_roster_availability_transitions_total{from="AVAILABLE",to="WORKING",} 0.0
                        cxone_roster_availability_transitions_total{from="LOGGED_OUT",to="ACW",} 0.0
                        cxone_roster_availability_transitions_total{from="LOGGED_OUT",to="AVAILABLE",} 0.0
                        cxone_roster_availability_transitions_total{from="LOGGED_OUT",to="UNAVAILABLE",} 0.0
                        cxone_roster_availability_transitions_total{from="LOGGED_OUT",to="UNKNOWN",} 0.0
                        cxone_roster_availability_transitions_total{from="LOGGED_OUT",to="WORKING",} 0.0
                        cxone_roster_availability_transitions_total{from="UNAVAILABLE",to="ACW",} 1.0
                        cxone_roster_availability_transitions_total{from="UNAVAILABLE",to="AVAILABLE",} 0.0
                        cxone_roster_availability_transitions_total{from="UNAVAILABLE",to="LOGGED_OUT",} 0.0
                        cxone_roster_availability_transitions_total{from="UNAVAILABLE",to="UNKNOWN",} 0.0
                        cxone_roster_availability_transitions_total{from="UNAVAILABLE",to="WORKING",} 0.0
                        cxone_roster_availability_transitions_total{from="UNKNOWN",to="ACW",} 0.0
                        cxone_roster_availability_transitions_total{from="UNKNOWN",to="AVAILABLE",} 0.0
                        cxone_roster_availability_transitions_total{from="UNKNOWN",to="LOGGED_OUT",} 0.0
                        cxone_roster_availability_transitions_total{from="UNKNOWN",to="UNAVAILABLE",} 0.0
                        cxone_roster_availability_transitions_total{from="UNKNOWN",to="WORKING",} 0.0
                        cxone_roster_availability_transitions_total{from="WORKING",to="ACW",} 0.0
                        cxone_roster_availability_transitions_total{from="WORKING",to="AVAILABLE",} 0.0
                        cxone_roster_availability_transitions_total{from="WORKING",to="LOGGED_OUT",} 0.0
                        cxone_roster_availability_transitions_total{from="WORKING",to="UNAVAILABLE",} 0.0
                        cxone_roster_availability_transitions_total{from="WORKING",to="UNKNOWN",} 0.0
                        """),
                aggregate("aggregate: no per-agent state set", TWO_POLLS, "cxone_agent_state", ""),
                aggregate("aggregate: no names", TWO_POLLS, "cxone_agent_info", ""),
                aggregate("aggregate: agents by state", TWO_POLLS, "cxone_roster_agents_by_state", """
                        # HELP cxone_roster_agents_by_state Roster agents in each state
                        # TYPE cxone_roster_agents_by_state gauge
                        cxone_roster_agents_by_state{state="ERROR",} 1.0
                        cxone_roster_agents_by_state{state="LOGGED_IN",} 1.0
                        cxone_roster_agents_by_state{state="LOGGED_OUT",} 0.0
                        """),
                aggregate("aggregate: an agent not observed yet is in no state", NOT_POLLED, "cxone_roster_agents_by_state", """
                        # HELP cxone_roster_agents_by_state Roster agents in each state
                        # TYPE cxone_roster_agents_by_state gauge
                        cxone_roster_agents_by_state{state="ERROR",} 0.0
                        cxone_roster_agents_by_state{state="LOGGED_IN",} 0.0
                        cxone_roster_agents_by_state{state="LOGGED_OUT",} 0.0
                        """),
                aggregate("aggregate: an agent that left leaves the counts", BOB_LEFT, "cxone_roster_agents_by_state", """
                        # HELP cxone_roster_agents_by_state Roster agents in each state
                        # TYPE cxone_roster_agents_by_state gauge
                        cxone_roster_agents_by_state{state="ERROR",} 0.0
                        cxone_roster_agents_by_state{state="LOGGED_IN",} 1.0
                        cxone_roster_agents_by_state{state="LOGGED_OUT",} 0.0
                        """),
                aggregate("aggregate: agents by availability", TWO_POLLS, "cxone_roster_agents_by_availability", """
                        # HELP cxone_roster_agents_by_availability Roster agents with each availability
                        # TYPE cxone_roster_agents_by_availability gauge
                        cxone_roster_agents_by_availability{availability="ACW",} 0.0
                        cxone_roster_agents_by_availability{availability="AVAILABLE",} 1.0
                        cxone_roster_agents_by_availability{availability="LOGGED_OUT",} 0.0
                        cxone_roster_agents_by_availability{availability="UNAVAILABLE",} 0.0
                        cxone_roster_agents_by_availability{availability="UNKNOWN",} 1.0
                        cxone_roster_agents_by_availability{availability="WORKING",} 0.0
                        """),
                aggregate("aggregate: transitions, every pair from 0", TWO_POLLS, "cxone_roster_state_transitions_total", """
                        # HELP cxone_roster_state_transitions_total Observed changes of a roster agent's state
                        # TYPE cxone_roster_state_transitions_total counter
                        cxone_roster_state_transitions_total{from="ERROR",to="LOGGED_IN",} 0.0
                        cxone_roster_state_transitions_total{from="ERROR",to="LOGGED_OUT",} 0.0
                        cxone_roster_state_transitions_total{from="LOGGED_IN",to="ERROR",} 0.0
                        cxone_roster_state_transitions_total{from="LOGGED_IN",to="LOGGED_OUT",} 0.0
                        cxone_roster_state_transitions_total{from="LOGGED_OUT",to="ERROR",} 0.0
                        cxone_roster_state_transitions_total{from="LOGGED_OUT",to="LOGGED_IN",} 1.0
                        """),
                aggregate("aggregate: errors, every reason from 0", TWO_POLLS, "cxone_roster_poll_errors_total", """
                        # HELP cxone_roster_poll_errors_total Agent polls that gave ERROR, by reason
                        # TYPE cxone_roster_poll_errors_total counter
                        cxone_roster_poll_errors_total{reason="agent_id",} 2.0
                        cxone_roster_poll_errors_total{reason="auth",} 0.0
                        cxone_roster_poll_errors_total{reason="malformed",} 0.0
                        cxone_roster_poll_errors_total{reason="network",} 0.0
                        cxone_roster_poll_errors_total{reason="not_polled",} 0.0
                        cxone_roster_poll_errors_total{reason="rate_limited",} 0.0
                        cxone_roster_poll_errors_total{reason="scope",} 0.0
                        cxone_roster_poll_errors_total{reason="server",} 0.0
                        """));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rendersTheStateAsExactExposition(Case c) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        RosterState state = new RosterState();
        AgentMetrics metrics = new AgentMetrics(registry, state, c.perAgent(), c.agentNames());
        for (Step step : c.given()) {
            if (step instanceof Roster roster) {
                state.roster(roster.agents(), roster.resolved());
                metrics.rosterChanged();
            } else if (step instanceof Poll poll) {
                metrics.polled(state.record(poll.observed().entrySet()));
            }
        }
        assertThat(family(registry.scrape(), c.family())).isEqualTo(c.exposition());
    }

    /** The HELP and TYPE lines of one family, then its samples in sorted order (the registry's order is a hash's). */
    static String family(String exposition, String family) {
        List<String> lines = exposition.lines().toList();
        Stream<String> header = lines.stream().filter(line -> line.startsWith("# HELP " + family + " ") || line.startsWith("# TYPE " + family + " "));
        Stream<String> samples = lines.stream().filter(line -> line.startsWith(family + "{") || line.startsWith(family + " ")).sorted();
        return Stream.concat(header, samples).map(line -> line + "\n").collect(Collectors.joining());
    }
}
