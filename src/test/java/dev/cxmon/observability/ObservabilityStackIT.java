package dev.cxmon.observability;

import static dev.cxmon.testing.AlertingStack.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cxmon.testing.AlertingStack;
import dev.cxmon.testing.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The shipped observability files against real binaries: the packaged service twice (demo credentials and
 * demo-noscope), a real Prometheus with the project's prometheus.yml and rules, a real Alertmanager with the
 * project's alertmanager.yml, and a webhook receiver run by the test ({@link AlertingStack}).
 *
 * <p>Every alert's {@code for:} is 10 s instead of minutes; the other differences from the shipped files are
 * {@link AlertingStack}'s. The real {@code for:} semantics are covered by promtool's unit tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservabilityStackIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<AutoCloseable> running = new ArrayList<>();
    private ServiceProcess healthy;
    private ServiceProcess noscope;
    private AlertingStack stack;

    @BeforeAll
    void startStack() throws Exception {
        healthy = track(ServiceProcess.start());
        noscope = track(ServiceProcess.start("-Dcxone.simulator.enabled=true", "-Dcxone.username=demo-noscope",
                "-Dcxone.password=demo-noscope-secret"));
        // Both services answer before Prometheus' first scrape: on a busy machine a slow start would otherwise be
        // up == 0 for longer than the shortened for: (10 s), and CXonePollingStale would page before any test runs.
        healthy.awaitMetrics(Duration.ofSeconds(90), metrics -> true);
        noscope.awaitMetrics(Duration.ofSeconds(90), metrics -> true);

        stack = track(AlertingStack.start("observability-it", AlertingStack.rulesWithFor("10s"),
                List.of(healthy.metricsTarget(), noscope.metricsTarget())));

        // Both targets up and a few scrapes in, so rates over 1m have samples.
        await(Duration.ofSeconds(60), () -> query("count(up{job=\"cxone-agent-monitor\"} == 1)").stream()
                .anyMatch(s -> s.path("value").get(1).asDouble() == 2.0));
        await(Duration.ofSeconds(60), () -> !query("cxone_agent_state_transitions_total").isEmpty()
                && !query("increase(cxone_agent_poll_errors_total[1m]) > 0").isEmpty());
        Thread.sleep(6_000);
    }

    @AfterAll
    void stopStack() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    @Test
    void everyGrafanaPanelQueryReturnsData() throws Exception {
        // The alert panels read ALERTS: wait for the demo's first firing alert (CXoneAgentIdError for agent 9999),
        // whichever test runs first.
        await(Duration.ofSeconds(90), () -> !query("ALERTS{alertstate=\"firing\", alertname=~\"CXone.*\"}").isEmpty());
        List<String> empty = new ArrayList<>();
        int checked = 0;
        for (Path dashboard : dashboards()) {
            for (Map.Entry<String, String> target : GrafanaTargets.of(JSON.readTree(dashboard.toFile())).entrySet()) {
                String expr = GrafanaTargets.substituteVariables(target.getValue());
                checked++;
                if (queryLastMinute(expr).isEmpty()) {
                    empty.add(dashboard.getFileName() + " / " + target.getKey() + ": " + expr);
                }
            }
        }
        assertThat(checked).as("panel targets found").isGreaterThanOrEqualTo(10);
        assertThat(empty).as("panel queries that returned no series").isEmpty();
    }

    @Test
    void idErrorFiresForTheUnknownAgentAndForNoHealthyAgent() throws Exception {
        String instance = healthy.metricsTarget();
        await(Duration.ofSeconds(60), () -> firing("CXoneAgentIdError").stream()
                .anyMatch(a -> "9999".equals(label(a, "agent_id")) && instance.equals(label(a, "instance"))));
        List<JsonNode> idAlerts = firing("CXoneAgentIdError").stream().filter(a -> instance.equals(label(a, "instance"))).toList();
        assertThat(idAlerts).extracting(a -> label(a, "agent_id")).doesNotContain("1001", "1002", "1003", "1004", "1005", "1006");
        assertThat(firing("CXoneAgentStateScopeError")).noneMatch(a -> instance.equals(label(a, "instance")));
    }

    @Test
    void scopeErrorFiresWhenTheServiceRunsWithoutAgentStatePermission() throws Exception {
        String instance = noscope.metricsTarget();
        await(Duration.ofSeconds(60), () -> firing("CXoneAgentStateScopeError").stream()
                .filter(a -> instance.equals(label(a, "instance"))).map(a -> label(a, "agent_id")).toList()
                .containsAll(List.of("1001", "1002", "1003", "1004", "1005")));
        assertThat(firing("CXoneAgentStateScopeError")).as("the healthy service has no scope problem")
                .noneMatch(a -> healthy.metricsTarget().equals(label(a, "instance")));
    }

    @Test
    void alertmanagerDeliversTheFiringAlertsToTheWebhook() throws Exception {
        await(Duration.ofSeconds(90), () -> {
            List<String> delivered = new ArrayList<>();
            for (JsonNode alert : deliveredAlerts("firing")) {
                delivered.add(alert.path("labels").path("alertname").asText() + "/" + alert.path("labels").path("agent_id").asText());
            }
            return delivered.contains("CXoneAgentIdError/9999") && delivered.contains("CXoneRosterScopeError/");
        });
    }

    /**
     * demo-noscope may read no agent's state: one cause. Prometheus fires the roster-level alert, the per-agent
     * scope and agent-ID alerts (one group per team) and, 90 s after the start, CXonePollingStale; the receiver
     * gets exactly one page about that monitor.
     */
    @Test
    @Order(1)
    void aRosterWideScopeProblemPagesOnce() throws Exception {
        String instance = noscope.metricsTarget();
        await(Duration.ofSeconds(180), () -> firing("CXonePollingStale").stream().anyMatch(a -> instance.equals(label(a, "instance"))));
        assertThat(firing("CXoneAgentStateScopeError")).as("the symptoms still fire in Prometheus")
                .anyMatch(a -> instance.equals(label(a, "instance")));
        assertThat(firing("CXoneAgentIdError")).anyMatch(a -> instance.equals(label(a, "instance")));
        Thread.sleep(12_000); // Alertmanager's group wait (4 s) and interval (2 s), twice over

        List<String> pages = new ArrayList<>();
        for (JsonNode alert : deliveredAlerts("firing")) {
            if (instance.equals(alert.path("labels").path("instance").asText())) {
                pages.add(alert.path("labels").path("alertname").asText());
            }
        }
        assertThat(pages).as("notifications about " + instance).containsExactly("CXoneRosterScopeError");
    }

    /** Stopping the monitor does not make its pages resolve: it has not seen their causes go. */
    @Test
    @Order(Integer.MAX_VALUE)
    void stoppingTheMonitorResolvesNoPage() throws Exception {
        String instance = noscope.metricsTarget();
        await(Duration.ofSeconds(180), () -> deliveredAlerts("firing").stream().anyMatch(a -> instance.equals(a.path("labels").path("instance").asText()))
                && firing("CXoneAgentIdError").stream().anyMatch(a -> instance.equals(label(a, "instance"))));
        noscope.close();
        await(Duration.ofSeconds(30), () -> query("up{instance=\"" + instance + "\"} == 0").size() == 1);
        Thread.sleep(20_000); // ten evaluations, CXonePollingStale's for: (10 s) and Alertmanager's waits

        assertThat(deliveredAlerts("resolved")).as("resolved notifications")
                .noneMatch(a -> instance.equals(a.path("labels").path("instance").asText()));
        assertThat(firing("CXoneRosterScopeError")).anyMatch(a -> instance.equals(label(a, "instance")));
        assertThat(firing("CXoneAgentIdError")).anyMatch(a -> instance.equals(label(a, "instance")));
        assertThat(firing("CXoneAgentStateScopeError")).anyMatch(a -> instance.equals(label(a, "instance")));
    }

    private List<JsonNode> deliveredAlerts(String status) throws IOException {
        return stack.deliveredAlerts(status);
    }

    private List<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("grafana/dashboards"))) {
            List<Path> dashboards = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(dashboards).isNotEmpty();
            return dashboards;
        }
    }

    /**
     * The series the query gives at any evaluation of the last minute, as a dashboard shows them: the demo day moves
     * agents between states, so a panel about one state (an agent on a break, someone Unavailable) can be empty at the
     * one instant a plain query would look at, and filled a poll later.
     */
    private List<JsonNode> queryLastMinute(String promql) throws Exception {
        long end = System.currentTimeMillis() / 1000;
        return stack.queryRange(promql, end - 60, end, 2);
    }

    private List<JsonNode> query(String promql) throws Exception {
        return stack.query(promql);
    }

    private List<JsonNode> firing(String alertname) throws Exception {
        return stack.firing(alertname);
    }

    private static String label(JsonNode metric, String name) {
        return metric.path(name).asText();
    }

    private <T extends AutoCloseable> T track(T resource) {
        running.add(resource);
        return resource;
    }
}
