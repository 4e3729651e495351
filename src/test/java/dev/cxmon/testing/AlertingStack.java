package dev.cxmon.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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

/**
 * A real Prometheus and a real Alertmanager run with the project's deploy/ files, and a webhook receiver that takes
 * every notification, all on loopback.
 *
 * <p>The copies differ from the shipped files only where a test must: the scrape targets and the webhook URLs point
 * at this machine's ports, scrape and evaluation every 2 s, every alert's {@code for:} as the test asks (see
 * {@link #rulesWithFor}), and Alertmanager's group wait 4 s and group interval 2 s (the shipped ratio: the group wait
 * is twice the evaluation interval, so an inhibiting alert that fires one evaluation after its symptom still
 * inhibits it).
 */
public final class AlertingStack implements AutoCloseable {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DEPLOY = Path.of("deploy");
    private static final Duration READY_WITHIN = Duration.ofSeconds(30);

    private final WebhookReceiver webhook;
    private final List<ExternalServer> servers = new ArrayList<>();
    private int prometheusPort;

    private AlertingStack(WebhookReceiver webhook) {
        this.webhook = webhook;
    }

    /** The shipped rules with every {@code for:} set to the given duration and the groups' own intervals removed. */
    public static ObjectNode rulesWithFor(String alertFor) throws IOException {
        ObjectNode rules = (ObjectNode) YAML.readTree(DEPLOY.resolve("prometheus/cxone-agent-monitor.rules.yml").toFile());
        for (JsonNode group : rules.path("groups")) {
            ((ObjectNode) group).remove("interval");
            for (JsonNode rule : group.path("rules")) {
                if (rule.has("for")) {
                    ((ObjectNode) rule).put("for", alertFor);
                }
            }
        }
        return rules;
    }

    /**
     * Starts the webhook receiver, Alertmanager, then Prometheus evaluating the given rules and scraping the given
     * targets (host:port) as the cxone-agent-monitor job; returns when both binaries answer ready.
     */
    public static AlertingStack start(String workDirectoryPrefix, ObjectNode rules, List<String> scrapeTargets) throws Exception {
        Path prometheusBinary = ExternalServer.requireBinary("prometheus", "prometheus");
        Path alertmanagerBinary = ExternalServer.requireBinary("prometheus-alertmanager", "prometheus-alertmanager");
        Path work = Files.createTempDirectory(workDirectoryPrefix);
        AlertingStack stack = new AlertingStack(new WebhookReceiver());
        try {
            stack.startServers(work, prometheusBinary, alertmanagerBinary, rules, scrapeTargets);
            return stack;
        } catch (Exception | AssertionError e) {
            stack.close();
            throw e;
        }
    }

    private void startServers(Path work, Path prometheusBinary, Path alertmanagerBinary, ObjectNode rules, List<String> scrapeTargets)
            throws Exception {
        int alertmanagerPort = ServiceProcess.freePort();
        Path alertmanagerConfig = work.resolve("alertmanager.yml");
        YAML.writeValue(alertmanagerConfig.toFile(), alertmanagerForTest());
        servers.add(ExternalServer.start("alertmanager", List.of(alertmanagerBinary.toString(),
                "--config.file=" + alertmanagerConfig, "--storage.path=" + work.resolve("am-data"),
                "--web.listen-address=127.0.0.1:" + alertmanagerPort, "--cluster.listen-address="),
                URI.create("http://127.0.0.1:" + alertmanagerPort + "/-/ready"), READY_WITHIN));

        Path rulesFile = work.resolve("cxone-agent-monitor.rules.yml");
        YAML.writeValue(rulesFile.toFile(), rules);
        Path prometheusConfig = work.resolve("prometheus.yml");
        YAML.writeValue(prometheusConfig.toFile(), prometheusForTest(rulesFile, alertmanagerPort, scrapeTargets));
        prometheusPort = ServiceProcess.freePort();
        servers.add(ExternalServer.start("prometheus", List.of(prometheusBinary.toString(), "--config.file=" + prometheusConfig,
                "--storage.tsdb.path=" + work.resolve("prom-data"), "--web.listen-address=127.0.0.1:" + prometheusPort),
                URI.create("http://127.0.0.1:" + prometheusPort + "/-/ready"), READY_WITHIN));
    }

    /** The result of an instant query: one node per series, with "metric" and "value". */
    public List<JsonNode> query(String promql) throws IOException, InterruptedException {
        return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8), promql);
    }

    /** The result of a range query between two Unix times (seconds): one node per series, with "metric" and "values". */
    public List<JsonNode> queryRange(String promql, long start, long end, int stepSeconds) throws IOException, InterruptedException {
        return get("/api/v1/query_range?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8) + "&start=" + start + "&end=" + end
                + "&step=" + stepSeconds, promql);
    }

    /** The labels of every firing series of the alert in Prometheus' ALERTS. */
    public List<JsonNode> firing(String alertname) throws IOException, InterruptedException {
        return query("ALERTS{alertname=\"" + alertname + "\",alertstate=\"firing\"}").stream().map(s -> s.path("metric")).toList();
    }

    /** Every notification Alertmanager has sent to the webhook, in order of arrival. */
    public List<WebhookReceiver.Notification> notifications() {
        return webhook.received();
    }

    /** The alerts of the given status ("firing", "resolved") in every notification, whatever the receiver. */
    public List<JsonNode> deliveredAlerts(String status) throws IOException {
        return deliveredAlerts(status, null);
    }

    /** The alerts of the given status in the notifications sent to one webhook path (null: every path). */
    public List<JsonNode> deliveredAlerts(String status, String path) throws IOException {
        List<JsonNode> alerts = new ArrayList<>();
        for (WebhookReceiver.Notification notification : webhook.received()) {
            if (path != null && !path.equals(notification.path())) {
                continue;
            }
            for (JsonNode alert : JSON.readTree(notification.body()).path("alerts")) {
                if (status.equals(alert.path("status").asText())) {
                    alerts.add(alert);
                }
            }
        }
        return alerts;
    }

    /** A condition that may query the stack. */
    public interface Check {
        boolean holds() throws Exception;
    }

    /** Checks every 500 ms until the condition holds; fails when it still does not after the given time. */
    public static void await(Duration within, Check check) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return;
            }
            Thread.sleep(500);
        }
        assertThat(check.holds()).as("condition within " + within).isTrue();
    }

    private List<JsonNode> get(String pathAndQuery, String promql) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + prometheusPort + pathAndQuery);
        HttpResponse<String> response = TestHttp.client().send(HttpRequest.newBuilder(uri).timeout(TestHttp.REQUEST_TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("status").asText()).as(promql + " -> " + response.body()).isEqualTo("success");
        List<JsonNode> result = new ArrayList<>();
        body.path("data").path("result").forEach(result::add);
        return result;
    }

    private static ObjectNode prometheusForTest(Path rules, int alertmanagerPort, List<String> scrapeTargets) throws IOException {
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
        scrapeTargets.forEach(((ObjectNode) job.path("static_configs").get(0)).putArray("targets")::add);
        ((ObjectNode) job).remove("scrape_interval");
        return config;
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
            route.path("routes").forEach(AlertingStack::shortenWaits);
        }
    }

    /** Stops Prometheus, then Alertmanager, then the webhook receiver. */
    @Override
    public void close() throws Exception {
        for (int i = servers.size() - 1; i >= 0; i--) {
            servers.get(i).close();
        }
        webhook.close();
    }
}
