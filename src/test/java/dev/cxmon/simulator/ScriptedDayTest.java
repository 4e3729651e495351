package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.encode;
import static dev.cxmon.simulator.SimulatorHarness.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scripted day, observed the way the daemon sees it: agent states read back over HTTP. */
class ScriptedDayTest {

    private static final List<Long> SCRIPTED = List.of(1001L, 1002L, 1003L, 1004L, 1005L);
    private static final List<Long> UNSCRIPTED = List.of(1000L, 1006L, 1007L);
    private static final long FLAPPING = 1001;
    private static final long NEVER_AVAILABLE = 1002;
    private static final long LONG_BREAK = 1003;
    private static final long AFTER_CALL_WORK = 20;
    private static final Map<String, Long> CODES = Map.of("Break", 11L, "Lunch", 12L, "Training", 13L, "Meeting", 14L,
            "After Call Work", AFTER_CALL_WORK);
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

        for (int n = 1; n <= 2; n++) {
            assertThat(history.get(n).get(1005L).stateId()).as("1005 after step %d", n).isZero();
        }
        for (int n = 1; n <= 2 * LOOP; n++) {
            assertThat(history.get(n - 1).get(FLAPPING).loggedIn() || history.get(n).get(FLAPPING).loggedIn())
                    .as("%d is never logged out two steps in a row (steps %d, %d)", FLAPPING, n - 1, n).isTrue();
        }

        int lastLogin = 0;
        for (int n = 1; n <= 2 * LOOP; n++) {
            Map<Long, Snapshot> before = history.get(n - 1);
            Map<Long, Snapshot> after = history.get(n);
            if (SCRIPTED.stream().anyMatch(id -> before.get(id).loggedIn() != after.get(id).loggedIn())) {
                lastLogin = n;
            }
            assertThat(n - lastLogin).as("steps since an agent last logged in or out, at step %d", n).isLessThan(3);
            assertThat(SCRIPTED).as("an agent changes availability at step %d", n)
                    .anyMatch(id -> !before.get(id).availability().equals(after.get(id).availability()));
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
                    .anyMatch(id -> states.get(id).equals(new Snapshot(2, "After Call Work", AFTER_CALL_WORK, true, null))));
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

    /**
     * The demo scenario of the README, one loop from the demo tenant's states: each agent-level supervisor alert has
     * exactly one agent that triggers it with the demo limits (Break 2m, other reasons 5m, never available 2m,
     * flapping more than 6 availability changes in 15 minutes), held long enough at 30 s per step for a rule's
     * {@code for: 1m}.
     */
    @Test
    void oneLoopShowsEachAgentLevelSupervisorAlertOnItsOwnAgent() {
        ScriptedDay day = day(sim);
        List<Map<Long, Snapshot>> rows = new ArrayList<>();
        rows.add(states(sim));
        for (int n = 1; n < LOOP; n++) {
            day.step();
            rows.add(states(sim));
        }
        assertThat(LOOP).as("steps in a loop").isBetween(16, 30);

        assertThat(longestRun(rows, LONG_BREAK, s -> s.is(2, "Break"))).as("%d on Break", LONG_BREAK).isGreaterThanOrEqualTo(8);
        assertThat(longestRun(rows, NEVER_AVAILABLE, s -> s.stateId() == 8)).as("%d in LoggedIn (8)", NEVER_AVAILABLE)
                .isGreaterThanOrEqualTo(8);
        assertThat(longestChangeRun(rows, FLAPPING)).as("consecutive steps at which %d changes availability", FLAPPING)
                .isGreaterThanOrEqualTo(8);
        for (long id : SCRIPTED) {
            if (id != LONG_BREAK) {
                assertThat(longestRun(rows, id, s -> s.is(2, "Break"))).as("%d on Break", id).isLessThan(4);
            }
            if (id != NEVER_AVAILABLE) {
                assertThat(longestRun(rows, id, s -> s.stateId() == 8)).as("%d in LoggedIn", id).isLessThan(3);
            }
            for (String reason : List.of("Lunch", "Training", "Meeting")) {
                assertThat(longestRun(rows, id, s -> s.is(2, reason))).as("%d on %s", id, reason).isLessThanOrEqualTo(5);
            }
            if (id != FLAPPING) {
                int changes = 0;
                for (int n = 1; n <= LOOP; n++) {
                    changes += rows.get(n - 1).get(id).availability().equals(rows.get(n % LOOP).get(id).availability()) ? 0 : 1;
                }
                assertThat(changes).as("availability changes of %d in a loop of %d steps", id, LOOP).isLessThanOrEqualTo(5);
            }
        }

        Set<String> reasons = new HashSet<>();
        rows.forEach(states -> states.values().forEach(s -> {
            if (s.reason() != null) {
                reasons.add(s.reason());
            }
            assertThat(s.isAcw()).as("isACW of %s", s).isEqualTo("After Call Work".equals(s.reason()));
            assertThat(s.outStateId()).as("code of %s", s).isEqualTo(s.reason() == null ? null : CODES.get(s.reason()));
        }));
        assertThat(reasons).containsExactlyInAnyOrder("Break", "Lunch", "Training", "Meeting", "After Call Work");
    }

