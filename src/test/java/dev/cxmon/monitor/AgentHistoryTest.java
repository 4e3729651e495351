package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.AgentStateKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bounded ring of each agent's recent changes behind GET /api/agents/{ref}. */
class AgentHistoryTest {

    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    private static AgentObservation available(Instant at) {
        return new AgentObservation(AgentStatus.LOGGED_IN, Availability.AVAILABLE, Optional.empty(), Optional.of("Available (1)"),
                Optional.empty(), Optional.empty(), Optional.empty(), at, Optional.of(AgentStateKind.AVAILABLE));
    }

    private static AgentObservation unavailable(String reason, Instant at) {
        return new AgentObservation(AgentStatus.LOGGED_IN, Availability.UNAVAILABLE, Optional.of(reason), Optional.of("Unavailable (2)"),
                Optional.empty(), Optional.empty(), Optional.empty(), at, Optional.of(AgentStateKind.UNAVAILABLE));
    }

    private static AgentObservation loggedInNotAvailable(String reason, Instant at) {
        return new AgentObservation(AgentStatus.LOGGED_IN, Availability.UNAVAILABLE, Optional.of(reason), Optional.of("LoggedIn (8)"),
                Optional.empty(), Optional.empty(), Optional.empty(), at, Optional.of(AgentStateKind.LOGGED_IN));
    }

    private static List<String> reasons(List<HistoryEntry> entries) {
        return entries.stream().map(e -> e.reason().orElse("-")).toList();
    }

    @Test
    void theFirstObservationIsAnEntryWithEveryField() {
        AgentHistory history = new AgentHistory(5);

        history.record("1001", unavailable("Break", at(0)));

        assertThat(history.changes("1001")).singleElement().satisfies(entry -> {
            assertThat(entry.at()).isEqualTo(at(0));
            assertThat(entry.status()).isEqualTo(AgentStatus.LOGGED_IN);
            assertThat(entry.availability()).isEqualTo(Availability.UNAVAILABLE);
            assertThat(entry.reason()).hasValue("Break");
            assertThat(entry.cxoneState()).hasValue("Unavailable (2)");
            assertThat(entry.stateKind()).hasValue(AgentStateKind.UNAVAILABLE);
            assertThat(entry.error()).isEmpty();
            assertThat(entry.errorCause()).isEmpty();
        });
        assertThat(history.changes("1002")).as("an agent never observed").isEmpty();
    }

    @Test
    void aRepeatedObservationIsNoEntryAndEveryChangeIsOneNewestFirst() {
        AgentHistory history = new AgentHistory(10);

        history.record("1001", available(at(0)));
        history.record("1001", available(at(30)));
        history.record("1001", unavailable("Break", at(60)));
        history.record("1001", unavailable("Break", at(90)));
        history.record("1001", unavailable("Lunch", at(120)));
        history.record("1001", available(at(150)));

        List<HistoryEntry> changes = history.changes("1001");
        assertThat(changes).extracting(HistoryEntry::at).containsExactly(at(150), at(120), at(60), at(0));
        assertThat(changes).extracting(HistoryEntry::availability)
                .containsExactly(Availability.AVAILABLE, Availability.UNAVAILABLE, Availability.UNAVAILABLE, Availability.AVAILABLE);
        assertThat(reasons(changes)).containsExactly("-", "Lunch", "Break", "-");
    }

    @Test
    void aChangeOfTheCxoneStateAloneIsAnEntry() {
        AgentHistory history = new AgentHistory(10);

        history.record("1002", loggedInNotAvailable("Break", at(0)));
        history.record("1002", unavailable("Break", at(30)));

        assertThat(history.changes("1002")).extracting(e -> e.stateKind().orElseThrow())
                .containsExactly(AgentStateKind.UNAVAILABLE, AgentStateKind.LOGGED_IN);
    }

    @Test
    void anErrorKeepsItsReasonAndCauseAndAnotherErrorIsAnotherEntry() {
        AgentHistory history = new AgentHistory(10);

        history.record("9999", AgentObservation.error(FailureKind.AGENT_ID, Optional.of(FailureCause.HTTP_STATUS), "not found", at(0)));
        history.record("9999", AgentObservation.error(FailureKind.AGENT_ID, Optional.of(FailureCause.HTTP_STATUS), "not found", at(30)));
        history.record("9999", AgentObservation.error(FailureKind.NETWORK, Optional.of(FailureCause.TIMEOUT), "timed out", at(60)));

        List<HistoryEntry> changes = history.changes("9999");
        assertThat(changes).extracting(HistoryEntry::status).containsOnly(AgentStatus.ERROR);
        assertThat(changes).extracting(e -> e.error().orElseThrow()).containsExactly(FailureKind.NETWORK, FailureKind.AGENT_ID);
        assertThat(changes).extracting(e -> e.errorCause().orElseThrow()).containsExactly(FailureCause.TIMEOUT, FailureCause.HTTP_STATUS);
        assertThat(changes).extracting(HistoryEntry::at).containsExactly(at(60), at(0));
    }

