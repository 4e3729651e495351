package dev.cxmon.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The supervisor alerts end to end, in demo mode: the packaged service (the demo day stepping every 2 s), a real
 * Prometheus with the project's prometheus.yml and rules, a real Alertmanager with the project's alertmanager.yml, and a
 * webhook receiver run by the test. Each of the five supervisor alerts must reach the supervisors' webhook, labelled
 * audience="supervisor", within {@link #DOCUMENTED} of the stack's start (docs/alerts/README.md, "Supervisor alerts in
 * the demo"), and none may reach the SRE's receivers.
 *
 * <p>The copies differ from the shipped files only where a test must: the target and the webhook URLs point at this
 * machine's ports, scrape and evaluation every 2 s, every {@code for:} 2 s (the real ones are covered by promtool's unit
 * tests), and Alertmanager's group wait 4 s and interval 2 s. The limits are shortened through system properties, as an
 * operator would set them: Break 4 s (shorter than the demo's long Break of 8 steps, 16 s), every other reason 1 h,
 * never-available 4 s, flapping 4 changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisorAlertsIT {

    /** What docs/alerts/README.md promises for this setup: one demo loop (about a minute) and then some. */
    static final Duration DOCUMENTED = Duration.ofMinutes(3);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DEPLOY = Path.of("deploy");
    private static final String SUPERVISORS = "/supervisors";

    private final List<AutoCloseable> running = new ArrayList<>();
    private ServiceProcess service;
    private WebhookReceiver webhook;
    private long started;
    private int prometheusPort;

    @BeforeAll
    void startStack() throws Exception {
        Path prometheusBinary = ExternalServer.requireBinary("prometheus", "prometheus");
        Path alertmanagerBinary = ExternalServer.requireBinary("prometheus-alertmanager", "prometheus-alertmanager");
        Path work = Files.createTempDirectory("supervisor-alerts-it");
        started = System.nanoTime();

        service = track(ServiceProcess.start("-Dcxone.supervisor.reason-limits=Break=4s", "-Dcxone.supervisor.default-reason-limit=1h",
                "-Dcxone.supervisor.never-available-limit=4s", "-Dcxone.supervisor.flapping-changes=4"));
        webhook = track(new WebhookReceiver());

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
                + webhook.received().stream().map(n -> n.path() + " " + n.body()).toList() + "\nservice log:\n" + Files.readString(service.log()));
    }

    /** Firing alerts delivered to one webhook path, of one alert name (null: all). */
    private List<JsonNode> delivered(String path, String alertname) throws IOException {
        List<JsonNode> alerts = new ArrayList<>();
        for (WebhookReceiver.Notification notification : webhook.received()) {
            if (!notification.path().equals(path)) {
                continue;
            }
            for (JsonNode alert : JSON.readTree(notification.body()).path("alerts")) {
                if ("firing".equals(alert.path("status").asText()) && (alertname == null || alertname.equals(label(alert, "alertname")))) {
                    alerts.add(alert);
                }
            }
        }
        return alerts;
    }

    private double value(String promql) {
        List<JsonNode> result = query(promql);
        assertThat(result).as(promql).hasSize(1);
        return result.get(0).path("value").get(1).asDouble();
    }

    private List<JsonNode> query(String promql) {
        try {
            URI uri = URI.create("http://127.0.0.1:" + prometheusPort + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
            HttpResponse<String> response = TestHttp.client().send(HttpRequest.newBuilder(uri).timeout(TestHttp.REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.path("status").asText()).as(promql + " -> " + response.body()).isEqualTo("success");
            List<JsonNode> result = new ArrayList<>();
            body.path("data").path("result").forEach(result::add);
            return result;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String label(JsonNode alert, String name) {
        return alert.path("labels").path(name).asText();
    }

    private ObjectNode prometheusForTest(Path rules, int alertmanagerPort) throws IOException {
        ObjectNode config = (ObjectNode) YAML.readTree(DEPLOY.resolve("prometheus/prometheus.yml").toFile());
        ObjectNode global = (ObjectNode) config.with("global");
        global.put("scrape_interval", "2s");
        global.put("evaluation_interval", "2s");
        config.putArray("rule_files").add(rules.toString());
        for (JsonNode am : config.path("alerting").path("alertmanagers")) {
            ((ObjectNode) am.path("static_configs").get(0)).putArray("targets").add("127.0.0.1:" + alertmanagerPort);
        }
        JsonNode job = null;
        for (JsonNode candidate : config.path("scrape_configs")) {
            if ("cxone-agent-monitor".equals(candidate.path("job_name").asText())) {
                job = candidate;
            }
        }
        assertThat(job).as("prometheus.yml has a cxone-agent-monitor job").isNotNull();
        ((ObjectNode) job.path("static_configs").get(0)).putArray("targets").add(service.metricsTarget());
        ((ObjectNode) job).remove("scrape_interval");
        return config;
    }

    /** The shipped rules, every for: 2 s; the supervisor group must be there with all five alerts. */
    private ObjectNode rulesForTest() throws IOException {
        ObjectNode rules = (ObjectNode) YAML.readTree(DEPLOY.resolve("prometheus/cxone-agent-monitor.rules.yml").toFile());
        List<String> supervisorAlerts = new ArrayList<>();
        for (JsonNode group : rules.path("groups")) {
            ((ObjectNode) group).remove("interval");
            for (JsonNode rule : group.path("rules")) {
                if (rule.has("for")) {
                    ((ObjectNode) rule).put("for", "2s");
                }
                if ("cxone-supervisor".equals(group.path("name").asText())) {
                    supervisorAlerts.add(rule.path("alert").asText());
                }
            }
        }
        assertThat(supervisorAlerts).containsExactlyInAnyOrder("CXoneSkillNoAvailableAgent", "CXoneSkillOldestContactOverThreshold",
                "CXoneAgentUnavailableTooLong", "CXoneAgentNeverAvailable", "CXoneAgentFlapping");
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
            node.put("group_wait", "4s");
            node.put("group_interval", "2s");
            route.path("routes").forEach(SupervisorAlertsIT::shortenWaits);
        }
    }

    private <T extends AutoCloseable> T track(T resource) {
        running.add(resource);
        return resource;
    }
}
