package dev.cxmon.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.config.ClientAuthMethod;
import dev.cxmon.config.ConfigProblem;
import dev.cxmon.config.ConfigValidator;
import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.cxone.RestClients;
import dev.cxmon.simulator.CxoneSimulator;
import dev.cxmon.simulator.Fault;
import dev.cxmon.simulator.FaultKind;
import dev.cxmon.simulator.SimulatorOptions;
import dev.cxmon.simulator.TlsOptions;
import dev.cxmon.testing.DemoSettings;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One scenario per diagnosis code, each over real HTTP against the CXone simulator (or a closed port, or
 * a TLS endpoint with an untrusted certificate). {@link #everyCodeHasAScenario()} keeps the table complete.
 */
@QuarkusTest
class DiagnosisCodesTest {

    private static final String AVAILABLE_USER_ID = "24c8e07c-255b-41d3-9a94-ce5f05124415";

    private static Vertx vertx;
    private static CxoneSimulator simulator;
    private static CxoneSimulator tlsSimulator;

    @Inject
    RestClients clients;

    /** How to set up and what to expect; {@code root} false means the code must be among the findings. */
    record Scenario(DiagnosisCode code, String ref, Function<String, ConnectionSettings> settings, Consumer<CxoneSimulator> faults,
            Optional<String> updatedSince, boolean root) {

        static Scenario root(DiagnosisCode code, String ref, String accessKey) {
            return new Scenario(code, ref, base -> DemoSettings.forKey(base, accessKey), s -> {}, Optional.empty(), true);
        }

        Scenario settings(Function<String, ConnectionSettings> other) {
            return new Scenario(code, ref, other, faults, updatedSince, root);
        }

        Scenario fault(Consumer<CxoneSimulator> setup) {
            return new Scenario(code, ref, settings, setup, updatedSince, root);
        }

        Scenario updatedSince(String since) {
            return new Scenario(code, ref, settings, faults, Optional.of(since), root);
        }

        Scenario amongFindings() {
            return new Scenario(code, ref, settings, faults, updatedSince, false);
        }

        @Override
        public String toString() {
            return code.name();
        }
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                Scenario.root(DiagnosisCode.CONFIG_INVALID, "1001", "demo-supervisor")
                        .settings(base -> DemoSettings.forKey(base, "demo-supervisor").withAuthUrl(URI.create(base + "/nowhere"))),
                Scenario.root(DiagnosisCode.TUTORIAL_ENDPOINT, "1001", "demo-supervisor")
                        .settings(base -> DemoSettings.forKey(base, "demo-supervisor").withApiUrl(URI.create("https://us-1.api.cxone.com/api/v2"))),
                Scenario.root(DiagnosisCode.HOST_UNREACHABLE, "1001", "demo-supervisor")
                        .settings(base -> DemoSettings.forKey("http://127.0.0.1:" + closedPort(), "demo-supervisor")),
                Scenario.root(DiagnosisCode.TLS_FAILURE, "1001", "demo-supervisor")
                        .settings(base -> DemoSettings.forKey(tlsSimulator.baseUrl(), "demo-supervisor")),
                Scenario.root(DiagnosisCode.INSECURE_TRANSPORT, "1001", "demo-supervisor")
                        .settings(base -> DemoSettings.forKey(base, "demo-supervisor")
                                .withApiUrl(URI.create("http://api-c32.example.invalid/incontactapi/services/v27.0"))),
                Scenario.root(DiagnosisCode.AUTH_INVALID_CREDENTIALS, "1001", "demo-supervisor")
                        .settings(base -> DemoSettings.forKey(base, "demo-supervisor", "not-the-secret")),
                Scenario.root(DiagnosisCode.TOKEN_EXPIRED, "1001", "demo-expired"),
                Scenario.root(DiagnosisCode.TOKEN_NO_USER_CONTEXT, "1001", "demo-nouser"),
                Scenario.root(DiagnosisCode.TOKEN_SCOPE_MISSING, "1001", "demo-noscope"),
                Scenario.root(DiagnosisCode.TOKEN_USER_MISMATCH, "1001", "demo-agent"),
                Scenario.root(DiagnosisCode.SKILL_ACTIVITY_SCOPE, "1001", "demo-noskills"),
                Scenario.root(DiagnosisCode.USER_NOT_FOUND, "nobody@demo.example", "demo-supervisor"),
                Scenario.root(DiagnosisCode.USER_NOT_AGENT, "notagent@demo.example", "demo-supervisor"),
                Scenario.root(DiagnosisCode.USER_ID_USED_AS_AGENT_ID, AVAILABLE_USER_ID, "demo-supervisor"),
                Scenario.root(DiagnosisCode.AGENT_NOT_FOUND, "9999", "demo-supervisor"),
                Scenario.root(DiagnosisCode.AGENT_INACTIVE, "1006", "demo-supervisor"),
                Scenario.root(DiagnosisCode.AGENT_NO_SKILLS, "1007", "demo-supervisor"),
                Scenario.root(DiagnosisCode.AGENT_LOGGED_OUT, "1005", "demo-supervisor"),
                Scenario.root(DiagnosisCode.AGENT_LOGGED_IN_NOT_AVAILABLE, "1002", "demo-supervisor"),
                Scenario.root(DiagnosisCode.AGENT_UNAVAILABLE, "1003", "demo-supervisor"),
                Scenario.root(DiagnosisCode.AGENT_AVAILABLE, "1001", "demo-supervisor"),
                Scenario.root(DiagnosisCode.AGENT_WORKING, "1004", "demo-supervisor"),
                Scenario.root(DiagnosisCode.BULK_UPDATED_SINCE_TOO_LATE, "1001", "demo-supervisor")
                        .updatedSince(Instant.now().plusSeconds(5).toString()),
                Scenario.root(DiagnosisCode.BULK_NOT_MODIFIED, "1001", "demo-supervisor").amongFindings(),
                Scenario.root(DiagnosisCode.BULK_NOT_VISIBLE, "1007", "demo-supervisor").amongFindings(),
                Scenario.root(DiagnosisCode.RATE_LIMITED, "1001", "demo-supervisor")
                        .fault(s -> s.faults().set(new Fault(FaultKind.RATE_LIMIT, 0, Duration.ofSeconds(7), -1, "/agents"))),
                Scenario.root(DiagnosisCode.SERVER_ERROR, "1001", "demo-supervisor")
                        .fault(s -> s.faults().set(new Fault(FaultKind.SERVER_ERROR, 503, null, -1, "/agents"))),
                Scenario.root(DiagnosisCode.MALFORMED_RESPONSE, "1001", "demo-supervisor")
                        .fault(s -> s.faults().set(Fault.of(FaultKind.HTML_BODY))));
    }

    @BeforeAll
    static void startSimulators() {
        vertx = Vertx.vertx();
        simulator = CxoneSimulator.start(vertx, SimulatorOptions.defaults());
        tlsSimulator = CxoneSimulator.start(vertx, SimulatorOptions.defaults()
                .withTls(new TlsOptions(Path.of("src/test/resources/tls/simulator-test.p12"), "changeit")));
    }

    @AfterAll
    static void stopSimulators() {
        simulator.close();
        tlsSimulator.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @AfterEach
    void clearFaults() {
        simulator.faults().clear();
    }

    @Test
    void everyCodeHasAScenario() {
        Set<DiagnosisCode> covered = scenarios().map(Scenario::code).collect(Collectors.toCollection(() -> EnumSet.noneOf(DiagnosisCode.class)));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(Arrays.asList(DiagnosisCode.values()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioProducesItsCode(Scenario scenario) {
        scenario.faults().accept(simulator);
        DiagnosisReport report = diagnose(scenario, Clock.systemUTC());

        List<DiagnosisCode> codes = report.findings().stream().map(Finding::code).toList();
        assertThat(codes).as("findings of " + scenario).contains(scenario.code());
        if (scenario.root()) {
            assertThat(report.rootCause()).as("root cause, findings " + codes).isEqualTo(scenario.code());
            assertThat(report.exitCode()).isEqualTo(report.findings().get(codes.indexOf(scenario.code())).severity().exitCode());
        }
        Finding finding = report.findings().get(codes.indexOf(scenario.code()));
        assertThat(finding.evidence()).as("evidence of " + scenario.code()).isNotEmpty();
        assertThat(finding.fix()).isNotBlank();
        assertThat(finding.docs()).isEqualTo("docs/diagnosis/" + scenario.code() + ".md");
    }

    @Test
    void rateLimitEvidenceShowsRetryAfter() {
        simulator.faults().set(new Fault(FaultKind.RATE_LIMIT, 0, Duration.ofSeconds(7), -1, "/agents"));
        DiagnosisReport report = diagnose(Scenario.root(DiagnosisCode.RATE_LIMITED, "1001", "demo-supervisor"), Clock.systemUTC());
        assertThat(report.findings().get(0).evidence()).anyMatch(line -> line.contains("Retry-After: 7 s"));
        assertThat(report.exitCode()).isEqualTo(3);
    }

    @Test
    void userIdIsResolvedToTheAgentIdItBelongsTo() {
        DiagnosisReport report = diagnose(Scenario.root(DiagnosisCode.USER_ID_USED_AS_AGENT_ID, AVAILABLE_USER_ID, "demo-supervisor"),
                Clock.systemUTC());
        assertThat(report.agentId()).isEqualTo(1001L);
        assertThat(report.verdict()).contains("use 1001");
        assertThat(report.findings().get(0).evidence()).anyMatch(line -> line.contains("available@demo.example"));
    }

    @Test
    void clientAuthenticationMethodMismatchIsNamed() {
        Scenario scenario = Scenario.root(DiagnosisCode.AUTH_INVALID_CREDENTIALS, "1001", "demo-supervisor")
                .settings(base -> DemoSettings.forKey(base, "demo-supervisor").withClientAuthMethod(ClientAuthMethod.POST));
        DiagnosisReport report = diagnose(scenario, Clock.systemUTC());
        assertThat(report.rootCause()).isEqualTo(DiagnosisCode.AUTH_INVALID_CREDENTIALS);
        assertThat(report.verdict()).contains("client_secret_basic").contains("client_secret_post");
        assertThat(report.fix()).contains("cxone.client-auth-method=basic");
    }

    @Test
    void expiredGivenTokenIsTokenExpired() {
        DiagnosisReport fresh = diagnose(Scenario.root(DiagnosisCode.TOKEN_EXPIRED, "1001", "demo-expired"), Clock.systemUTC());
        assertThat(fresh.rootCause()).isEqualTo(DiagnosisCode.TOKEN_EXPIRED);
        assertThat(fresh.findings().get(0).evidence()).anyMatch(line -> line.startsWith("claim exp="));
    }

    @Test
    void clockAheadOfCxoneIsExplained() {
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5));
        DiagnosisReport report = diagnose(Scenario.root(DiagnosisCode.AGENT_AVAILABLE, "1001", "demo-supervisor"), ahead);
        Finding late = report.findings().stream().filter(f -> f.code() == DiagnosisCode.BULK_UPDATED_SINCE_TOO_LATE).findFirst().orElseThrow();
        assertThat(late.severity()).isEqualTo(Severity.WARNING);
        assertThat(late.title()).contains("ahead of CXone");
    }

    @Test
    void bulkCheckShowsWhetherTheAgentIsListed() {
        DiagnosisReport report = diagnose(Scenario.root(DiagnosisCode.AGENT_AVAILABLE, "1001", "demo-supervisor"), Clock.systemUTC());
        Check bulk = report.checks().stream().filter(c -> c.name().equals("bulk states")).findFirst().orElseThrow();
        assertThat(bulk.summary()).contains("agent listed").contains("304 Not Modified");
        assertThat(report.evidence()).anyMatch(x -> x.url().contains("updatedSince=1970-01-01") && x.status() == 200);
        assertThat(report.exitCode()).isZero();
    }

    @Test
    void wrongApiBaseIsConfigurationNotAnUnknownAgent() {
        Scenario scenario = Scenario.root(DiagnosisCode.CONFIG_INVALID, "1001", "demo-supervisor")
                .settings(base -> DemoSettings.forKey(base, "demo-supervisor").withApiUrl(URI.create(base + "/incontactapi/servces/v27.0")));
        DiagnosisReport report = diagnose(scenario, Clock.systemUTC());
        assertThat(report.rootCause()).isEqualTo(DiagnosisCode.CONFIG_INVALID);
        assertThat(report.findings()).noneMatch(f -> f.code() == DiagnosisCode.AGENT_NOT_FOUND);
        assertThat(report.fix()).contains("cxone.api-url");
    }

    @Test
    void unsearchableDirectoryGivesUserNotFoundWithoutGuessing() {
        simulator.faults().set(new Fault(FaultKind.SERVER_ERROR, 404, null, -1, "/user-management/"));
        DiagnosisReport report = diagnose(Scenario.root(DiagnosisCode.USER_NOT_AGENT, "notagent@demo.example", "demo-supervisor"), Clock.systemUTC());
        assertThat(report.rootCause()).isEqualTo(DiagnosisCode.USER_NOT_FOUND);
        assertThat(report.findings().get(0).evidence()).anyMatch(line -> line.contains("does not guess"));
    }

    private DiagnosisReport diagnose(Scenario scenario, Clock clock) {
        ConnectionSettings settings = scenario.settings().apply(simulator.baseUrl());
        List<ConfigProblem> tutorial = ConfigValidator.tutorialEndpoints(Optional.of(settings.authUrl().toString()),
                settings.apiUrl().map(URI::toString));
        DiagnosisRequest request = new DiagnosisRequest(scenario.ref(), settings, List.of(), tutorial, scenario.updatedSince());
        return DiagnosisRules.evaluate(new EvidenceCollector(clients, clock).collect(request));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
