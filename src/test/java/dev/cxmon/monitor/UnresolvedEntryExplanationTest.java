package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.api.AgentView;
import dev.cxmon.simulator.Fault;
import dev.cxmon.simulator.FaultKind;
import dev.cxmon.simulator.SimulatorOperations;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A roster entry that names no agent is explained as diagnose explains it, with User Hub asked once per resolution, and
 * a User Hub the token may not read leaves the plainer code without stopping the resolution of the other entries.
 */
@QuarkusTest
class UnresolvedEntryExplanationTest extends WatchedPollersPerTest {

    /** The user ID (UUID) of break@demo.example, agent 1003. */
    private static final String BREAK_USER_ID = "dd89ffff-8cab-4d43-a506-d365153e39cb";
    private static final List<String> ROSTER = List.of("notagent@demo.example", BREAK_USER_ID, "1001", "break@demo.example");

    @ParameterizedTest
    @EnumSource(value = PollStrategy.class, names = {"PER_AGENT", "BULK"})
    void userHubTellsAUserWithoutTheAgentRoleAndTheAgentIdOfAUserId(PollStrategy strategy) {
        WatchedPoller watched = poller(strategy);

        watched.poll();

        assertThat(watched.view("notagent@demo.example").lastError().code()).isEqualTo("USER_NOT_AGENT");
        AgentView.LastError userId = watched.view(BREAK_USER_ID).lastError();
        assertThat(userId.code()).isEqualTo("USER_ID_USED_AS_AGENT_ID");
        assertThat(userId.message()).contains("use agent ID 1003", "break@demo.example");
        assertThat(watched.states()).containsEntry("notagent@demo.example", "ERROR").containsEntry(BREAK_USER_ID, "ERROR")
                .containsEntry("1001", "LOGGED_IN").containsEntry("1003", "LOGGED_IN");

        simulator.requests().reset();
        watched.poll();
        assertThat(simulator.requests().snapshot()).as("User Hub is asked at resolution, not at every poll")
                .doesNotContainKeys(SimulatorOperations.USER, SimulatorOperations.USERS_SEARCH);
    }

    @ParameterizedTest
    @EnumSource(value = PollStrategy.class, names = {"PER_AGENT", "BULK"})
    void aUserHubTheTokenMayNotReadLeavesThePlainerCodeAndStopsNothing(PollStrategy strategy) {
        simulator.faults().set(new Fault(FaultKind.SERVER_ERROR, 403, null, -1, "/user-management/"));
        WatchedPoller watched = poller(strategy);

        watched.poll();

        assertThat(simulator.requests().snapshot()).as("User Hub was asked").containsKey(SimulatorOperations.USERS_SEARCH);
        assertThat(watched.view("notagent@demo.example").lastError().code()).as("cannot tell, as diagnose cannot")
                .isEqualTo("USER_NOT_FOUND");
        AgentView.LastError userId = watched.view(BREAK_USER_ID).lastError();
        assertThat(userId.code()).isEqualTo("USER_ID_USED_AS_AGENT_ID");
        assertThat(userId.message()).doesNotContain("use agent ID");
        assertThat(watched.states()).as("the other entries are resolved and read").containsEntry("1001", "LOGGED_IN")
                .containsEntry("1003", "LOGGED_IN");
    }

    private WatchedPoller poller(PollStrategy strategy) {
        return poller(ROSTER, strategy, 2, Clock.systemUTC());
    }
}
