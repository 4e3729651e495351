package dev.cxmon.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A running simulator plus a real-socket HTTP client speaking to it. Registered as a JUnit extension
 * ({@code @RegisterExtension static final SimulatorHarness sim = SimulatorHarness.perClass();}) it runs for a whole
 * test class: started before its first test, closed after its last.
 */
final class SimulatorHarness implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    static final String API = "/incontactapi/services/v27.0/";
    static final ObjectMapper JSON = new ObjectMapper();

    Vertx vertx;
    CxoneSimulator simulator;
    HttpClient http;
    private final String bearerOf;
    private String bearer;

    private SimulatorHarness(String bearerOf) {
        this.bearerOf = bearerOf;
    }

    private SimulatorHarness(Vertx vertx, CxoneSimulator simulator, HttpClient http) {
        this.bearerOf = null;
        this.vertx = vertx;
        this.simulator = simulator;
        this.http = http;
    }

    static SimulatorHarness perClass() {
        return new SimulatorHarness(null);
    }

    /** Like {@link #perClass()}, with an access token of that demo access key obtained before the first test. */
    static SimulatorHarness perClassWithTokenOf(String accessKeyId) {
        return new SimulatorHarness(accessKeyId);
    }

    /** The token of {@link #perClassWithTokenOf}. */
    String bearer() {
        return bearer;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        SimulatorHarness started = start();
        vertx = started.vertx;
        simulator = started.simulator;
        http = started.http;
        if (bearerOf != null) {
            bearer = token(bearerOf);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    static SimulatorHarness start() {
        return start(SimulatorOptions.defaults());
    }

    static SimulatorHarness start(SimulatorOptions options) {
        return start(options, HttpClient.newBuilder());
    }

    static SimulatorHarness start(SimulatorOptions options, HttpClient.Builder client) {
        Vertx vertx = Vertx.vertx();
        try {
            CxoneSimulator simulator = CxoneSimulator.start(vertx, options);
            HttpClient http = client.version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            return new SimulatorHarness(vertx, simulator, http);
        } catch (RuntimeException e) {
            vertx.close();
            throw e;
        }
    }

    HttpResponse<String> get(String path) {
        return get(path, null);
    }

    HttpResponse<String> get(String path, String bearerToken) {
        HttpRequest.Builder request = request(path).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return send(request.build());
    }

    HttpResponse<String> api(String resource, String bearerToken) {
        return get(API + resource, bearerToken);
    }

    HttpResponse<String> send(String method, String path, String jsonBody) {
        HttpRequest.BodyPublisher body = jsonBody == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody);
        return send(request(path).header("Content-Type", "application/json").method(method, body).build());
    }

    /** A token request with the given form fields and optional Authorization header. */
    HttpResponse<String> tokenRequest(Map<String, String> form, String authorization) {
        HttpRequest.Builder request = request("/auth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    /** Password grant for an access key of the demo tenant, with client_secret_basic. */
    HttpResponse<String> passwordGrant(String accessKeyId) {
        return tokenRequest(passwordForm(accessKeyId, accessKeyId + "-secret"),
                basic(DemoTenant.CLIENT_ID, DemoTenant.CLIENT_SECRET));
    }

    /** An access token for a demo access key. */
    String token(String accessKeyId) {
        HttpResponse<String> response = passwordGrant(accessKeyId);
        assertThat(response.statusCode()).as("token for %s: %s", accessKeyId, response.body()).isEqualTo(200);
        return json(response).get("access_token").asText();
    }

    static Map<String, String> passwordForm(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("username", username);
        form.put("password", password);
        return form;
    }

    static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** The body of a 200 answer, as JSON; any other status fails the test. */
    static JsonNode okJson(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    /** The claims of a JWT, read without verification. */
    static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path)).timeout(Duration.ofSeconds(10));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            simulator.close();
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
