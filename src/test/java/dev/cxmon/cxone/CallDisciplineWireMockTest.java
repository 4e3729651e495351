package dev.cxmon.cxone;

import static dev.cxmon.testing.CxoneAnswers.json;
import static dev.cxmon.testing.CxoneAnswers.tokenAnswer;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.cxmon.auth.CxoneSession;
import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.metrics.ApiRequestMetrics;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.WireMockPerTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rate limit, Retry-After, backoff and the request counter, over real HTTP against WireMock. */
@QuarkusTest
class CallDisciplineWireMockTest extends WireMockPerTest {

    private static final String SERVICES = "/incontactapi/services/v27.0";
    private static final String STATES_1001 = SERVICES + "/agents/1001/states";
    private static final String STATES_1002 = SERVICES + "/agents/1002/states";
    private static final String AGENT_1001 = SERVICES + "/agents/1001";
    private static final String STATE_JSON = "{\"agentStates\":[{\"agentId\":1001,\"agentStateId\":1}]}";
    /** Agent 1002's own record: a per-agent answer about another agent is refused as malformed. */
    private static final String STATE_JSON_1002 = "{\"agentStates\":[{\"agentId\":1002,\"agentStateId\":1}]}";

    @Inject
    MeterRegistry registry;

    @Inject
    ApiRequestMetrics requestMetrics;

    private final List<Long> sleeps = new CopyOnWriteArrayList<>();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    @BeforeEach
    void stubTheToken() {
        stubDiscoveryAndToken(token());
    }

    @AfterEach
    void removeRequestMeters() {
        // The application's registry is shared with the other tests, whose exposition must not see these.
        registry.getMeters().stream().filter(m -> m.getId().getName().equals(ApiRequestMetrics.REQUESTS)).toList()
                .forEach(registry::remove);
    }

    /** Real clock and sleep, every sleep recorded; the backoff's jitter fixed at one half. */
    private CxoneSession session(double perSecond, int maxRetries, Duration readTimeout) {
        Sleeper sleeper = nanos -> {
            sleeps.add(nanos);
            Sleeper.SYSTEM.sleepNanos(nanos);
        };
        ConnectionSettings settings = DemoSettings.forKey(server.baseUrl(), "key").withApiUrl(URI.create(server.baseUrl() + SERVICES))
                .withReadTimeout(readTimeout);
        CallPolicy policy = new CallPolicy(perSecond, maxRetries, () -> 0.5, System::nanoTime, sleeper);
        return new CxoneSession(settings, clients, requestMetrics.andThen(exchanges::add), Clock.systemUTC(), policy);
    }

    private CxoneSession session() {
        return session(0, 2, Duration.ofSeconds(5));
    }

    private static CxoneFailure failureOf(Runnable call) {
        try {
            call.run();
        } catch (CxoneCallException e) {
            return e.failure();
        }
        throw new AssertionError("expected a CxoneCallException");
    }

