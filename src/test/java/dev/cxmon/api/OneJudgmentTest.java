package dev.cxmon.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.config.ConnectionSettingsFactory;
import dev.cxmon.demo.DemoTenantDefaults;
import dev.cxmon.monitor.MonitorSettings;
import dev.cxmon.monitor.PollSchedule;
import dev.cxmon.monitor.PollStrategy;
import dev.cxmon.monitor.RosterEntry;
import dev.cxmon.monitor.RosterPoller;
import dev.cxmon.testing.ConfigProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One judgment per agent (issue 13, item 10): for every agent of the demo roster, plus the demo tenant's other agent the
 * roster leaves out and a user UUID, the daemon's /api/agents and diagnose's report (the diagnosis endpoint, which runs
 * the same rules as the command) give the same code. The one demo agent left out is 1007 (no skill): diagnose reads
 * its skills and reports AGENT_NO_SKILLS, a check the daemon does not make (it would cost a call per agent and poll).
 */
@QuarkusTest
@TestProfile(OneJudgmentTest.WithApiToken.class)
class OneJudgmentTest {

    public static class WithApiToken extends ConfigProfile {
        public WithApiToken() {
            super("cxone.api-token", "judgment-token-123");
        }
    }

    /** The user ID (UUID) of break@demo.example, agent 1003, in demo-tenant.yaml. */
    private static final String BREAK_USER_ID = "dd89ffff-8cab-4d43-a506-d365153e39cb";

    /** What each entry is, in the demo tenant; the test asks both sides and requires both to say this. */
    private static final Map<String, String> EXPECTED = expected();

    private static Map<String, String> expected() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("1000", "AGENT_LOGGED_OUT");
        codes.put("1001", "AGENT_AVAILABLE");
        codes.put("1002", "AGENT_LOGGED_IN_NOT_AVAILABLE");
        codes.put("1003", "AGENT_UNAVAILABLE");
        codes.put("1004", "AGENT_WORKING");
        codes.put("1005", "AGENT_LOGGED_OUT");
        codes.put("1006", "AGENT_INACTIVE");
        codes.put("9999", "AGENT_NOT_FOUND");
        codes.put("notagent@demo.example", "USER_NOT_AGENT");
        codes.put(BREAK_USER_ID, "USER_ID_USED_AS_AGENT_ID");
        return codes;
    }

    @Inject
    RosterPoller poller;

    @Inject
    ConnectionSettingsFactory connection;

    @ParameterizedTest
    @EnumSource(value = PollStrategy.class, names = {"PER_AGENT", "BULK"})
    void theDaemonAndDiagnoseGiveEveryDemoAgentTheSameCode(PollStrategy strategy) {
        List<String> roster = Stream.concat(Stream.concat(DemoTenantDefaults.DEMO_ROSTER.stream(), Stream.of("1000")),
                Stream.of(BREAK_USER_ID)).toList();
        assertThat(EXPECTED.keySet()).as("every entry has its expected code").containsExactlyInAnyOrderElementsOf(roster);
        poll(roster, strategy);

        JsonPath agents = given().header("Authorization", "Bearer judgment-token-123").when().get("/api/agents").then()
                .statusCode(200).extract().jsonPath();
        List<String> disagreements = new ArrayList<>();
        Map<String, String> daemonCodes = new LinkedHashMap<>();
        for (String ref : roster) {
            String daemon = agents.getString("find { it.ref == '" + ref + "' }.code");
            String diagnose = given().header("Authorization", "Bearer judgment-token-123").when().get("/api/agents/" + ref + "/diagnosis")
                    .then().statusCode(200).extract().jsonPath().getString("rootCause");
            daemonCodes.put(ref, daemon);
            if (daemon == null || !daemon.equals(diagnose)) {
                disagreements.add(ref + ": daemon " + daemon + ", diagnose " + diagnose);
            }
        }
        assertThat(disagreements).as("one judgment per agent").isEmpty();
        assertThat(daemonCodes).containsExactlyInAnyOrderEntriesOf(EXPECTED);
    }

    @ParameterizedTest
    @EnumSource(value = PollStrategy.class, names = {"PER_AGENT", "BULK"})
    void theDaemonTellsWhatIsWrongAsDiagnoseDoes(PollStrategy strategy) {
        poll(List.of("1006", "notagent@demo.example", BREAK_USER_ID), strategy);

        JsonPath agents = given().header("Authorization", "Bearer judgment-token-123").when().get("/api/agents").then()
                .statusCode(200).extract().jsonPath();
        // An inactive agent is logged out (that is CXone's state of it), judged AGENT_INACTIVE: a fault of the roster.
        assertThat(agents.getString("find { it.ref == '1006' }.status")).isEqualTo("LOGGED_OUT");
        assertThat(agents.getString("find { it.ref == '1006' }.severity")).isEqualTo("FAULT");
        assertThat(agents.getString("find { it.ref == '1006' }.docs")).isEqualTo("docs/diagnosis/AGENT_INACTIVE.md");
        assertThat(agents.getString("find { it.ref == 'notagent@demo.example' }.lastError.code")).isEqualTo("USER_NOT_AGENT");
        assertThat(agents.getString("find { it.ref == '" + BREAK_USER_ID + "' }.lastError.code")).isEqualTo("USER_ID_USED_AS_AGENT_ID");
        assertThat(agents.getString("find { it.ref == '" + BREAK_USER_ID + "' }.lastError.message")).contains("use agent ID 1003");
    }

    private void poll(List<String> roster, PollStrategy strategy) {
        poller.configure(new MonitorSettings(roster.stream().map(RosterEntry::of).toList(),
                ((PollSchedule.Valid) PollSchedule.parse("30s", Optional.empty())).schedule(), 2, Duration.ofMinutes(10), true,
                strategy, Duration.ofMinutes(10)), connection.fromConfig());
        poller.pollOnce();
    }
}
