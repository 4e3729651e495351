package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.encode;
import static dev.cxmon.simulator.SimulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scripted day, observed the way the daemon sees it: agent states read back over HTTP. */
class ScriptedDayTest {

    private static final List<Long> SCRIPTED = List.of(1001L, 1002L, 1003L, 1004L, 1005L);
    private static final List<Long> UNSCRIPTED = List.of(1000L, 1006L, 1007L);
    private static final int LOOP = DayScriptLoader.demoDay().length();

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private SimulatorHarness sim;

    @BeforeEach
    void start() {
        sim = started();
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    @Test
    void hardConstraintsHoldOverTwoFullLoops() {
        ScriptedDay day = day(sim);
        List<Map<Long, Snapshot>> history = new ArrayList<>();
        history.add(states(sim));
        for (int n = 1; n <= 2 * LOOP; n++) {
            day.step();
            history.add(states(sim));
        }

        for (int n = 1; n <= 6; n++) {
            assertThat(history.get(n).get(1001L).stateId()).as("1001 after step %d", n).isNotZero();
        }
        for (int n = 1; n <= 2; n++) {
            assertThat(history.get(n).get(1005L).stateId()).as("1005 after step %d", n).isZero();
        }

        long loginTransitions = 0;
        for (int n = 1; n <= 2 * LOOP; n++) {
            Map<Long, Snapshot> before = history.get(n - 1);
            Map<Long, Snapshot> after = history.get(n);
            long counted = loginTransitions;
            loginTransitions += SCRIPTED.stream().filter(id -> before.get(id).loggedIn() != after.get(id).loggedIn()).count();
            assertThat(loginTransitions).as("LOGGED_IN/LOGGED_OUT transitions after step %d", n).isGreaterThan(counted);
            assertThat(SCRIPTED).as("an agent logged in before and after step %d changes availability", n)
                    .anyMatch(id -> before.get(id).loggedIn() && after.get(id).loggedIn()
                            && !before.get(id).availability().equals(after.get(id).availability()));
            for (long id : UNSCRIPTED) {
                assertThat(after.get(id)).as("unscripted agent %d after step %d", id, n).isEqualTo(history.get(0).get(id));
            }
        }

        for (int loop = 0; loop < 2; loop++) {
            List<Map<Long, Snapshot>> steps = history.subList(loop * LOOP + 1, (loop + 1) * LOOP + 1);
            Set<Integer> seen = new HashSet<>();
            steps.forEach(states -> SCRIPTED.forEach(id -> seen.add(states.get(id).stateId())));
            assertThat(seen).as("states in loop %d", loop).contains(0, 1, 2, 3, 4, 8).allMatch(s -> s >= 0 && s <= 8);
            assertThat(steps).as("after-call work in loop %d", loop).anyMatch(states -> SCRIPTED.stream()
                    .anyMatch(id -> states.get(id).equals(new Snapshot(2, "After Call Work", null))));
            for (long id : SCRIPTED) {
                long loggedIn = steps.stream().filter(states -> states.get(id).loggedIn()).count();
                assertThat(loggedIn).as("steps agent %d is logged in, loop %d", id, loop).isGreaterThan(LOOP / 2);
            }
        }
        assertThat(withoutContacts(history.get(LOOP))).as("a loop ends where the demo tenant starts")
                .isEqualTo(withoutContacts(history.get(0)));
        for (int n = 0; n <= LOOP; n++) {
            assertThat(withoutContacts(history.get(n + LOOP))).as("step %d repeats step %d", n + LOOP, n)
                    .isEqualTo(withoutContacts(history.get(n)));
        }
        assertThat(day.stepsTaken()).isEqualTo(2 * LOOP);
    }

    @Test
    void theApiDeltaCarriesOnlyTheAgentsAStepChanged() {
        ScriptedDay day = day(sim);
        String token = sim.token("demo-supervisor");
        String lastPollTime = json(sim.api("agents/states?updatedSince=1970-01-01T00:00:00.000Z", token))
                .get("lastPollTime").asText();

        for (int n = 1; n <= LOOP; n++) {
            Map<Long, Snapshot> before = states(sim);
            day.step();
            Map<Long, Snapshot> after = states(sim);

            HttpResponse<String> response = sim.api("agents/states?updatedSince=" + encode(lastPollTime), token);
            assertThat(response.statusCode()).as("delta after step %d", n).isEqualTo(200);
            JsonNode body = json(response);
            Set<Long> inDelta = new HashSet<>();
            body.get("agentStates").forEach(record -> inDelta.add(record.get("agentId").asLong()));
            Set<Long> changed = new HashSet<>();
            after.forEach((id, state) -> {
                if (!state.equals(before.get(id))) {
                    changed.add(id);
                }
            });
            assertThat(inDelta).as("agents in the delta after step %d", n).isEqualTo(changed).isNotEmpty();
            lastPollTime = body.get("lastPollTime").asText();
        }
    }

    @Test
    void startStepsOnItsOwnAndCloseStopsIt() throws InterruptedException {
        ScriptedDay day = day(sim);
        Map<Long, Snapshot> initial = states(sim);

        day.start(sim.vertx, Duration.ofMillis(100));

        assertThat(waitUntil(Duration.ofSeconds(10), () -> day.stepsTaken() >= 3))
                .as("three timed steps within 10 s, took %d", day.stepsTaken()).isTrue();
        assertThat(states(sim)).isNotEqualTo(initial);
        day.close();
        Thread.sleep(150); // a timer tick already on its way when close() ran may still land
        int stopped = day.stepsTaken();
        Thread.sleep(500);
        assertThat(day.stepsTaken()).as("steps after close").isEqualTo(stopped);
        day.close();
    }

    @Test
    void theFirstTimedStepComesAfterOnePeriod() throws InterruptedException {
        ScriptedDay day = day(sim);

        day.start(sim.vertx, Duration.ofSeconds(5));
        Thread.sleep(300);

        assertThat(day.stepsTaken()).isZero();
        assertThat(states(sim).get(1005L).stateId()).isZero();
    }

    @Test
    void startRejectsBadPeriodsAndRestarts() {
        ScriptedDay day = day(sim);

        assertThatThrownBy(() -> day.start(sim.vertx, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> day.start(sim.vertx, Duration.ofMillis(-5))).isInstanceOf(IllegalArgumentException.class);
        day.start(sim.vertx, Duration.ofMinutes(1));
        assertThatThrownBy(() -> day.start(sim.vertx, Duration.ofMinutes(1))).isInstanceOf(IllegalStateException.class);
        day.close();
        day.close();
        assertThatThrownBy(() -> day.start(sim.vertx, Duration.ofMinutes(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void twoFreshSimulatorsSteppedAlikeHaveEqualStates() {
        SimulatorHarness other = started();
        ScriptedDay first = day(sim);
        ScriptedDay second = day(other);

        for (int n = 1; n <= 2 * LOOP + 3; n++) {
            first.step();
            second.step();
            assertThat(states(other)).as("after step %d", n).isEqualTo(states(sim));
        }
    }

    @Test
    void concurrentStepsAreEachTakenOnce() throws Exception {
        SimulatorHarness sequential = started();
        ScriptedDay concurrent = day(sim);
        ScriptedDay reference = day(sequential);
        int threads = 8;
        int stepsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < stepsEach; i++) {
                        concurrent.step();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < threads * stepsEach; i++) {
            reference.step();
        }

        assertThat(concurrent.stepsTaken()).isEqualTo(threads * stepsEach);
        assertThat(states(sim)).isEqualTo(states(sequential));
    }

    @Test
    void scriptedAgentsTheTenantLacksAreLeftOut() {
        DayScript script = new DayScript(List.of(1001L, 4242L), List.of(
                List.of(ScriptedState.parse("1"), ScriptedState.parse("1")),
                List.of(ScriptedState.parse("2 Meeting"), ScriptedState.parse("0"))));
        ScriptedDay day = new ScriptedDay(sim.simulator, script);

        day.step();

        assertThat(states(sim).get(1001L)).isEqualTo(new Snapshot(2, "Meeting", null));
        assertThat(day.stepsTaken()).isEqualTo(1);
    }

    private SimulatorHarness started() {
        SimulatorHarness harness = SimulatorHarness.start();
        toClose.add(harness);
        return harness;
    }

    private ScriptedDay day(SimulatorHarness harness) {
        ScriptedDay day = new ScriptedDay(harness.simulator);
        toClose.add(day);
        return day;
    }

    /** Every agent's state from the control route {@code GET /simulator/tenant}. */
    private static Map<Long, Snapshot> states(SimulatorHarness harness) {
        HttpResponse<String> response = harness.get("/simulator/tenant");
        assertThat(response.statusCode()).isEqualTo(200);
        Map<Long, Snapshot> states = new TreeMap<>();
        for (JsonNode agent : json(response).get("agents")) {
            JsonNode state = agent.get("state");
            states.put(agent.get("agentId").asLong(), new Snapshot(state.get("agentStateId").asInt(),
                    text(state.get("outStateDescription")), state.get("contactId").isNull() ? null : state.get("contactId").asLong()));
        }
        assertThat(states.keySet()).containsAll(SCRIPTED).containsAll(UNSCRIPTED);
        return states;
    }

    // Each new contact gets a new contact id, so a second loop differs from the first only there.
    private static Map<Long, Snapshot> withoutContacts(Map<Long, Snapshot> states) {
        Map<Long, Snapshot> stripped = new TreeMap<>();
        states.forEach((id, s) -> stripped.put(id, new Snapshot(s.stateId(), s.reason(), null)));
        return stripped;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static boolean waitUntil(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    /** What the daemon classifies: state id, reason and contact id. */
    private record Snapshot(int stateId, String reason, Long contactId) {

        boolean loggedIn() {
            return stateId != 0;
        }

        /** The daemon's Availability: LoggedIn (8) counts as unavailable, contacts and consults as working. */
        String availability() {
            return switch (stateId) {
                case 0 -> "LOGGED_OUT";
                case 1 -> "AVAILABLE";
                case 2, 8 -> "UNAVAILABLE";
                default -> "WORKING";
            };
        }
    }
}
