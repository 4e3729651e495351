package dev.cxmon.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxmon.testing.PrometheusText;
import dev.cxmon.testing.ServiceProcess;
import dev.cxmon.testing.TestHttp;
import dev.cxmon.testing.TestTls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The README's example for the management interface, on the packaged jar: TLS from a PKCS#12 key store through the TLS
 * registry, and /q/metrics only for a user with basic auth (an embedded user, as a Kubernetes Secret would give it).
 * Health stays open for the kubelet.
 */
class ManagementTlsIT {

    private static final Path KEY_STORE = Path.of("src/test/resources/tls/simulator-test.p12");
    private static final String KEY_STORE_PASSWORD = "changeit";
    private static final String USER = "prometheus";
    private static final String PASSWORD = "scrape-it-secret";

    @Test
    void metricsNeedBasicAuthOverTls() throws Exception {
        try (ServiceProcess daemon = ServiceProcess.start(
                "-Dquarkus.management.tls-configuration-name=management",
                "-Dquarkus.tls.management.key-store.p12.path=" + KEY_STORE.toAbsolutePath(),
                "-Dquarkus.tls.management.key-store.p12.password=" + KEY_STORE_PASSWORD,
                "-Dquarkus.management.auth.permission.metrics.paths=/q/metrics,/q/metrics/*",
                "-Dquarkus.management.auth.permission.metrics.policy=authenticated",
                "-Dquarkus.security.users.embedded.plain-text=true",
                "-Dquarkus.security.users.embedded.users." + USER + "=" + PASSWORD)) {
            HttpClient tls = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                    .sslContext(TestTls.trusting(KEY_STORE, KEY_STORE_PASSWORD)).build();
            URI metrics = URI.create("https://127.0.0.1:" + daemon.management() + "/q/metrics");
            HttpResponse<String> withAuth = await(daemon, () -> tls.send(get(metrics).header("Authorization", basic(USER, PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofString()));
            assertThat(withAuth.statusCode()).isEqualTo(200);
            assertThat(PrometheusText.parse(withAuth.body()).all()).containsKey("cxone_roster_agents");

            HttpResponse<String> without = tls.send(get(metrics).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(without.statusCode()).isEqualTo(401);
            assertThat(without.headers().firstValue("WWW-Authenticate").orElse("")).startsWithIgnoringCase("basic");
            assertThat(without.body()).doesNotContain("cxone_");
            assertThat(tls.send(get(metrics).header("Authorization", basic(USER, "wrong")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(401);

            HttpResponse<String> health = tls.send(get(URI.create("https://127.0.0.1:" + daemon.management() + "/q/health/live")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as("probes need no credentials").isEqualTo(200);

            assertThatThrownBy(() -> TestHttp.client().send(get(URI.create("http://127.0.0.1:" + daemon.management() + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("no plain HTTP on the management port once TLS is on").isInstanceOf(IOException.class);
        }
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /** Until the management interface listens. */
    private static HttpResponse<String> await(ServiceProcess daemon, Call call) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline && daemon.process().isAlive()) {
            try {
                return call.send();
            } catch (IOException notUpYet) {
                last = notUpYet;
                Thread.sleep(250);
            }
        }
        throw new AssertionError("management interface not reachable over TLS: " + last + "\nlog:\n" + Files.readString(daemon.log()));
    }

    private static HttpRequest.Builder get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TestHttp.REQUEST_TIMEOUT).GET();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
