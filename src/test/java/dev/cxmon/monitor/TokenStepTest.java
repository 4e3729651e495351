package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.auth.CxoneSession;
import dev.cxmon.cxone.ExchangeListener;
import dev.cxmon.cxone.RestClients;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.SimulatorPerTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A poll's token step against the simulator's token endpoint, with an access key it knows and one it refuses. */
@QuarkusTest
class TokenStepTest extends SimulatorPerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Inject
    RestClients clients;

    private final RosterState state = new RosterState();
    private final RecordingPollObserver observer = new RecordingPollObserver();
    private TokenStep step;

    @BeforeEach
    void roster() {
        state.roster(List.of(RosterEntry.of("1001"), RosterEntry.of("1002")).stream()
                .map(e -> new ResolvedAgent(e, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())).toList(), false);
        step = new TokenStep(state, observer, new ObservationRecorder(state, observer));
    }

    private CxoneSession session(String accessKey) {
        return new CxoneSession(DemoSettings.forKey(simulator.baseUrl(), accessKey), clients, ExchangeListener.NONE, Clock.systemUTC());
    }

    @Test
    void aTokenGivesTheApiAndReportsItsExpiry() {
        assertThat(step.api(session("demo-supervisor"), NOW, () -> false)).isPresent();
        assertThat(state.tokenObtained()).isTrue();
        assertThat(state.tokenFailure()).isEmpty();
        assertThat(observer.expiries).singleElement().satisfies(at -> assertThat(at).isAfter(Instant.now()));
        assertThat(observer.changes()).as("no agent is recorded by the token step when it has a token").isEmpty();
    }

    @Test
    void withoutATokenEveryAgentIsErrorWithTheTokensFailure() {
        assertThat(step.api(session("no-such-key"), NOW, () -> false)).isEmpty();
        assertThat(state.tokenObtained()).isFalse();
        assertThat(state.tokenFailure()).isPresent();
        assertThat(observer.changes()).extracting(AgentChange::key).containsExactly("1001", "1002");
        assertThat(state.agents()).allSatisfy(agent -> {
            AgentObservation observation = agent.current().orElseThrow();
            assertThat(observation.status()).isEqualTo(AgentStatus.ERROR);
            assertThat(observation.error()).isEqualTo(Optional.of(state.tokenFailure().orElseThrow().kind()));
            assertThat(observation.errorMessage().orElseThrow()).startsWith("no token: ");
        });
        assertThat(state.lastSuccess()).isEmpty();
    }

    @Test
    void aPollAbandonedMeanwhileRecordsNoTokenFailure() {
        assertThat(step.api(session("no-such-key"), NOW, () -> true)).isEmpty();
        assertThat(state.tokenFailure()).isEmpty();
        assertThat(observer.changes()).isEmpty();
        assertThat(state.agents()).allSatisfy(agent -> assertThat(agent.current()).isEmpty());
    }
}
