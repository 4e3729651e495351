package dev.cxmon.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cxmon.testing.PrometheusText;
import dev.cxmon.testing.ServiceProcess;
import dev.cxmon.testing.TestHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What the packaged daemon tells anyone who can reach its ports: the status API only with the API token when one is
 * set, no names in the metrics when asked, and health checks that say status and a fixed reason, never server text.
 */
class PersonalDataIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API_TOKEN = "personal-data-it-token";

    @Test
    void theStatusApiNeedsTheApiTokenAndTheMetricsCarryNoNames() throws Exception {
        try (ServiceProcess daemon = ServiceProcess.start("-Dcxone.api-token=" + API_TOKEN, "-Dcxone.metrics.agent-names=false")) {
            PrometheusText metrics = daemon.awaitMetrics(Duration.ofSeconds(30),
                    // Resolved, with the team from CXone: a poll cut short under load may export the rows before the names.
                    m -> m.all().keySet().stream().anyMatch(k -> k.startsWith("cxone_agent_info{agent_id=\"1003\"") && k.contains("team=\"Support\"")));
            String exposition = String.join("\n", metrics.all().keySet());
            // Resolved agents are known by their agent ID; only a roster entry that never resolved is shown as written.
            assertThat(exposition).as("no user name (e-mail address) in the metrics")
                    .doesNotContain("break@demo.example").doesNotContain("available@demo.example");
            assertThat(exposition).as("no full name in the metrics").doesNotContain("Bea Break");
            assertThat(metrics.all().keySet().stream().filter(k -> k.startsWith("cxone_agent_info{")))
                    .isNotEmpty().allMatch(k -> k.contains("user_name=\"\"") && k.contains("agent_name=\"\""));
            assertThat(metrics.all().keySet()).anyMatch(k -> k.startsWith("cxone_agent_info{agent_id=\"1003\"") && k.contains("team=\"Support\""));

            URI agents = URI.create("http://127.0.0.1:" + daemon.http() + "/api/agents");
            HttpResponse<String> anonymous = get(HttpRequest.newBuilder(agents));
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(anonymous.body()).doesNotContain("demo.example");
            assertThat(get(HttpRequest.newBuilder(agents).header("Authorization", "Bearer wrong")).statusCode()).isEqualTo(401);
            assertThat(get(HttpRequest.newBuilder(URI.create(agents + "/1003"))).statusCode())
                    .as("anything under /api/agents, one agent included").isEqualTo(401);
            HttpResponse<String> unknownAnonymous = get(HttpRequest.newBuilder(URI.create(agents + "/nobody")));
            assertThat(unknownAnonymous.statusCode()).as("even a ref that is not in the roster").isEqualTo(401);
            assertThat(unknownAnonymous.body()).doesNotContain("nobody");

            HttpResponse<String> allowed = get(HttpRequest.newBuilder(agents).header("Authorization", "Bearer " + API_TOKEN));
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(allowed.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(JSON.readTree(allowed.body()).findValuesAsText("ref")).contains("1003");
            HttpResponse<String> one = get(HttpRequest.newBuilder(URI.create(agents + "/break@demo.example"))
                    .header("Authorization", "Bearer " + API_TOKEN));
            assertThat(one.statusCode()).isEqualTo(200);
            assertThat(one.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(JSON.readTree(one.body()).path("agentId").asLong()).isEqualTo(1003);
            assertThat(JSON.readTree(one.body()).path("history").isArray()).isTrue();
        }
    }

    @Test
    void healthSaysStatusAndAFixedReasonNotTheServersText() throws Exception {
        try (ServiceProcess daemon = ServiceProcess.start("-Dcxone.simulator.enabled=true", "-Dcxone.client-id=demo-client",
                "-Dcxone.client-secret=demo-client-secret", "-Dcxone.username=demo-supervisor", "-Dcxone.password=not-the-secret")) {
            // Before the fix the failure was told as "tokenError" with the server's text; now as a code.
            JsonNode check = awaitReadinessCheck(daemon, c -> c.path("data").has("tokenFailure") || c.path("data").has("tokenError"));
            assertThat(check.path("status").asText()).isEqualTo("DOWN");
            assertThat(check.path("data").path("reason").asText()).isEqualTo("token_failed");
            assertThat(check.path("data").path("tokenFailure").asText()).isEqualTo("auth");
            Set<String> keys = new TreeSet<>();
            check.path("data").fieldNames().forEachRemaining(keys::add);
            assertThat(keys).isSubsetOf("reason", "tokenFailure", "tokenObtained", "staleAfterSeconds", "lastSuccess");
            assertThat(check.toString()).doesNotContain("invalid access key").doesNotContain("invalid_grant");
        }
    }

    private static JsonNode awaitReadinessCheck(ServiceProcess daemon, java.util.function.Predicate<JsonNode> condition) throws Exception {
        URI ready = URI.create("http://127.0.0.1:" + daemon.management() + "/q/health/ready");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            try {
                JsonNode body = JSON.readTree(get(HttpRequest.newBuilder(ready)).body());
                for (JsonNode check : body.path("checks")) {
                    if ("cxone-polling".equals(check.path("name").asText())) {
                        last = check;
                        if (condition.test(check)) {
                            return check;
                        }
                    }
                }
            } catch (java.io.IOException notUpYet) {
                // the management interface is not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("readiness check never matched; last: " + last);
    }

    private static HttpResponse<String> get(HttpRequest.Builder request) throws Exception {
        return TestHttp.client().send(request.timeout(TestHttp.REQUEST_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
