package dev.cxmon.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cxmon.testing.AlertingStack;
import dev.cxmon.testing.ServiceProcess;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The supervisor alerts end to end, in demo mode: the packaged service (the demo day stepping every 2 s), a real
 * Prometheus with the project's prometheus.yml and rules, a real Alertmanager with the project's alertmanager.yml, and a
 * webhook receiver run by the test ({@link AlertingStack}). Each of the five supervisor alerts must reach the supervisors'
 * webhook, labelled audience="supervisor", within {@link #DOCUMENTED} of the stack's start (docs/alerts/README.md,
 * "Supervisor alerts in the demo"), and none may reach the SRE's receivers.
 *
 * <p>Every {@code for:} is 2 s (the real ones are covered by promtool's unit tests); the other differences from the
 * shipped files are {@link AlertingStack}'s. The limits are shortened through system properties, as an operator would
 * set them: Break 4 s (shorter than the demo's long Break of 8 steps, 16 s), every other reason 1 h, never-available
 * 4 s, flapping 4 changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisorAlertsIT {

    /** What docs/alerts/README.md promises for this setup: one demo loop (about a minute) and then some. */
    static final Duration DOCUMENTED = Duration.ofMinutes(3);

    private static final String SUPERVISORS = "/supervisors";

    private final List<AutoCloseable> running = new ArrayList<>();
    private ServiceProcess service;
    private AlertingStack stack;
    private long started;

    @BeforeAll
    void startStack() throws Exception {
        started = System.nanoTime();

        service = track(ServiceProcess.start("-Dcxone.supervisor.reason-limits=Break=4s", "-Dcxone.supervisor.default-reason-limit=1h",
                "-Dcxone.supervisor.never-available-limit=4s", "-Dcxone.supervisor.flapping-changes=4"));
        stack = track(AlertingStack.start("supervisor-alerts-it", rulesForTest(), List.of(service.metricsTarget())));
        service.awaitMetrics(Duration.ofSeconds(60), metrics -> metrics.value("cxone_supervisor_never_available_limit_seconds").isPresent());
    }

    @AfterAll
    void stopStack() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    /** The limits set through system properties are what the rules read in Prometheus. */
    @Test
    void theConfiguredLimitsReachPrometheus() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (query("cxone_supervisor_flapping_changes_limit").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(value("cxone_supervisor_reason_limit_seconds{reason=\"Break\"}")).isEqualTo(4.0);
        assertThat(value("cxone_supervisor_never_available_limit_seconds")).isEqualTo(4.0);
        assertThat(value("cxone_supervisor_flapping_changes_limit")).isEqualTo(4.0);
        assertThat(query("cxone_supervisor_reason_limit_seconds{reason=\"LoggedIn\"}")).isEmpty();
    }

    @Test
    void aSkillWithContactsQueuedAndNoAvailableAgentReachesTheSupervisors() throws Exception {
        JsonNode alert = awaitSupervisorAlert("CXoneSkillNoAvailableAgent", a -> !label(a, "skill_id").isEmpty());
        assertThat(alert.path("annotations").path("runbook_url").asText()).endsWith("/CXoneSkillNoAvailableAgent.md");
    }

    @Test
    void aContactWaitingPastTheServiceLevelThresholdReachesTheSupervisors() throws Exception {
        awaitSupervisorAlert("CXoneSkillOldestContactOverThreshold", a -> !label(a, "skill_id").isEmpty());
    }

    /** The demo's long Break (agent 1003) is over its own limit (4 s); every other reason has the default, 1 h. */
    @Test
    void aBreakOverItsLimitReachesTheSupervisorsWithTheReasonAndTheTeam() throws Exception {
        JsonNode alert = awaitSupervisorAlert("CXoneAgentUnavailableTooLong", a -> "Break".equals(label(a, "reason")));
        assertThat(label(alert, "agent_id")).isNotEmpty();
        assertThat(alert.path("labels").has("team")).as("joined with cxone_agent_info: " + alert).isTrue();
        assertThat(delivered(SUPERVISORS, "CXoneAgentUnavailableTooLong")).as("only Break has a limit under an hour")
                .allMatch(a -> "Break".equals(label(a, "reason")));
    }

    @Test
    void anAgentLoggedInAndNeverAvailableReachesTheSupervisors() throws Exception {
        awaitSupervisorAlert("CXoneAgentNeverAvailable", a -> "LoggedIn".equals(label(a, "reason")));
        assertThat(delivered(SUPERVISORS, "CXoneAgentUnavailableTooLong")).as("LoggedIn is not an unavailable reason")
                .noneMatch(a -> "LoggedIn".equals(label(a, "reason")));
    }

    @Test
    void aFlappingAgentReachesTheSupervisors() throws Exception {
        awaitSupervisorAlert("CXoneAgentFlapping", a -> !label(a, "agent_id").isEmpty());
    }

    @Test
    void noSupervisorAlertReachesTheSreReceivers() throws Exception {
        awaitSupervisorAlert("CXoneAgentUnavailableTooLong", a -> true);
        for (String path : List.of("/page", "/ticket")) {
            assertThat(delivered(path, null)).as("notifications to " + path).noneMatch(a -> "supervisor".equals(label(a, "audience")));
        }
    }

    /** The first firing notification of the alert to the supervisors' webhook that matches, within the documented time. */
    private JsonNode awaitSupervisorAlert(String alertname, Predicate<JsonNode> matching) throws Exception {
        long deadline = started + DOCUMENTED.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode alert : delivered(SUPERVISORS, alertname)) {
                if (matching.test(alert)) {
                    assertThat(label(alert, "audience")).isEqualTo("supervisor");
                    return alert;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError(alertname + " did not reach " + SUPERVISORS + " within " + DOCUMENTED + " of the start; notifications: "
                + stack.notifications().stream().map(n -> n.path() + " " + n.body()).toList() + "\nservice log:\n" + Files.readString(service.log()));
    }

    /** Firing alerts delivered to one webhook path, of one alert name (null: all). */
    private List<JsonNode> delivered(String path, String alertname) throws Exception {
        return stack.deliveredAlerts("firing", path).stream()
                .filter(alert -> alertname == null || alertname.equals(label(alert, "alertname"))).toList();
    }

    private double value(String promql) throws Exception {
        List<JsonNode> result = query(promql);
        assertThat(result).as(promql).hasSize(1);
        return result.get(0).path("value").get(1).asDouble();
    }

    private List<JsonNode> query(String promql) throws Exception {
        return stack.query(promql);
    }

    private static String label(JsonNode alert, String name) {
        return alert.path("labels").path(name).asText();
    }

    /** The shipped rules, every for: 2 s; the supervisor group must be there with all five alerts. */
    private static ObjectNode rulesForTest() throws Exception {
        ObjectNode rules = AlertingStack.rulesWithFor("2s");
        List<String> supervisorAlerts = new ArrayList<>();
        for (JsonNode group : rules.path("groups")) {
            if ("cxone-supervisor".equals(group.path("name").asText())) {
                group.path("rules").forEach(rule -> supervisorAlerts.add(rule.path("alert").asText()));
            }
        }
        assertThat(supervisorAlerts).containsExactlyInAnyOrder("CXoneSkillNoAvailableAgent", "CXoneSkillOldestContactOverThreshold",
                "CXoneAgentUnavailableTooLong", "CXoneAgentNeverAvailable", "CXoneAgentFlapping");
        return rules;
    }

    private <T extends AutoCloseable> T track(T resource) {
        running.add(resource);
        return resource;
    }
}
