package dev.cxmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cxmon.simulator.CxoneSimulator;
import dev.cxmon.simulator.SimulatorOptions;
import dev.cxmon.testing.JarRunner;
import dev.cxmon.testing.TestHttp;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The acceptance list of the diagnose command, run against the packaged jar exactly as documented. */
class DiagnoseCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UUID = "24c8e07c-255b-41d3-9a94-ce5f05124415";

    static Stream<Arguments> acceptance() {
        return Stream.of(
                Arguments.of("1001", List.of(), "AGENT_AVAILABLE", 0),
                Arguments.of("1002", List.of(), "AGENT_LOGGED_IN_NOT_AVAILABLE", 0),
                Arguments.of("1003", List.of(), "AGENT_UNAVAILABLE", 0),
                Arguments.of("1004", List.of(), "AGENT_WORKING", 0),
                Arguments.of("1005", List.of(), "AGENT_LOGGED_OUT", 0),
                Arguments.of("1006", List.of(), "AGENT_INACTIVE", 2),
                Arguments.of("notagent@demo.example", List.of(), "USER_NOT_AGENT", 2),
                Arguments.of("9999", List.of(), "AGENT_NOT_FOUND", 2),
                Arguments.of(UUID, List.of(), "USER_ID_USED_AS_AGENT_ID", 2),
                Arguments.of("1001", key("demo-noscope"), "TOKEN_SCOPE_MISSING", 2),
                Arguments.of("1001", key("demo-expired"), "TOKEN_EXPIRED", 2),
                Arguments.of("1001", List.of("-Dcxone.simulator.enabled=true", "-Dcxone.username=demo-supervisor",
                        "-Dcxone.password=wrong-secret"), "AUTH_INVALID_CREDENTIALS", 2),
                Arguments.of("1001", key("demo-agent"), "TOKEN_USER_MISMATCH", 2),
                Arguments.of("1001", List.of("-Dcxone.api-url=https://us-1.api.cxone.com/api/v2"), "TUTORIAL_ENDPOINT", 2),
                Arguments.of("1001", List.of("-Dcxone.auth-url=http://cxone.example.invalid", "-Dcxone.client-id=app",
                        "-Dcxone.client-secret=app-secret", "-Dcxone.username=key", "-Dcxone.password=key-secret"), "CONFIG_INVALID", 2),
                Arguments.of("1001", List.of("-Dcxone.api-url=http://api-c32.example.invalid/incontactapi/services/v27.0"),
                        "CONFIG_INVALID", 2));
    }

    private static List<String> key(String accessKey) {
        return List.of("-Dcxone.simulator.enabled=true", "-Dcxone.username=" + accessKey, "-Dcxone.password=" + accessKey + "-secret");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("acceptance")
    void diagnoseReportsTheRootCause(String agent, List<String> props, String rootCause, int exitCode) throws IOException {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts(props.toArray(String[]::new)), List.of("diagnose", "--agent", agent, "--json"));

        JsonNode report = JSON.readTree(result.stdout());
        assertThat(report.path("rootCause").asText()).as(result.stderr()).isEqualTo(rootCause);
        assertThat(result.exitCode()).isEqualTo(exitCode);
        assertThat(report.path("exitCode").asInt()).isEqualTo(exitCode);
        assertThat(report.path("findings").isArray()).isTrue();
    }

    @Test
    void plainHttpUrlIsAConfigErrorNamingTheKeyAndNothingIsSent() throws IOException {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts("-Dcxone.auth-url=http://cxone.example.invalid",
                "-Dcxone.client-id=app", "-Dcxone.client-secret=app-secret", "-Dcxone.username=key", "-Dcxone.password=key-secret"),
                List.of("diagnose", "--agent", "1001", "--json"));

        JsonNode report = JSON.readTree(result.stdout());
        assertThat(report.path("rootCause").asText()).as(result.stderr()).isEqualTo("CONFIG_INVALID");
        assertThat(report.path("findings").get(0).path("evidence").toString()).contains("cxone.auth-url").contains("plain HTTP");
        assertThat(report.path("evidence")).as("no call at all").isEmpty();
    }

    @Test
    void updatedSinceThatIsNoTimestampIsAUsageErrorCheckedBeforeAnyCall() throws IOException {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts(), List.of("diagnose", "--agent", "1001", "--updated-since", "yesterday",
                "--json"));

        JsonNode report = JSON.readTree(result.stdout());
        assertThat(report.path("rootCause").asText()).as(result.stderr()).isEqualTo("CONFIG_INVALID");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(report.path("findings").get(0).path("evidence").toString()).contains("--updated-since").contains("yesterday");
        assertThat(report.path("evidence")).as("no call at all").isEmpty();
    }

    /** The README's example against the embedded simulator, whose states are stamped when it starts. */
    @Test
    void readmeExampleOfALateUpdatedSinceHolds() throws IOException {
        String aMinuteFromNow = java.time.Instant.now().plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()
                .replace("Z", ".000Z");
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts(), List.of("diagnose", "--agent", "1001", "--updated-since",
                aMinuteFromNow, "--json"));

        JsonNode report = JSON.readTree(result.stdout());
        assertThat(report.path("rootCause").asText()).as(result.stderr()).isEqualTo("BULK_UPDATED_SINCE_TOO_LATE");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void humanOutputStartsWithTheVerdict() {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts(), List.of("diagnose", "--agent", "1002"));
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout().lines().findFirst().orElse("")).startsWith("AGENT_LOGGED_IN_NOT_AVAILABLE: ");
        assertThat(result.stdout()).contains("[ok]").contains("fix: ");
        assertThat(result.stdout()).as("logs stay on stderr").doesNotContain("[dev.cxmon.").doesNotContain("[io.quarkus]");
        assertThat(result.stderr()).contains("[dev.cxmon.demo.SimulatorLauncher]");
    }

    @Test
    void missingAgentIsAUsageError() {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts(), List.of("diagnose"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("--agent is required");
    }

    @Test
    void worksAgainstAnExternalServerSpeakingCxoneShapes() throws IOException {
        Vertx vertx = Vertx.vertx();
        CxoneSimulator external = CxoneSimulator.start(vertx, SimulatorOptions.defaults());
        try {
            JarRunner.Result result = JarRunner.run(JarRunner.anyPorts(
                    "-Dcxone.simulator.enabled=false",
                    "-Dcxone.auth-url=" + external.baseUrl(),
                    "-Dcxone.api-url=" + external.baseUrl() + "/incontactapi/services/v27.0",
                    "-Dcxone.client-id=demo-client", "-Dcxone.client-secret=demo-client-secret",
                    "-Dcxone.username=demo-supervisor", "-Dcxone.password=demo-supervisor-secret"),
                    List.of("diagnose", "--agent", "loggedin@demo.example", "--json"));
            JsonNode report = JSON.readTree(result.stdout());
            assertThat(report.path("rootCause").asText()).as(result.stderr()).isEqualTo("AGENT_LOGGED_IN_NOT_AVAILABLE");
            assertThat(report.path("agentId").asLong()).isEqualTo(1002);
            assertThat(external.requests().total()).isPositive();
            assertThat(result.stderr()).doesNotContain("Demo mode");
        } finally {
            external.close();
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    @Test
    void runsWhileTheDaemonIsRunning() throws Exception {
        int http = freePort();
        int management = freePort();
        Path daemonLog = Files.createTempFile("cxmon-daemon", ".log");
        List<String> command = JarRunner.command(List.of("-Dquarkus.http.port=" + http, "-Dquarkus.management.port=" + management), List.of());
        Process daemon = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(daemonLog.toFile()).start();
        try {
            HttpClient client = TestHttp.client();
            HttpResponse<String> live = waitForOk(client, URI.create("http://127.0.0.1:" + management + "/q/health/live"), daemon);
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(Files.readString(daemonLog)).contains("Demo mode");

            JarRunner.Result result = JarRunner.run(JarRunner.anyPorts(), List.of("diagnose", "--agent", "1003", "--json"));
            assertThat(JSON.readTree(result.stdout()).path("rootCause").asText()).as(result.stderr()).isEqualTo("AGENT_UNAVAILABLE");
            assertThat(daemon.isAlive()).isTrue();
        } finally {
            daemon.destroy();
            daemon.waitFor();
            Files.deleteIfExists(daemonLog);
        }
    }

    static HttpResponse<String> waitForOk(HttpClient client, URI uri, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<String> errors = new ArrayList<>();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response;
                }
            } catch (IOException notYet) {
                errors.add(notYet.getClass().getSimpleName());
            }
            Thread.sleep(200);
        }
        throw new AssertionError(uri + " never answered 200 (process alive: " + process.isAlive() + ")");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
