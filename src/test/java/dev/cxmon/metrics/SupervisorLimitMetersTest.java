package dev.cxmon.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.config.SupervisorLimits;
import dev.cxmon.monitor.AgentObservation;
import dev.cxmon.monitor.ResolvedAgent;
import dev.cxmon.monitor.RosterEntry;
import dev.cxmon.monitor.RosterState;
import dev.cxmon.state.AgentStateKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import dev.cxmon.state.StateClassifier;
import dev.cxmon.state.UnavailableReason;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The limits the supervisor alerts read: constant series, and one reason limit per configured reason and reason on the roster. */
class SupervisorLimitMetersTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final RosterState state = new RosterState();
    private final ResolvedAgent first = agent("1001");
    private final ResolvedAgent second = agent("1002");
    private final ResolvedAgent third = agent("1003");
    private final SupervisorLimitMeters meters = new SupervisorLimitMeters(registry, state, new SupervisorLimits(
            Map.of("break", Duration.ofMinutes(15), "Lunch", Duration.ofHours(1)), Duration.ofMinutes(30), Duration.ofMinutes(10), 10));

    private static ResolvedAgent agent(String id) {
        return new ResolvedAgent(RosterEntry.of(id), Optional.of(Long.parseLong(id)), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** An agent-state record as the poller classifies it. */
    private static AgentObservation record(int stateId, String outStateDescription, String outStateCode) {
        var classified = StateClassifier.classify(stateId, null, outStateDescription, outStateCode);
        return new AgentObservation(classified.status(), classified.availability(), classified.reason(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Instant.EPOCH, Optional.of(classified.kind()), Optional.empty(), Optional.empty(),
                UnavailableReason.label(classified, outStateDescription, outStateCode));
    }

    @SafeVarargs
    private void poll(Map.Entry<ResolvedAgent, AgentObservation>... observations) {
        state.record(List.of(observations));
        meters.render();
    }

    private Map<String, Double> reasonLimits() {
        Map<String, Double> limits = new TreeMap<>();
        for (Gauge gauge : registry.find(SupervisorLimitMeters.REASON_LIMIT).gauges()) {
            limits.put(gauge.getId().getTag("reason"), gauge.value());
        }
        return limits;
    }

    @Test
    void theNeverAvailableAndFlappingLimitsAreConstantSeries() {
        assertThat(registry.get(SupervisorLimitMeters.NEVER_AVAILABLE_LIMIT).gauge().value()).isEqualTo(600);
        assertThat(registry.get(SupervisorLimitMeters.FLAPPING_CHANGES_LIMIT).gauge().value()).isEqualTo(10);
    }

    @Test
    void beforeAnyPollOnlyTheConfiguredReasonsHaveALimit() {
        assertThat(reasonLimits()).isEqualTo(Map.of("break", 900.0, "Lunch", 3600.0));
    }

    @Test
    void everyReasonOnTheRosterGetsItsOwnLimitOrTheDefaultUnderCxonesSpellingAndLoggedInNone() {
        state.roster(List.of(first, second, third), true);
        poll(Map.entry(first, record(2, "Break", "7")), Map.entry(second, record(2, "Training", null)), Map.entry(third, record(8, null, null)));

        assertThat(reasonLimits()).isEqualTo(Map.of("Break", 900.0, "Lunch", 3600.0, "Training", 1800.0));
    }

    @Test
    void aReasonLeavesWhenNoAgentHasItAnyMoreAConfiguredOneStays() {
        state.roster(List.of(first, second), true);
        poll(Map.entry(first, record(2, "Break", null)), Map.entry(second, record(2, "Training", null)));
        poll(Map.entry(first, record(1, null, null)), Map.entry(second, record(3, null, null)));

        assertThat(reasonLimits()).isEqualTo(Map.of("break", 900.0, "Lunch", 3600.0));
    }

    @Test
    void anAgentThatLeftTheRosterTakesItsReasonAlong() {
        state.roster(List.of(first, second), true);
        poll(Map.entry(first, record(2, "Coaching", null)), Map.entry(second, record(2, "Training", null)));
        state.roster(List.of(first), true);
        meters.render();

        assertThat(reasonLimits()).containsOnlyKeys("break", "Lunch", "Coaching");
    }

    @Test
    void theReasonLabelIsTheDescriptionElseTheCodeElseUnknownAndLoggedInForState8() {
        assertThat(record(2, "Lunch", "12").unavailableReason()).hasValue("Lunch");
        assertThat(record(2, " ", "12").unavailableReason()).hasValue("12");
        assertThat(record(2, null, null).unavailableReason()).hasValue("Unknown");
        assertThat(record(8, null, null).unavailableReason()).hasValue("LoggedIn");
        assertThat(record(1, null, null).unavailableReason()).isEmpty();
    }
}
