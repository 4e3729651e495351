package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.auth.CxoneSession;
import dev.cxmon.cxone.ExchangeListener;
import dev.cxmon.cxone.RestClients;
import dev.cxmon.simulator.CxoneSimulator;
import dev.cxmon.simulator.SimulatorOptions;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.testing.DemoSettings;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A poll's token step against the simulator's token endpoint, with an access key it knows and one it refuses. */
@QuarkusTest
class TokenStepTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Inject
    RestClients clients;

    private Vertx vertx;
    private CxoneSimulator simulator;
    private final RosterState state = new RosterState();
    private final List<Instant> expiries = new CopyOnWriteArrayList<>();
    private final List<AgentChange> changes = new CopyOnWriteArrayList<>();
    private TokenStep step;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        simulator = CxoneSimulator.start(vertx, SimulatorOptions.defaults().withPort(0));
        state.roster(List.of(RosterEntry.of("1001"), RosterEntry.of("1002")).stream()
                .map(e -> new ResolvedAgent(e, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())).toList(), false);
        PollObserver observer = new PollObserver() {
            @Override
            public void rosterChanged() {}

            @Override
            public void polled(List<AgentChange> polled) {
                changes.addAll(polled);
            }

            @Override
            public Timer.Sample pollStarted() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void pollFinished(Timer.Sample sample) {}

            @Override
            public void tokenExpiry(Instant at) {
                expiries.add(at);
            }

            @Override
            public void shard(int index, int count) {}
        };
        step = new TokenStep(state, observer, new ObservationRecorder(state, observer));
    }

    @AfterEach
    void stop() {
        simulator.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private CxoneSession session(String accessKey) {
        return new CxoneSession(DemoSettings.forKey(simulator.baseUrl(), accessKey), clients, ExchangeListener.NONE, Clock.systemUTC());
    }

    @Test
    void aTokenGivesTheApiAndReportsItsExpiry() {
        assertThat(step.api(session("demo-supervisor"), NOW, () -> false)).isPresent();
        assertThat(state.tokenObtained()).isTrue();
        assertThat(state.tokenFailure()).isEmpty();
        assertThat(expiries).singleElement().satisfies(at -> assertThat(at).isAfter(Instant.now()));
        assertThat(changes).as("no agent is recorded by the token step when it has a token").isEmpty();
    }

    @Test
    void withoutATokenEveryAgentIsErrorWithTheTokensFailure() {
        assertThat(step.api(session("no-such-key"), NOW, () -> false)).isEmpty();
        assertThat(state.tokenObtained()).isFalse();
        assertThat(state.tokenFailure()).isPresent();
        assertThat(changes).extracting(AgentChange::key).containsExactly("1001", "1002");
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
        assertThat(changes).isEmpty();
        assertThat(state.agents()).allSatisfy(agent -> assertThat(agent.current()).isEmpty());
    }
}
