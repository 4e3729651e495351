package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ObservationRecorderTest {

    private static final Instant T1 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-25T10:00:30Z");

    private final RosterState state = new RosterState();
    private final RecordingPollObserver observer = new RecordingPollObserver();
    private final ObservationRecorder recorder = new ObservationRecorder(state, observer);
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final ResolvedAgent a1001 = agent("1001");
    private final ResolvedAgent a1002 = agent("1002");

    @BeforeEach
    void roster() {
        state.roster(List.of(a1001, a1002), false);
        Logger.getLogger(RosterPoller.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopCapture() {
        Logger.getLogger(RosterPoller.class.getName()).removeHandler(capture);
    }

    private static ResolvedAgent agent(String id) {
        return new ResolvedAgent(RosterEntry.of(id), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static AgentObservation loggedIn(Instant at) {
        return new AgentObservation(AgentStatus.LOGGED_IN, Availability.AVAILABLE, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), at);
    }

    private List<String> messages(Level level) {
        return logged.stream().filter(r -> r.getLevel().intValue() == level.intValue()).map(LogRecord::getMessage).toList();
    }

    @Test
    void aPollThatReadOneAgentIsASuccessAndOnlyItsNewErrorIsLogged() {
        Map<ResolvedAgent, AgentObservation> observations = new LinkedHashMap<>();
        observations.put(a1001, loggedIn(T1));
        observations.put(a1002, AgentObservation.error(FailureKind.AGENT_ID, "not found", T1));

        recorder.polled(observations, T1);

        assertThat(state.current("1001")).map(AgentObservation::status).hasValue(AgentStatus.LOGGED_IN);
        assertThat(state.current("1002")).map(AgentObservation::status).hasValue(AgentStatus.ERROR);
        assertThat(state.lastSuccess()).hasValue(T1);
        assertThat(observer.polls).hasSize(1);
        assertThat(observer.polls.get(0)).extracting(AgentChange::key).containsExactly("1001", "1002");
        assertThat(messages(Level.WARNING)).singleElement().asString().contains("agent 1002").contains("not found");

        recorder.polled(observations, T2);
        assertThat(messages(Level.WARNING)).as("the same error is not logged again").hasSize(1);
    }

    @Test
    void everyAgentFailedMakesEveryRosterAgentErrorAndIsNoSuccess() {
        Map<ResolvedAgent, AgentObservation> read = new LinkedHashMap<>();
        read.put(a1001, loggedIn(T1));
        read.put(a1002, loggedIn(T1));
        recorder.polled(read, T1);

        recorder.everyAgentFailed(AgentObservation.error(FailureKind.AUTH, "no token: rejected", T2), T2);

        assertThat(state.agents()).allSatisfy(agent -> assertThat(agent.current()).map(AgentObservation::status)
                .hasValue(AgentStatus.ERROR));
        assertThat(state.lastSuccess()).as("a failed poll keeps the last success").hasValue(T1);
        assertThat(observer.polls.get(1)).extracting(AgentChange::key).containsExactly("1001", "1002");
        assertThat(observer.polls.get(1)).allMatch(AgentChange::newError);

        recorder.polled(read, T2.plusSeconds(30));
        assertThat(messages(Level.INFO)).hasSize(2).allMatch(line -> line.contains("recovered, now LOGGED_IN"));
    }
}
