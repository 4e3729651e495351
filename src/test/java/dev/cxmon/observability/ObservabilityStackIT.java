package dev.cxmon.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cxmon.testing.ExternalServer;
import dev.cxmon.testing.ServiceProcess;
import dev.cxmon.testing.TestHttp;
import dev.cxmon.testing.WebhookReceiver;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * project's alertmanager.yml, and a webhook receiver run by the test.
 *
 * <p>The copies differ from the shipped files only where a test must: targets and webhook URLs point at this
 * machine's ports, intervals are 2 s instead of 15 s, every alert's {@code for:} is 10 s instead of minutes,
 * and Alertmanager's group wait is 4 s (the shipped ratio: twice the evaluation interval, so an inhibiting
 * alert that fires one evaluation after its symptom still inhibits it). The real {@code for:} semantics are covered by promtool's unit tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservabilityStackIT {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DEPLOY = Path.of("deploy");

    private final List<AutoCloseable> running = new ArrayList<>();
    private ServiceProcess healthy;
    private ServiceProcess noscope;
    private WebhookReceiver webhook;
    private int prometheusPort;

    @BeforeAll
    void startStack() throws Exception {
        Path prometheusBinary = ExternalServer.requireBinary("prometheus", "prometheus");
        Path alertmanagerBinary = ExternalServer.requireBinary("prometheus-alertmanager", "prometheus-alertmanager");
        Path work = Files.createTempDirectory("observability-it");

        healthy = track(ServiceProcess.start());
        noscope = track(ServiceProcess.start("-Dcxone.simulator.enabled=true", "-Dcxone.username=demo-noscope",
                "-Dcxone.password=demo-noscope-secret"));
        webhook = track(new WebhookReceiver());
        // Both services answer before Prometheus' first scrape: on a busy machine a slow start would otherwise be
        // up == 0 for longer than the shortened for: (10 s), and CXonePollingStale would page before any test runs.
        healthy.awaitMetrics(Duration.ofSeconds(90), metrics -> true);
        noscope.awaitMetrics(Duration.ofSeconds(90), metrics -> true);

        int alertmanagerPort = ServiceProcess.freePort();
        Path alertmanagerConfig = work.resolve("alertmanager.yml");
        YAML.writeValue(alertmanagerConfig.toFile(), alertmanagerForTest());
        track(ExternalServer.start("alertmanager", List.of(alertmanagerBinary.toString(),
                "--config.file=" + alertmanagerConfig, "--storage.path=" + work.resolve("am-data"),
                "--web.listen-address=127.0.0.1:" + alertmanagerPort, "--cluster.listen-address="),
                URI.create("http://127.0.0.1:" + alertmanagerPort + "/-/ready"), Duration.ofSeconds(30)));

        Path rules = work.resolve("cxone-agent-monitor.rules.yml");
        YAML.writeValue(rules.toFile(), rulesForTest());
        Path prometheusConfig = work.resolve("prometheus.yml");
        YAML.writeValue(prometheusConfig.toFile(), prometheusForTest(rules, alertmanagerPort));
        prometheusPort = ServiceProcess.freePort();
        track(ExternalServer.start("prometheus", List.of(prometheusBinary.toString(), "--config.file=" + prometheusConfig,
                "--storage.tsdb.path=" + work.resolve("prom-data"), "--web.listen-address=127.0.0.1:" + prometheusPort),
                URI.create("http://127.0.0.1:" + prometheusPort + "/-/ready"), Duration.ofSeconds(30)));

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
            for (WebhookReceiver.Notification n : webhook.received()) {
                for (JsonNode alert : JSON.readTree(n.body()).path("alerts")) {
                    if ("firing".equals(alert.path("status").asText())) {
                        delivered.add(alert.path("labels").path("alertname").asText() + "/" + alert.path("labels").path("agent_id").asText());
                    }
                }
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
        List<JsonNode> alerts = new ArrayList<>();
        for (WebhookReceiver.Notification n : webhook.received()) {
            for (JsonNode alert : JSON.readTree(n.body()).path("alerts")) {
                if (status.equals(alert.path("status").asText())) {
                    alerts.add(alert);
                }
            }
        }
        return alerts;
    }

    private ObjectNode prometheusForTest(Path rules, int alertmanagerPort) throws IOException {
        ObjectNode config = (ObjectNode) YAML.readTree(DEPLOY.resolve("prometheus/prometheus.yml").toFile());
        ObjectNode global = (ObjectNode) config.with("global");
        global.put("scrape_interval", "2s");
        global.put("evaluation_interval", "2s");
        config.putArray("rule_files").add(rules.toString());
        for (JsonNode am : config.path("alerting").path("alertmanagers")) {
            ArrayNode targets = ((ObjectNode) am.path("static_configs").get(0)).putArray("targets");
            targets.add("127.0.0.1:" + alertmanagerPort);
        }
        JsonNode job = stream(config.path("scrape_configs")).filter(j -> "cxone-agent-monitor".equals(j.path("job_name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("prometheus.yml has no cxone-agent-monitor job"));
        ArrayNode targets = ((ObjectNode) job.path("static_configs").get(0)).putArray("targets");
        targets.add(healthy.metricsTarget()).add(noscope.metricsTarget());
        ((ObjectNode) job).remove("scrape_interval");
        return config;
    }

    private ObjectNode rulesForTest() throws IOException {
        ObjectNode rules = (ObjectNode) YAML.readTree(DEPLOY.resolve("prometheus/cxone-agent-monitor.rules.yml").toFile());
        for (JsonNode group : rules.path("groups")) {
            ((ObjectNode) group).remove("interval");
            for (JsonNode rule : group.path("rules")) {
                if (rule.has("for")) {
                    ((ObjectNode) rule).put("for", "10s");
                }
            }
        }
        return rules;
    }

    private ObjectNode alertmanagerForTest() throws IOException {
        ObjectNode config = (ObjectNode) YAML.readTree(DEPLOY.resolve("alertmanager/alertmanager.yml").toFile());
        shortenWaits(config.path("route"));
        for (JsonNode receiver : config.path("receivers")) {
            for (JsonNode webhookConfig : receiver.path("webhook_configs")) {
                String path = URI.create(webhookConfig.path("url").asText()).getPath();
                ((ObjectNode) webhookConfig).put("url", webhook.url(path));
            }
        }
        return config;
    }

    private static void shortenWaits(JsonNode route) {
        if (route instanceof ObjectNode node) {
            node.put("group_wait", "4s"); // twice the evaluation interval, as the shipped 30 s are twice 15 s
            node.put("group_interval", "2s");
            route.path("routes").forEach(ObservabilityStackIT::shortenWaits);
        }
    }

    private List<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("grafana/dashboards"))) {
            List<Path> dashboards = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(dashboards).isNotEmpty();
            return dashboards;
        }
    }

    private List<JsonNode> query(String promql) {
        return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8), promql);
    }

    /**
     * The series the query gives at any evaluation of the last minute, as a dashboard shows them: the demo day moves
     * agents between states, so a panel about one state (an agent on a break, someone Unavailable) can be empty at the
     * one instant a plain query would look at, and filled a poll later.
     */
    private List<JsonNode> queryLastMinute(String promql) {
        long end = System.currentTimeMillis() / 1000;
        return get("/api/v1/query_range?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8) + "&start=" + (end - 60) + "&end=" + end
                + "&step=2", promql);
    }

    private List<JsonNode> get(String pathAndQuery, String promql) {
        try {
            URI uri = URI.create("http://127.0.0.1:" + prometheusPort + pathAndQuery);
            HttpResponse<String> response = TestHttp.client().send(HttpRequest.newBuilder(uri).timeout(TestHttp.REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.path("status").asText()).as(promql + " -> " + response.body()).isEqualTo("success");
            return stream(body.path("data").path("result")).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private List<JsonNode> firing(String alertname) {
        return query("ALERTS{alertname=\"" + alertname + "\",alertstate=\"firing\"}").stream().map(s -> s.path("metric")).toList();
    }

    private static String label(JsonNode metric, String name) {
        return metric.path(name).asText();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    private <T extends AutoCloseable> T track(T resource) {
        running.add(resource);
        return resource;
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(Duration within, Check check) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return;
            }
            Thread.sleep(500);
        }
        assertThat(check.holds()).as("condition within " + within).isTrue();
    }
}