    @Test
    void theRingKeepsOnlyTheNewestSizeEntries() {
        AgentHistory history = new AgentHistory(3);

        for (int i = 0; i < 7; i++) {
            history.record("1001", unavailable("Reason " + i, at(i * 30)));
        }

        assertThat(reasons(history.changes("1001"))).containsExactly("Reason 6", "Reason 5", "Reason 4");
        history.record("1001", unavailable("Reason 6", at(300)));
        assertThat(history.changes("1001")).as("no change, no entry, nothing pushed out").hasSize(3)
                .first().extracting(HistoryEntry::at).isEqualTo(at(180));
    }

    @Test
    void aSizeOfOneKeepsTheCurrentStateOnly() {
        AgentHistory history = new AgentHistory(1);

        history.record("1001", available(at(0)));
        history.record("1001", unavailable("Break", at(30)));

        assertThat(reasons(history.changes("1001"))).containsExactly("Break");
    }

    @Test
    void agentsLeftOutOfTheRosterAreForgotten() {
        AgentHistory history = new AgentHistory(5);
        history.record("1001", available(at(0)));
        history.record("1002", available(at(0)));

        history.retain(Set.of("1002"));

        assertThat(history.changes("1001")).isEmpty();
        assertThat(history.changes("1002")).hasSize(1);
        history.record("1001", unavailable("Break", at(30)));
        assertThat(history.changes("1001")).as("back in the roster: a new history").hasSize(1);
    }

    @Test
    void aSizeOutside1To1000IsRefused() {
        assertThatThrownBy(() -> new AgentHistory(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..1000");
        assertThatThrownBy(() -> new AgentHistory(1001)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..1000");
    }

    @Test
    void entriesShareTheTextOfEqualReasonsAndStates() {
        AgentHistory history = new AgentHistory(5);

        history.record("1001", unavailable(new String("Break"), at(0)));
        history.record("1002", unavailable(new String("Break"), at(0)));

        HistoryEntry first = history.changes("1001").get(0);
        HistoryEntry second = history.changes("1002").get(0);
        assertThat(first.reason().orElseThrow()).isSameAs(second.reason().orElseThrow());
        assertThat(first.cxoneState().orElseThrow()).isSameAs(second.cxoneState().orElseThrow());
    }

    // Fed by RosterState: every recorded observation, and forgotten with the tracker when the roster drops the agent.

    private static ResolvedAgent agent(String id) {
        return new ResolvedAgent(RosterEntry.of(id), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void rosterStateRecordsEachPollsChangesAndForgetsAgentsThatLeaveTheRoster() {
        RosterState state = new RosterState(2);
        ResolvedAgent a1001 = agent("1001");
        ResolvedAgent a1002 = agent("1002");
        state.roster(List.of(a1001, a1002), false);

        state.record(List.of(Map.entry(a1001, available(at(0))), Map.entry(a1002, available(at(0)))));
        state.record(List.of(Map.entry(a1001, unavailable("Break", at(30))), Map.entry(a1002, available(at(30)))));
        state.record(List.of(Map.entry(a1001, unavailable("Lunch", at(60))), Map.entry(a1002, available(at(60)))));

        assertThat(reasons(state.history("1001"))).as("bounded by the configured size").containsExactly("Lunch", "Break");
        assertThat(state.history("1002")).extracting(HistoryEntry::at).containsExactly(at(0));

        state.roster(List.of(a1002), true);

        assertThat(state.history("1001")).isEmpty();
        assertThat(state.history("1002")).hasSize(1);
    }

    @Test
    void rosterStateFindsOneAgentAsTheListShowsIt() {
        RosterState state = new RosterState();
        ResolvedAgent a1001 = agent("1001");
        ResolvedAgent a1002 = agent("1002");
        state.roster(List.of(a1001, a1002), false);
        state.record(List.of(Map.entry(a1001, unavailable("Break", at(0)))));

        assertThat(state.agent(a1001).current()).map(o -> o.reason().orElseThrow()).hasValue("Break");
        assertThat(state.agent(a1002).current()).as("not observed yet").isEmpty();
        assertThat(state.agent(a1001)).isEqualTo(state.agents().get(0));
    }
}