    /** The scripted day changes agents like every other path: startDate moves exactly when the state changes. */
    @Test
    void startDateMovesExactlyWhenAStepChangesTheAgentsState() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
        SimulatorHarness timed = SimulatorHarness.start(SimulatorOptions.defaults().withClock(clock));
        toClose.add(timed);
        ScriptedDay day = day(timed);
        Map<Long, Snapshot> before = states(timed);
        Map<Long, Instant> startedBefore = startDates(timed);
        for (int n = 1; n <= LOOP + 2; n++) {
            clock.advance(Duration.ofSeconds(30));
            day.step();
            Map<Long, Snapshot> after = states(timed);
            Map<Long, Instant> startedAfter = startDates(timed);
            for (long id : after.keySet()) {
                boolean changed = !withoutContact(after.get(id)).equals(withoutContact(before.get(id)));
                assertThat(startedAfter.get(id)).as("startDate of %d after step %d (state changed: %s)", id, n, changed)
                        .isEqualTo(changed ? clock.instant() : startedBefore.get(id));
            }
            before = after;
            startedBefore = startedAfter;
        }
    }

    @Test
    void aScriptedReasonTheTenantLacksLeavesThatAgentOutWithAWarning() {
        DayScript script = new DayScript(List.of(1001L, 1002L), List.of(
                List.of(ScriptedState.parse("1"), ScriptedState.parse("8")),
                List.of(ScriptedState.parse("2 Coffee"), ScriptedState.parse("1"))));
        ScriptedDay day = new ScriptedDay(sim.simulator, script);
        toClose.add(day);

        day.step();

        Map<Long, Snapshot> states = states(sim);
        assertThat(states.get(1001L).stateId()).as("left out").isEqualTo(1);
        assertThat(states.get(1002L).stateId()).isEqualTo(1);
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
        toClose.add(day);

        day.step();

        assertThat(states(sim).get(1001L)).isEqualTo(new Snapshot(2, "Meeting", 14L, false, null));
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
        Map<Long, Snapshot> states = new TreeMap<>();
        tenantStates(harness).forEach((id, state) -> states.put(id, new Snapshot(state.get("agentStateId").asInt(),
                text(state.get("outStateDescription")), state.get("outStateId").isNull() ? null : state.get("outStateId").asLong(),
                state.get("isACW").asBoolean(), state.get("contactId").isNull() ? null : state.get("contactId").asLong())));
        assertThat(states.keySet()).containsAll(SCRIPTED).containsAll(UNSCRIPTED);
        return states;
    }

    private static Map<Long, Instant> startDates(SimulatorHarness harness) {
        Map<Long, Instant> started = new TreeMap<>();
        tenantStates(harness).forEach((id, state) -> started.put(id, Instant.parse(state.get("startDate").asText())));
        return started;
    }

    private static Map<Long, JsonNode> tenantStates(SimulatorHarness harness) {
        HttpResponse<String> response = harness.get("/simulator/tenant");
        assertThat(response.statusCode()).isEqualTo(200);
        Map<Long, JsonNode> states = new TreeMap<>();
        json(response).get("agents").forEach(agent -> states.put(agent.get("agentId").asLong(), agent.get("state")));
        return states;
    }

    /** The longest run of consecutive rows (not wrapping around) in which the agent's state matches. */
    private static int longestRun(List<Map<Long, Snapshot>> rows, long agentId, Predicate<Snapshot> matches) {
        int longest = 0;
        int run = 0;
        for (Map<Long, Snapshot> row : rows) {
            run = matches.test(row.get(agentId)) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** The longest run of consecutive steps (not wrapping around) at each of which the agent's availability changes. */
    private static int longestChangeRun(List<Map<Long, Snapshot>> rows, long agentId) {
        int longest = 0;
        int run = 0;
        for (int n = 1; n < rows.size(); n++) {
            boolean changed = !rows.get(n - 1).get(agentId).availability().equals(rows.get(n).get(agentId).availability());
            run = changed ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    // Each new contact gets a new contact id, so a second loop differs from the first only there.
    private static Map<Long, Snapshot> withoutContacts(Map<Long, Snapshot> states) {
        Map<Long, Snapshot> stripped = new TreeMap<>();
        states.forEach((id, s) -> stripped.put(id, withoutContact(s)));
        return stripped;
    }

    private static Snapshot withoutContact(Snapshot s) {
        return new Snapshot(s.stateId(), s.reason(), s.outStateId(), s.isAcw(), null);
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

    /** What the daemon classifies: state id, reason (the unavailable code's name and ID), isACW and contact id. */
    private record Snapshot(int stateId, String reason, Long outStateId, boolean isAcw, Long contactId) {

        boolean loggedIn() {
            return stateId != 0;
        }

        boolean is(int state, String reasonName) {
            return stateId == state && reasonName.equals(reason);
        }

        /** The daemon's Availability: LoggedIn (8) counts as unavailable, contacts and consults as working, ACW apart. */
        String availability() {
            return switch (stateId) {
                case 0 -> "LOGGED_OUT";
                case 1 -> "AVAILABLE";
                case 2 -> isAcw ? "ACW" : "UNAVAILABLE";
                case 8 -> "UNAVAILABLE";
                default -> "WORKING";
            };
        }
    }
}