    private static long millisOf(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    // --- Retry-After ---

    @Test
    void a429FailsAtOnceAndPausesTheWholeSessionForItsRetryAfter() {
        server.stubFor(get(urlPathEqualTo(STATES_1001)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));
        server.stubFor(get(urlPathEqualTo(STATES_1002)).willReturn(json(STATE_JSON_1002)));
        CxoneSession session = session();
        session.tokens().current();

        CxoneFailure limited = failureOf(() -> session.api().agentState("1001"));
        assertThat(limited.kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(limited.cause()).isEqualTo(FailureCause.HTTP_STATUS);
        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(2));
        server.verify(1, getRequestedFor(urlPathEqualTo(STATES_1001)));
        assertThat(sleeps).as("a 429 is not retried, so nothing waited yet").isEmpty();

        long waited = millisOf(() -> assertThat(session.api().agentState("1002")).isPresent());
        assertThat(waited).as("the next call waits out the pause").isBetween(1_700L, 4_000L);
        server.verify(1, getRequestedFor(urlPathEqualTo(STATES_1002)));
    }

    @Test
    void aPauseLongerThanTheReadTimeoutFailsFastWithoutSendingAnything() {
        server.stubFor(get(urlPathEqualTo(STATES_1001)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));
        server.stubFor(get(urlPathEqualTo(STATES_1002)).willReturn(json(STATE_JSON_1002)));
        CxoneSession session = session(0, 2, Duration.ofSeconds(1));
        session.tokens().current();
        failureOf(() -> session.api().agentState("1001"));
        int sent = exchanges.size();

        long[] took = new long[1];
        CxoneFailure refused = failureOf(() -> took[0] = millisOf(() -> session.api().agentState("1002")));
        assertThat(refused.kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(refused.cause()).isEqualTo(FailureCause.CLIENT_RATE_LIMIT);
        assertThat(refused.message()).startsWith("client-side rate limit: paused by Retry-After until ")
                .contains("longer than the read timeout of 1000 ms");
        assertThat(refused.retryAfter()).hasValueSatisfying(left -> assertThat(left).isBetween(Duration.ofMillis(1), Duration.ofSeconds(2)));
        server.verify(0, getRequestedFor(urlPathEqualTo(STATES_1002)));
        assertThat(exchanges).as("a call not sent is no exchange").hasSize(sent);
    }

    @Test
    void a429WithoutRetryAfterPausesForOneSecond() {
        server.stubFor(get(urlPathEqualTo(STATES_1001)).willReturn(aResponse().withStatus(429)));
        server.stubFor(get(urlPathEqualTo(STATES_1002)).willReturn(json(STATE_JSON_1002)));
        CxoneSession session = session();
        session.tokens().current();
        failureOf(() -> session.api().agentState("1001"));
        assertThat(millisOf(() -> session.api().agentState("1002"))).isBetween(700L, 2_500L);
    }

    // --- client-side rate ---

    @Test
    void callsBeyondTheBurstAreSpacedAtTheRate() {
        server.stubFor(get(urlPathEqualTo(STATES_1001)).willReturn(json(STATE_JSON)));
        CxoneSession session = session(5, 0, Duration.ofSeconds(5));
        session.tokens().current();
        // At most 5 permits are in the bucket, so 8 calls need at least 3 more intervals of 200 ms.
        assertThat(millisOf(() -> {
            for (int i = 0; i < 8; i++) {
                session.api().agentState("1001");
            }
        })).isGreaterThanOrEqualTo(550L);
        server.verify(8, getRequestedFor(urlPathEqualTo(STATES_1001)));
    }

    @Test
    void theTokenRequestIsLimitedTooAndRefusedWhenItsPermitIsBeyondTheReadTimeout() {
        CxoneSession session = session(0.5, 0, Duration.ofSeconds(1));
        CxoneFailure refused = failureOf(() -> session.tokens().current());
        assertThat(refused.kind()).as("our own rate, not CXone's limit: a capacity problem").isEqualTo(FailureKind.NOT_POLLED);
        assertThat(refused.cause()).isEqualTo(FailureCause.CLIENT_RATE_LIMIT);
        assertThat(refused.exchange().operation()).isEqualTo("TOKEN");
        assertThat(refused.message()).matches("client-side rate limit: no permit for 1\\d{3} ms at 0\\.5 calls/s, "
                + "longer than the read timeout of 1000 ms");
        server.verify(0, postRequestedFor(urlPathEqualTo("/auth/token")));
    }

    // --- backoff ---

    @Test
    void a503IsRetriedWithBackoffAndThenSucceeds() {
        failTwiceThen(aResponse().withStatus(503), aResponse().withStatus(502), json(STATE_JSON));
        assertThat(session().api().agentState("1001")).isPresent();
        server.verify(3, getRequestedFor(urlPathEqualTo(STATES_1001)));
        assertThat(sleeps).as("full jitter at 0.5 of 100 ms, then of 200 ms").containsExactly(50_000_000L, 100_000_000L);
    }

    @Test
    void retriesStopAtMaxRetries() {
        server.stubFor(get(urlPathEqualTo(STATES_1001)).willReturn(aResponse().withStatus(503)));
        assertThat(failureOf(() -> session().api().agentState("1001")).kind()).isEqualTo(FailureKind.SERVER);
        server.verify(3, getRequestedFor(urlPathEqualTo(STATES_1001)));

        server.resetRequests();
        assertThat(failureOf(() -> session(0, 0, Duration.ofSeconds(5)).api().agentState("1001")).kind()).isEqualTo(FailureKind.SERVER);
        server.verify(1, getRequestedFor(urlPathEqualTo(STATES_1001)));
    }

    @Test
    void aResetConnectionIsRetried() {
        failTwiceThen(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), aResponse().withFault(Fault.EMPTY_RESPONSE), json(STATE_JSON));
        assertThat(session().api().agentState("1001")).isPresent();
        server.verify(3, getRequestedFor(urlPathEqualTo(STATES_1001)));
    }

    @Test
    void aTimeoutIsRetried() {
        failTwiceThen(json(STATE_JSON).withFixedDelay(1_500), json(STATE_JSON), json(STATE_JSON));
        assertThat(session(0, 2, Duration.ofMillis(500)).api().agentState("1001")).isPresent();
        server.verify(2, getRequestedFor(urlPathEqualTo(STATES_1001)));
        assertThat(exchanges).filteredOn(e -> e.url().endsWith("/agents/1001/states")).extracting(Exchange::status).containsExactly(0, 200);
    }

    @Test
    void clientErrorsAreNeverRetried() {
        for (int status : new int[] {400, 403, 404}) {
            server.resetRequests();
            server.stubFor(get(urlPathEqualTo(AGENT_1001)).willReturn(aResponse().withStatus(status)));
            CxoneFailure failure = failureOf(() -> session().api().agent("1001"));
            assertThat(failure.status()).isEqualTo(status);
            server.verify(1, getRequestedFor(urlPathEqualTo(AGENT_1001)));
        }
        assertThat(sleeps).isEmpty();
    }

    @Test
    void a401IsRetriedOnlyOnceWithAFreshTokenNeverWithBackoff() {
        server.stubFor(get(urlPathEqualTo(AGENT_1001)).willReturn(aResponse().withStatus(401)));
        assertThat(failureOf(() -> session().api().agent("1001")).kind()).isEqualTo(FailureKind.AUTH);
        server.verify(2, getRequestedFor(urlPathEqualTo(AGENT_1001)));
        server.verify(2, postRequestedFor(urlPathEqualTo("/auth/token")));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void theTokenPostIsNeverRetried() {
        List<Consumer<CxoneFailure>> expectations = new ArrayList<>();
        List<ResponseDefinitionBuilder> answers = List.of(aResponse().withStatus(503), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withStatus(429).withHeader("Retry-After", "0"));
        expectations.add(f -> assertThat(f.kind()).isEqualTo(FailureKind.SERVER));
        expectations.add(f -> assertThat(f.cause()).isEqualTo(FailureCause.CONNECTION_RESET));
        expectations.add(f -> assertThat(f.kind()).isEqualTo(FailureKind.RATE_LIMITED));
        for (int i = 0; i < answers.size(); i++) {
            server.resetRequests();
            server.stubFor(post("/auth/token").willReturn(answers.get(i)));
            CxoneSession session = session();
            expectations.get(i).accept(failureOf(() -> session.tokens().current()));
            server.verify(1, postRequestedFor(urlPathEqualTo("/auth/token")));
        }
        assertThat(sleeps).isEmpty();
    }

    // --- cxone_api_requests_total ---

    @Test
    void everyRequestIsCountedByOperationAndStatus() {
        failTwiceThen(aResponse().withStatus(503), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), json(STATE_JSON));
        server.stubFor(get(urlPathEqualTo(SERVICES + "/agents/states")).willReturn(aResponse().withStatus(304)));
        server.stubFor(get(urlPathEqualTo(STATES_1002)).willReturn(aResponse().withStatus(404)));
        CxoneSession session = session();
        session.api().agentState("1001");
        session.api().bulkStates(Optional.empty());
        failureOf(() -> session.api().agentState("1002"));

        assertThat(requests("openid_discovery", "200")).isEqualTo(1);
        assertThat(requests("token", "200")).isEqualTo(1);
        assertThat(requests("agent_state", "503")).isEqualTo(1);
        assertThat(requests("agent_state", "network")).isEqualTo(1);
        assertThat(requests("agent_state", "200")).isEqualTo(1);
        assertThat(requests("agent_state", "404")).isEqualTo(1);
        assertThat(requests("bulk_states", "304")).isEqualTo(1);
        double total = registry.find(ApiRequestMetrics.REQUESTS).counters().stream().mapToDouble(c -> c.count()).sum();
        assertThat(total).as("one count per request sent").isEqualTo(7).isEqualTo(exchanges.size());
    }

    private double requests(String operation, String status) {
        return registry.get(ApiRequestMetrics.REQUESTS).tags("operation", operation, "status", status).counter().count();
    }

    private void failTwiceThen(ResponseDefinitionBuilder first, ResponseDefinitionBuilder second, ResponseDefinitionBuilder third) {
        server.stubFor(get(urlPathEqualTo(STATES_1001)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("failed once"));
        server.stubFor(get(urlPathEqualTo(STATES_1001)).inScenario("flaky").whenScenarioStateIs("failed once")
                .willReturn(second).willSetStateTo("failed twice"));
        server.stubFor(get(urlPathEqualTo(STATES_1001)).inScenario("flaky").whenScenarioStateIs("failed twice").willReturn(third));
    }

    private static ResponseDefinitionBuilder token() {
        return json(tokenAnswer());
    }
}
