package dev.cxmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cxmon.testing.EchoingCxone;
import dev.cxmon.testing.JarRunner;
import dev.cxmon.testing.ServiceProcess;
import dev.cxmon.testing.TestHttp;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code diagnose} at DEBUG with distinctive secrets, through success and through the failures that
 * put request details into errors, and finds none of the secrets in any output: plain, URL-encoded, base64.
 */
class SecretLeakIT {

    static final String CLIENT_SECRET = "Cl1ent/Secret+Sauce=42!Zq";
    static final String KEY_SECRET = "AccessKey$ecret&Value/99?Xy";
    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}");

    static Path tenantFile;

    @BeforeAll
    static void writeTenantWithDistinctiveSecrets() throws IOException {
        String demo = Files.readString(Path.of("src/main/resources/simulator/demo-tenant.yaml"));
        String tenant = demo.replace("clientSecret: demo-client-secret", "clientSecret: \"" + CLIENT_SECRET + "\"")
                .replace("secret: demo-supervisor-secret", "secret: \"" + KEY_SECRET + "\"");
        assertThat(tenant).contains(CLIENT_SECRET).contains(KEY_SECRET);
        tenantFile = Files.createTempFile("leak-tenant", ".yaml");
        Files.writeString(tenantFile, tenant);
    }

    private static List<String> debugProps(String... more) {
        return JarRunner.anyPorts(concat(List.of(
                "-Dquarkus.log.level=DEBUG",
                "-Dquarkus.log.category.\"dev.cxmon\".level=DEBUG",
                "-Dcxone.simulator.enabled=true",
                "-Dcxone.simulator.tenant-file=" + tenantFile,
                "-Dcxone.client-id=demo-client",
                "-Dcxone.username=demo-supervisor"), more).toArray(String[]::new));
    }

    @Test
    void successfulDiagnosisLeaksNothing() {
        JarRunner.Result result = JarRunner.run(debugProps("-Dcxone.client-secret=" + CLIENT_SECRET, "-Dcxone.password=" + KEY_SECRET),
                List.of("diagnose", "--agent", "1001", "--json"));
        assertThat(result.stdout()).contains("AGENT_AVAILABLE");
        assertThat(result.stderr()).contains("DEBUG").as("the run really was at DEBUG level");
        assertNoSecrets(result.all(), CLIENT_SECRET, KEY_SECRET);
    }

    @Test
    void refusedAccessKeyLeaksNothing() {
        String wrongKeySecret = "Wr0ng/Key+Secret=Guess#1";
        JarRunner.Result result = JarRunner.run(debugProps("-Dcxone.client-secret=" + CLIENT_SECRET, "-Dcxone.password=" + wrongKeySecret),
                List.of("diagnose", "--agent", "1001", "--json"));
        assertThat(result.stdout()).contains("AUTH_INVALID_CREDENTIALS");
        assertNoSecrets(result.all(), CLIENT_SECRET, wrongKeySecret);
    }

    @Test
    void refusedClientAndMethodMismatchLeakNothing() {
        String wrongClientSecret = "Wr0ng/Client+Secret=Guess#2";
        JarRunner.Result wrongClient = JarRunner.run(debugProps("-Dcxone.client-secret=" + wrongClientSecret, "-Dcxone.password=" + KEY_SECRET),
                List.of("diagnose", "--agent", "1001"));
        assertThat(wrongClient.stdout()).contains("AUTH_INVALID_CREDENTIALS");
        assertNoSecrets(wrongClient.all(), wrongClientSecret, KEY_SECRET);

        JarRunner.Result mismatch = JarRunner.run(debugProps("-Dcxone.client-secret=" + CLIENT_SECRET, "-Dcxone.password=" + KEY_SECRET,
                "-Dcxone.client-auth-method=post"), List.of("diagnose", "--agent", "1001", "--json"));
        assertThat(mismatch.stdout()).contains("client_secret_basic");
        assertNoSecrets(mismatch.all(), CLIENT_SECRET, KEY_SECRET);
    }

    @Test
    void givenAccessTokenLeaksNothing() throws Exception {
        // The jar's own embedded simulator is out of reach, so a standalone one with the same tenant issues the token.
        var vertx = io.vertx.core.Vertx.vertx();
        var simulator = dev.cxmon.simulator.CxoneSimulator.start(vertx,
                dev.cxmon.simulator.SimulatorOptions.defaults().withTenantFile(tenantFile));
        try {
            String token = passwordGrant(simulator.baseUrl());
            JarRunner.Result result = JarRunner.run(JarRunner.anyPorts(
                    "-Dquarkus.log.level=DEBUG", "-Dcxone.simulator.enabled=false", "-Dcxone.auth-url=" + simulator.baseUrl(),
                    "-Dcxone.access-token=" + token), List.of("diagnose", "--agent", "1001", "--json"));
            assertThat(result.stdout()).contains("AGENT_AVAILABLE");
            assertNoSecrets(result.all(), token, CLIENT_SECRET, KEY_SECRET);
        } finally {
            simulator.close();
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    @Test
    void runningDaemonLeaksNothingThroughItsEndpointsOrLogs() throws Exception {
        String apiToken = "Api/Token+For=Diagnosis#77";
        Path logFile = Files.createTempFile("cxmon-daemon", ".log");
        try (ServiceProcess daemon = ServiceProcess.start("-Dquarkus.log.level=DEBUG", "-Dquarkus.log.category.\"dev.cxmon\".level=DEBUG",
                "-Dquarkus.log.file.enabled=true", "-Dquarkus.log.file.path=" + logFile, "-Dquarkus.log.file.level=DEBUG",
                "-Dcxone.poll.every=1s", "-Dcxone.simulator.enabled=true", "-Dcxone.simulator.tenant-file=" + tenantFile,
                "-Dcxone.client-id=demo-client", "-Dcxone.client-secret=" + CLIENT_SECRET, "-Dcxone.username=demo-supervisor",
                "-Dcxone.password=" + KEY_SECRET, "-Dcxone.api-token=" + apiToken)) {
            daemon.awaitMetrics(Duration.ofSeconds(30),
                    m -> m.valueOrZero("cxone_agent_state{agent_id=\"1001\",state=\"LOGGED_IN\"}") == 1.0);
            // Failures put request details into errors and logs: a 500 with a body, then a 401 that forces a new token.
            daemon.fault("{\"kind\":\"SERVER_ERROR\",\"status\":500,\"remaining\":3}");
            Thread.sleep(1_500);
            daemon.fault("{\"kind\":\"SERVER_ERROR\",\"status\":401,\"remaining\":2,\"pathContains\":\"/states\"}");
            Thread.sleep(3_000);
            // Bodies that end up quoted as evidence: a proxy's HTML page and a truncated document.
            daemon.fault("{\"kind\":\"HTML_BODY\",\"remaining\":4}");
            Thread.sleep(1_500);
            daemon.fault("{\"kind\":\"TRUNCATED_JSON\",\"remaining\":4}");
            Thread.sleep(1_500);

            StringBuilder exposed = new StringBuilder();
            for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live", "/q/info")) {
                exposed.append(get("http://127.0.0.1:" + daemon.management() + path, null));
            }
            exposed.append(get("http://127.0.0.1:" + daemon.http() + "/api/agents", "Bearer " + apiToken));
            String diagnosis = get("http://127.0.0.1:" + daemon.http() + "/api/agents/1001/diagnosis", "Bearer " + apiToken);
            assertThat(diagnosis).contains("rootCause");
            exposed.append(diagnosis);
            assertThat(exposed.toString()).contains("cxone_agent_state");

            daemon.process().destroy();
            daemon.process().waitFor();
            String log = Files.readString(daemon.log());
            assertThat(log).contains("DEBUG").as("the daemon really logged at DEBUG");
            assertThat(log).as("the 500s reached the log as an agent error").contains("ERROR (server)");
            assertThat(log).as("the broken bodies reached the log as agent errors").contains("ERROR (malformed)");
            String file = Files.readString(logFile);
            assertThat(file).as("the log file has the DEBUG lines too").contains("DEBUG").contains("ERROR (server)");
            assertNoSecrets(exposed + "\n" + log + "\n" + file, CLIENT_SECRET, KEY_SECRET, apiToken);
        } finally {
            Files.deleteIfExists(logFile);
        }
    }

    static final String HOSTILE_CLIENT = "hostile-client";
    static final String HOSTILE_KEY = "hostile-key";

    private static List<String> hostileProps(EchoingCxone hostile, String... more) {
        return JarRunner.anyPorts(concat(List.of(
                "-Dquarkus.log.level=DEBUG",
                "-Dquarkus.log.category.\"dev.cxmon\".level=DEBUG",
                "-Dcxone.simulator.enabled=false",
                "-Dcxone.auth-url=" + hostile.baseUrl(),
                "-Dcxone.client-id=" + HOSTILE_CLIENT,
                "-Dcxone.client-secret=" + CLIENT_SECRET,
                "-Dcxone.username=" + HOSTILE_KEY,
                "-Dcxone.password=" + KEY_SECRET), more).toArray(String[]::new));
    }

    /** Both forms of the Basic credentials a client_secret_basic request carries, raw and form-encoded before base64. */
    private static String[] basicPairs() {
        return new String[] {HOSTILE_CLIENT + ":" + CLIENT_SECRET,
            HOSTILE_CLIENT + ":" + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8)};
    }

    @Test
    void tokenEndpointEchoingTheRequestLeaksNothingIntoTheDiagnosis() throws Exception {
        try (EchoingCxone hostile = new EchoingCxone("unused")) {
            JarRunner.Result human = JarRunner.run(hostileProps(hostile), List.of("diagnose", "--agent", "1001"));
            JarRunner.Result json = JarRunner.run(hostileProps(hostile), List.of("diagnose", "--agent", "1001", "--json"));
            for (JarRunner.Result result : List.of(human, json)) {
                assertThat(result.stdout()).as("the refusal reached the report").contains("AUTH_INVALID_CREDENTIALS").contains("invalid_grant");
                assertNoSecrets(result.all(), CLIENT_SECRET, KEY_SECRET);
                assertNoSecrets(result.all(), basicPairs());
                assertNoBase64Hiding(result.all(), CLIENT_SECRET, KEY_SECRET);
                assertNoForgedLine(result.all());
            }
            assertThat(human.stdout()).as("the echo reached the human report, inline").contains(EchoingCxone.FORGED_MARKER);
        }
    }

    @Test
    void apiEchoingAGivenAccessTokenLeaksNothingIntoTheDiagnosis() throws Exception {
        String givenToken = "Giv3n/Access+Token=Opaque#55";
        try (EchoingCxone hostile = new EchoingCxone("unused")) {
            List<String> props = JarRunner.anyPorts("-Dquarkus.log.level=DEBUG", "-Dcxone.simulator.enabled=false",
                    "-Dcxone.auth-url=" + hostile.baseUrl(), "-Dcxone.api-url=" + hostile.baseUrl() + "/incontactapi/services/v27.0",
                    "-Dcxone.access-token=" + givenToken);
            JarRunner.Result human = JarRunner.run(props, List.of("diagnose", "--agent", "1001"));
            JarRunner.Result json = JarRunner.run(props, List.of("diagnose", "--agent", "1001", "--json"));
            for (JarRunner.Result result : List.of(human, json)) {
                assertThat(result.stdout()).as("the 500 reached the report").contains("server error");
                assertNoSecrets(result.all(), givenToken);
                assertNoBase64Hiding(result.all(), givenToken);
                assertNoForgedLine(result.all());
            }
        }
    }

    @Test
    void tenantDiscoveryEchoingTheIssuedTokenLeaksNothingIntoTheDiagnosis() throws Exception {
        String issued = EchoingCxone.unsignedJwt("hostile-tenant", "live-token-77");
        try (EchoingCxone hostile = new EchoingCxone(issued)) {
            hostile.issueTokens();
            JarRunner.Result human = JarRunner.run(hostileProps(hostile), List.of("diagnose", "--agent", "1001"));
            JarRunner.Result json = JarRunner.run(hostileProps(hostile), List.of("diagnose", "--agent", "1001", "--json"));
            for (JarRunner.Result result : List.of(human, json)) {
                assertThat(result.stdout()).as("the discovery failure reached the report").contains("server error");
                assertNoSecrets(result.all(), issued, CLIENT_SECRET, KEY_SECRET);
                assertNoBase64Hiding(result.all(), issued);
                assertNoForgedLine(result.all());
            }
        }
    }

    @Test
    void daemonFacingAnEchoingServerLeaksNothingThroughItsEndpointsOrLogs() throws Exception {
        String issued = "Issu3d/Opaque+Token=Live#88";
        try (EchoingCxone hostile = new EchoingCxone(issued)) {
            List<String> props = hostileProps(hostile, "-Dcxone.poll.every=1s", "-Dcxone.roster=1001,1002",
                    "-Dcxone.api-url=" + hostile.baseUrl() + "/incontactapi/services/v27.0");
            try (ServiceProcess daemon = ServiceProcess.start(props.stream().filter(p -> !p.contains(".port=0")).toArray(String[]::new))) {
                String refused = awaitAgents(daemon, "invalid_grant");
                String refusedHealth = get("http://127.0.0.1:" + daemon.management() + "/q/health", null);
                hostile.issueTokens();
                String echoed = awaitAgents(daemon, "server error");
                String echoedHealth = get("http://127.0.0.1:" + daemon.management() + "/q/health", null);
                String metrics = get("http://127.0.0.1:" + daemon.management() + "/q/metrics", null);
                daemon.process().destroy();
                daemon.process().waitFor();
                String log = Files.readString(daemon.log());
                assertThat(log).as("the refusal reached the log").contains("invalid_grant");
                assertThat(log).as("the API's echo reached the log").contains("server error");
                String exposed = String.join("\n", refused, refusedHealth, echoed, echoedHealth, metrics, log);
                assertNoSecrets(exposed, CLIENT_SECRET, KEY_SECRET, issued);
                assertNoSecrets(exposed, basicPairs());
                assertNoBase64Hiding(exposed, CLIENT_SECRET, KEY_SECRET, issued);
                assertNoForgedLine(exposed);
            }
        }
    }

    /** The status API's answer once an agent's last error mentions the text. */
    private static String awaitAgents(ServiceProcess daemon, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        String last = "";
        while (System.nanoTime() < deadline && daemon.process().isAlive()) {
            try {
                last = get("http://127.0.0.1:" + daemon.http() + "/api/agents", null);
                if (last.contains(text)) {
                    return last;
                }
            } catch (IOException notUpYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no agent error mentioning '" + text + "'; last answer: " + last + "\nlog:\n" + Files.readString(daemon.log()));
    }

    /** Server text may be quoted, but never as a line of its own that looks like the monitor's log. */
    static void assertNoForgedLine(String output) {
        for (String line : output.split("\r\n|\r|\n|\u0085|\u2028|\u2029", -1)) {
            assertThat(line).as("a line forged by server text").doesNotStartWith(EchoingCxone.FORGED_PREFIX);
        }
        assertThat(output).as("no terminal escape from server text").doesNotContain("\u001b");
    }

    /** Base64 hides a secret at any of three alignments inside a longer value (a Basic header, an encoded body). */
    static void assertNoBase64Hiding(String output, String... secrets) {
        java.util.regex.Matcher runs = Pattern.compile("[A-Za-z0-9+/_-]{8,}").matcher(output);
        while (runs.find()) {
            String run = runs.group();
            for (int start = 0; start < 4; start++) {
                String aligned = run.substring(start);
                aligned = aligned.substring(0, aligned.length() - aligned.length() % 4);
                for (Base64.Decoder decoder : List.of(Base64.getDecoder(), Base64.getUrlDecoder())) {
                    String decoded;
                    try {
                        decoded = new String(decoder.decode(aligned), StandardCharsets.ISO_8859_1);
                    } catch (IllegalArgumentException notThisAlphabet) {
                        continue;
                    }
                    for (String secret : secrets) {
                        assertThat(decoded).as("base64 in the output decodes to a secret: " + run)
                                .doesNotContain(secret).doesNotContain(URLEncoder.encode(secret, StandardCharsets.UTF_8));
                    }
                }
            }
        }
    }

    private static String get(String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TestHttp.REQUEST_TIMEOUT);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return TestHttp.client().send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String passwordGrant(String baseUrl) throws Exception {
        String form = "grant_type=password&username=demo-supervisor&password=" + URLEncoder.encode(KEY_SECRET, StandardCharsets.UTF_8);
        String pair = "demo-client:" + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8);
        String basic = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = TestHttp.client().send(HttpRequest.newBuilder(URI.create(baseUrl + "/auth/token")).timeout(TestHttp.REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(TestHttp.REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body()).path("access_token").asText();
    }

    static void assertNoSecrets(String output, String... secrets) {
        for (String secret : secrets) {
            for (String form : forms(secret)) {
                assertThat(output).as("output must not contain a form of a secret").doesNotContain(form);
            }
        }
        assertThat(JWT.matcher(output).find()).as("no JWT in the output").isFalse();
    }

    static List<String> forms(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        List<String> forms = new ArrayList<>();
        forms.add(secret);
        forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        forms.add(Base64.getEncoder().encodeToString(bytes));
        forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        return forms;
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
