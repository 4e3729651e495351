package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.AgentStateKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tracker's memory of one agent: transitions of status and availability, and when the current CXone state began. */
class AgentTrackerTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant CXONE_START = Instant.parse("2026-11-25T09:41:07.250Z");

    private static AgentObservation seen(Availability availability, AgentStateKind kind, String reason, Optional<Instant> startDate,
            int secondsLater) {
        AgentStatus status = availability == Availability.LOGGED_OUT ? AgentStatus.LOGGED_OUT : AgentStatus.LOGGED_IN;
        Optional<String> unavailable = availability == Availability.UNAVAILABLE ? Optional.ofNullable(reason) : Optional.empty();
        return new AgentObservation(status, availability, Optional.ofNullable(reason), Optional.of(kind.cxoneName()), Optional.empty(),
                Optional.empty(), Optional.empty(), T0.plusSeconds(secondsLater), Optional.of(kind), startDate, Optional.empty(), unavailable);
    }

    private static AgentObservation available(Optional<Instant> startDate, int secondsLater) {
        return seen(Availability.AVAILABLE, AgentStateKind.AVAILABLE, null, startDate, secondsLater);
    }

    private static AgentObservation onBreak(String reason, Optional<Instant> startDate, int secondsLater) {
        return seen(Availability.UNAVAILABLE, AgentStateKind.UNAVAILABLE, reason, startDate, secondsLater);
    }

    @Test
    void theStateStartIsCxonesStartDate() {
        AgentTracker tracker = new AgentTracker();
        tracker.observe(available(Optional.of(CXONE_START), 0));
        assertThat(tracker.stateStart()).contains(new StateStart(CXONE_START, true));
        assertThat(tracker.stateStart().orElseThrow().source()).isEqualTo("cxone");
    }

    @Test
    void withoutAStartDateTheFirstObservationOfTheStateCountsAndSaysSo() {
        AgentTracker tracker = new AgentTracker();
        AgentTracker.Observed first = tracker.observe(available(Optional.empty(), 0));
        assertThat(first.firstObservedStart()).as("the first fallback is reported").isTrue();
        assertThat(tracker.stateStart()).contains(new StateStart(T0, false));
        assertThat(tracker.stateStart().orElseThrow().source()).isEqualTo("observed");

        AgentTracker.Observed again = tracker.observe(available(Optional.empty(), 30));
        assertThat(tracker.stateStart()).as("the same state keeps its first observation").contains(new StateStart(T0, false));
        assertThat(again.firstObservedStart()).as("reported once per agent, not per poll").isFalse();

        tracker.observe(onBreak("Break", Optional.empty(), 60));
        assertThat(tracker.stateStart()).as("another state starts anew").contains(new StateStart(T0.plusSeconds(60), false));
        tracker.observe(onBreak("Lunch", Optional.empty(), 90));
        assertThat(tracker.stateStart()).as("another reason is another state").contains(new StateStart(T0.plusSeconds(90), false));
        AgentTracker.Observed later = tracker.observe(available(Optional.empty(), 120));
        assertThat(later.firstObservedStart()).isFalse();
    }

    @Test
    void anErrorHasNoStateStartAndARecoveryStartsAnew() {
        AgentTracker tracker = new AgentTracker();
        tracker.observe(available(Optional.empty(), 0));
        tracker.observe(AgentObservation.error(FailureKind.NETWORK, "down", T0.plusSeconds(30)));
        assertThat(tracker.stateStart()).isEmpty();
        tracker.observe(available(Optional.empty(), 60));
        assertThat(tracker.stateStart()).contains(new StateStart(T0.plusSeconds(60), false));
    }

    @Test
    void availabilityChangesAreTransitionsBesideStatusChanges() {
        AgentTracker tracker = new AgentTracker();
        AgentTracker.Observed first = tracker.observe(available(Optional.of(CXONE_START), 0));
        assertThat(first.transition()).isEmpty();
        assertThat(first.availabilityTransition()).as("a first observation is no transition").isEmpty();

        AgentTracker.Observed toBreak = tracker.observe(onBreak("Break", Optional.of(CXONE_START.plusSeconds(5)), 30));
        assertThat(toBreak.transition()).as("still logged in").isEmpty();
        assertThat(toBreak.availabilityTransition()).contains(new AvailabilityTransition(Availability.AVAILABLE, Availability.UNAVAILABLE));

        AgentTracker.Observed toLunch = tracker.observe(onBreak("Lunch", Optional.of(CXONE_START.plusSeconds(9)), 60));
        assertThat(toLunch.availabilityTransition()).as("a new reason is no new availability").isEmpty();

        AgentTracker.Observed toAcw = tracker.observe(seen(Availability.ACW, AgentStateKind.AFTER_CALL_WORK, "After Call Work",
                Optional.empty(), 90));
        assertThat(toAcw.availabilityTransition()).contains(new AvailabilityTransition(Availability.UNAVAILABLE, Availability.ACW));

        AgentTracker.Observed out = tracker.observe(seen(Availability.LOGGED_OUT, AgentStateKind.LOGGED_OUT, null, Optional.empty(), 120));
        assertThat(out.transition()).contains(new Transition(AgentStatus.LOGGED_IN, AgentStatus.LOGGED_OUT));
        assertThat(out.availabilityTransition()).contains(new AvailabilityTransition(Availability.ACW, Availability.LOGGED_OUT));

        AgentTracker.Observed failed = tracker.observe(AgentObservation.error(FailureKind.NETWORK, "down", T0.plusSeconds(150)));
        assertThat(failed.availabilityTransition()).contains(new AvailabilityTransition(Availability.LOGGED_OUT, Availability.UNKNOWN));
        assertThat(tracker.observe(AgentObservation.error(FailureKind.NETWORK, "down", T0.plusSeconds(180))).availabilityTransition())
                .as("a repeated error is none").isEmpty();
    }

    @Test
    void aCxoneStartDateWinsOverAnEarlierObservedOne() {
        AgentTracker tracker = new AgentTracker();
        tracker.observe(available(Optional.empty(), 0));
        tracker.observe(available(Optional.of(CXONE_START), 30));
        assertThat(tracker.stateStart()).contains(new StateStart(CXONE_START, true));
        tracker.observe(available(Optional.empty(), 60));
        assertThat(tracker.stateStart()).as("the same state keeps what CXone said of it").contains(new StateStart(CXONE_START, true));
    }

    @Test
    void theSnapshotCarriesTheStateStartAndTheLoginStart() {
        AgentTracker tracker = new AgentTracker();
        tracker.observe(seen(Availability.LOGGED_OUT, AgentStateKind.LOGGED_OUT, null, Optional.empty(), 0));
        tracker.observe(available(Optional.of(CXONE_START), 30));
        TrackedAgent agent = tracker.snapshot(new ResolvedAgent(RosterEntry.of("1001"), Optional.of(1001L), Optional.empty(),
                Optional.empty(), Optional.empty()));
        assertThat(agent.stateStart()).contains(new StateStart(CXONE_START, true));
        assertThat(agent.loggedInSince()).as("no sessionStartTime: the first observation logged in").contains(T0.plusSeconds(30));

        AgentObservation withSession = new AgentObservation(AgentStatus.LOGGED_IN, Availability.AVAILABLE, Optional.empty(),
                Optional.of("Available (1)"), Optional.empty(), Optional.empty(), Optional.empty(), T0.plusSeconds(60),
                Optional.of(AgentStateKind.AVAILABLE), Optional.of(CXONE_START), Optional.of(CXONE_START.minusSeconds(3600)), Optional.empty());
        tracker.observe(withSession);
        assertThat(tracker.snapshot(agent.agent()).loggedInSince()).as("CXone's sessionStartTime").contains(CXONE_START.minusSeconds(3600));

        tracker.observe(seen(Availability.LOGGED_OUT, AgentStateKind.LOGGED_OUT, null, Optional.empty(), 90));
        assertThat(tracker.snapshot(agent.agent()).loggedInSince()).as("logged out: no login").isEmpty();
    }
}
