package dev.cxmon.cxone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.cxmon.testing.JsonTrees.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.cxmon.testing.JsonTrees;
import dev.cxmon.auth.CxoneSession;
import dev.cxmon.auth.IssuedToken;
import dev.cxmon.auth.OpenIdConfiguration;
import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.state.AgentStateKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Classification;
import dev.cxmon.testing.DemoSettings;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Property: whatever CXone answers over real HTTP, every public call of the client boundary returns a value or
 * throws {@link CxoneCallException} with a kind (MALFORMED for a 2xx it cannot read); nothing else escapes, and
 * unknown fields and state values are read past, not refused.
 *
 * <p>A @QuarkusTest because {@link RestClients} needs the Quarkus runtime, so the inputs come from jqwik
 * arbitraries sampled outside the jqwik engine, with a fixed seed; every assertion names the status and body.
 */
@QuarkusTest
class CxoneBoundaryPropertiesTest {

    private static final String SERVICES = "/incontactapi/services/v27.0";
    private static final int SAMPLES_PER_CALL = 200;
    private static final int WELL_FORMED_SAMPLES = 60;
    private static final String SEED = "20261125";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Real field names, so that arbitrary objects sometimes put arbitrary values where the client looks. */
    private static final List<String> KNOWN_FIELDS = List.of("agentStates", "agentState", "states", "resultSet", "lastPollTime",
            "agents", "totalRecords", "agentId", "agentStateId", "agentStateName", "outStateCode", "outStateDescription",
            "isActive", "agentSkillAssignments", "skills", "skillId", "skillName", "user", "users", "id", "userName",
            "access_token", "expires_in", "refresh_token", "id_token", "scope", "token_endpoint", "issuer", "api_endpoint",
            "error", "error_description");

    @Inject
    RestClients clients;

    private WireMockServer server;
    private StubMapping sampleStub;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().disableRequestJournal());
        server.start();
        server.stubFor(get("/.well-known/openid-configuration").willReturn(json(openIdDocument(server.baseUrl()).toString())));
        server.stubFor(post("/auth/token").willReturn(json(tokenAnswer(accessToken("1000")).toString())));
        server.stubFor(get(urlPathEqualTo("/.well-known/cxone-configuration")).willReturn(json(cxoneConfiguration(server.baseUrl()).toString())));
        server.stubFor(get(urlPathEqualTo(SERVICES + "/agents/states")).willReturn(json("{\"agentStates\":[]}")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    // --- the calls and what they are fed -------------------------------------------------------

    enum ApiCall {
        AGENT(SERVICES + "/agents/1001", agentsAnswer(), api -> api.agent("1001")),
        SEARCH_AGENTS(SERVICES + "/agents", agentsAnswer(), api -> api.searchAgents("jdoe")),
        AGENT_STATE(SERVICES + "/agents/1001/states", statesAnswers(1, 1).map(a -> about(1001, a).json()), api -> api.agentState("1001")),
        BULK_STATES(SERVICES + "/agents/states", statesAnswer(0, 4), api -> api.bulkStates(Optional.of("2026-11-25T09:59:00.000Z"))),
        AGENT_SKILLS(SERVICES + "/agents/1001/skills", skillsAnswer(), api -> api.agentSkills("1001")),
        USER("/user-management/v1/users/u-1", userAnswer(), api -> api.user("u-1")),
        SEARCH_USERS("/user-management/v1/users", usersAnswer(), api -> api.searchUsers("jdoe@example.com"));

        final String path;
        final Arbitrary<JsonNode> wellFormed;
        final Function<CxoneApi, Object> call;

        ApiCall(String path, Arbitrary<JsonNode> wellFormed, Function<CxoneApi, Object> call) {
            this.path = path;
            this.wellFormed = wellFormed;
            this.call = call;
        }
    }

    @ParameterizedTest
    @EnumSource(ApiCall.class)
    void anyAnswerToAnApiCallIsAValueOrATypedFailure(ApiCall call) {
        for (Sample sample : samples(answers(call.wellFormed), SAMPLES_PER_CALL)) {
            serve(get(urlPathEqualTo(call.path)), sample);
            Object result = assertValueOrTypedFailure(sample, () -> call.call.apply(newSession(true).api()));
            statesIn(result).forEach(record -> assertClassifies(record, sample));
        }
    }

    @Test
    void anyTokenAnswerIsATokenOrATypedFailure() {
        for (Sample sample : samples(answers(Arbitraries.just(tokenAnswer(accessToken("1000")))), SAMPLES_PER_CALL)) {
            serve(post("/auth/token"), sample);
            CxoneSession session = newSession(true);
            IssuedToken token = assertValueOrTypedFailure(sample, () -> session.tokens().current());
            if (token != null) {
                assertThat(token.authorizationHeader()).as(sample.toString()).startsWith("Bearer ");
                // A token it accepted must also be one it can send.
                assertValueOrTypedFailure(sample, () -> session.api().bulkStates(Optional.empty()));
            }
        }
    }

    @Test
    void anyOpenIdConfigurationIsAUsableTokenEndpointOrATypedFailure() {
        for (Sample sample : samples(answers(Arbitraries.just(openIdDocument(server.baseUrl()))), SAMPLES_PER_CALL)) {
            serve(get("/.well-known/openid-configuration"), sample);
            CxoneSession session = newSession(true);
            OpenIdConfiguration configuration = assertValueOrTypedFailure(sample, () -> session.tokens().openIdConfiguration());
            if (configuration != null) {
                // The endpoint is only used by the token request; it must fail typed there too, not as a URI error.
                assertValueOrTypedFailure(sample, () -> session.tokens().current());
            }
        }
    }

    @Test
    void anyTenantDiscoveryAnswerIsAnApiHostOrATypedFailure() {
        for (Sample sample : samples(answers(Arbitraries.just(cxoneConfiguration(server.baseUrl()))), SAMPLES_PER_CALL)) {
            serve(get(urlPathEqualTo("/.well-known/cxone-configuration")), sample);
            // The discovered host is only used by the next call; a host it accepted must be one it can call.
            assertValueOrTypedFailure(sample, () -> newSession(false).api().bulkStates(Optional.empty()));
        }
    }

    // --- tolerance: well-formed answers with unknown fields and values ---------------------------

    @Test
    void unknownFieldsAndUnknownStatesInBulkStatesAreReadNotRefused() {
        for (StatesAnswer answer : samples(statesAnswers(1, 5), WELL_FORMED_SAMPLES)) {
            serve(get(urlPathEqualTo(SERVICES + "/agents/states")), Sample.ok(answer.json()));
            BulkStates bulk = newSession(true).api().bulkStates(Optional.empty());
            assertThat(bulk.states()).as(answer.json().toString()).hasSameSizeAs(answer.rows());
            for (int i = 0; i < bulk.states().size(); i++) {
                assertReadAsSent(bulk.states().get(i), answer.rows().get(i), answer.json().toString());
            }
            assertThat(bulk.lastPollTime()).as(answer.json().toString()).contains(answer.lastPollTime());
            assertThat(bulk.notModified()).as(answer.json().toString()).isFalse();
        }
    }

    @Test
    void unknownFieldsAndUnknownStatesInOneAgentsStateAreReadNotRefused() {
        for (StatesAnswer answer : samples(statesAnswers(1, 1).map(a -> about(1001, a)), WELL_FORMED_SAMPLES)) {
            serve(get(urlPathEqualTo(SERVICES + "/agents/1001/states")), Sample.ok(answer.json()));
            AgentStateRecord record = newSession(true).api().agentState("1001").orElseThrow();
            assertReadAsSent(record, answer.rows().get(0), answer.json().toString());
        }
    }

    @Test
    void unknownFieldsInAgentsAnswersAreReadNotRefused() {
        Arbitrary<JsonNode> answers = Combinators.combine(agentsAnswer(), unknownFields(), unknownFields())
                .as((answer, envelopeExtras, recordExtras) -> {
                    ObjectNode copy = answer.deepCopy();
                    copy.get("agents").forEach(agent -> ((ObjectNode) agent).setAll(object(recordExtras)));
                    return copy.setAll(object(envelopeExtras));
                });
        for (JsonNode answer : samples(answers, WELL_FORMED_SAMPLES)) {
            serve(get(urlPathEqualTo(SERVICES + "/agents")), Sample.ok(answer));
            List<Long> sent = new ArrayList<>();
            answer.get("agents").forEach(agent -> sent.add(agent.get("agentId").longValue()));
            assertThat(newSession(true).api().searchAgents("jdoe")).as(answer.toString()).extracting(AgentRecord::agentId)
                    .containsExactlyElementsOf(sent);
        }
    }

    @Test
    void unknownFieldsInTheOpenIdConfigurationAreReadNotRefused() {
        for (Map<String, JsonNode> extras : samples(unknownFields(), WELL_FORMED_SAMPLES)) {
            JsonNode answer = openIdDocument(server.baseUrl()).setAll(object(extras));
            serve(get("/.well-known/openid-configuration"), Sample.ok(answer));
            assertThat(newSession(true).tokens().openIdConfiguration().tokenEndpoint()).as(answer.toString())
                    .isEqualTo(URI.create(server.baseUrl() + "/auth/token"));
        }
    }

    @Test
    void unknownFieldsInTheTokenAnswerAreReadNotRefused() {
        for (Map<String, JsonNode> extras : samples(unknownFields(), WELL_FORMED_SAMPLES)) {
            JsonNode answer = tokenAnswer(accessToken("1000")).setAll(object(extras));
            serve(post("/auth/token"), Sample.ok(answer));
            IssuedToken token = newSession(true).tokens().current();
            assertThat(token.authorizationHeader()).as(answer.toString()).isEqualTo("Bearer " + accessToken("1000"));
            assertThat(token.refreshToken()).as(answer.toString()).isPresent();
            assertThat(token.expiresAt()).as(answer.toString()).contains(CLOCK.instant().plusSeconds(3600));
        }
    }

    // --- what the properties found, as plain examples ---------------------------------------------

    @Test
    void aTokenEndpointThatIsNoUrlIsAMalformedDiscoveryAnswer() {
        for (JsonNode endpoint : List.of(F.numberNode(0), F.textNode("not a url"), F.textNode("/auth/token"))) {
            JsonNode answer = openIdDocument(server.baseUrl()).set("token_endpoint", endpoint);
            serve(get("/.well-known/openid-configuration"), Sample.ok(answer));
            assertThatThrownBy(() -> newSession(true).tokens().openIdConfiguration()).as(answer.toString())
                    .isInstanceOfSatisfying(CxoneCallException.class, e -> assertMalformedShape(e, "token_endpoint"));
        }
    }

    @Test
    void anApiEndpointThatIsNoUrlIsAMalformedTenantDiscovery() {
        JsonNode answer = cxoneConfiguration(server.baseUrl()).put("api_endpoint", -2);
        serve(get(urlPathEqualTo("/.well-known/cxone-configuration")), Sample.ok(answer));
        assertThatThrownBy(() -> newSession(false).api())
                .isInstanceOfSatisfying(CxoneCallException.class, e -> assertMalformedShape(e, "api_endpoint"));
    }

    @Test
    void anExpiresInBeyondAnyInstantCountsAsNoExpiry() {
        serve(post("/auth/token"), Sample.ok(tokenAnswer(accessToken("1000")).put("expires_in", Long.MAX_VALUE)));
        IssuedToken token = newSession(true).tokens().current();
        assertThat(token.authorizationHeader()).isEqualTo("Bearer " + accessToken("1000"));
        assertThat(token.expiresAt()).as("the token carries no exp claim either").isEmpty();
    }

    @Test
    void anAccessTokenNoHeaderCanCarryIsAMalformedTokenAnswer() {
        serve(post("/auth/token"), Sample.ok(tokenAnswer("abc\ndef-ghi")));
        assertThatThrownBy(() -> newSession(true).tokens().current())
                .isInstanceOfSatisfying(CxoneCallException.class, e -> assertMalformedShape(e, "access_token"));
    }

    private static void assertMalformedShape(CxoneCallException e, String field) {
        assertThat(e.failure().kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(e.failure().cause()).isEqualTo(FailureCause.UNEXPECTED_SHAPE);
        assertThat(e.failure().message()).contains(field);
    }

    // --- the property and its checks -------------------------------------------------------------

    /** The call's value, or null when it failed as it may: with a {@link CxoneCallException} that has a kind. */
    private static <T> T assertValueOrTypedFailure(Sample sample, Callable<T> call) {
        T value;
        try {
            value = call.call();
        } catch (CxoneCallException e) {
            FailureKind kind = e.failure().kind();
            assertThat(kind).as("kind of %s for %s", e.getMessage(), sample).isNotNull();
            if (sample.success()) {
                assertThat(kind).as("a 2xx can only fail as unreadable; %s for %s", e.getMessage(), sample).isEqualTo(FailureKind.MALFORMED);
            }
            return null;
        } catch (Throwable escaped) {
            throw new AssertionError("escaped the client boundary for " + sample + ": " + escaped, escaped);
        }
        assertThat(sample.status() == 200 && sample.body().surelyNotJson()).as("accepted as JSON: %s", sample).isFalse();
        return value;
    }

    private static List<AgentStateRecord> statesIn(Object result) {
        if (result instanceof BulkStates bulk) {
            return bulk.states();
        }
        if (result instanceof Optional<?> one && one.orElse(null) instanceof AgentStateRecord record) {
            return List.of(record);
        }
        return List.of();
    }

    private static void assertClassifies(AgentStateRecord record, Object evidence) {
        Classification classification;
        String label;
        try {
            classification = record.classify();
            label = record.stateLabel();
        } catch (RuntimeException escaped) {
            throw new AssertionError("classifying " + record + " threw, from " + evidence, escaped);
        }
        assertThat(classification.status()).as(evidence.toString()).isNotNull();
        assertThat(classification.availability()).as(evidence.toString()).isNotNull();
        assertThat(classification.kind()).as(evidence.toString()).isNotNull();
        assertThat(classification.reason()).as(evidence.toString()).isNotNull();
        assertThat(label).as(evidence.toString()).isNotNull();
    }

    private static void assertReadAsSent(AgentStateRecord record, StateRow sent, String body) {
        assertThat(record.agentId()).as(body).isEqualTo(sent.agentId());
        assertThat(record.agentStateId()).as(body).isEqualTo(sent.stateId());
        // Read as sent, on one line: server text never carries a control character past the parser.
        assertThat(record.agentStateName()).as(body).isEqualTo(Redactor.stripControls(sent.stateName()));
        assertClassifies(record, body);
        // A record that names a state means a session, even when the state is one we do not know; but no state has a
        // negative ID, so that record is malformed whatever its name says.
        assertThat(record.classify().status() == AgentStatus.ERROR).as(body).isEqualTo(sent.stateId() < 0);
        if (sent.unknownState()) {
            assertThat(record.classify().kind()).as(body).isEqualTo(AgentStateKind.UNKNOWN);
        }
    }

    // --- WireMock ----------------------------------------------------------------------------------

    /** A session of its own per sample: a 401 or 429 answer must not change how the next sample is called. */
    private CxoneSession newSession(boolean explicitApiUrl) {
        ConnectionSettings settings = DemoSettings.forKey(server.baseUrl(), "key");
        if (explicitApiUrl) {
            settings = settings.withApiUrl(URI.create(server.baseUrl() + SERVICES));
        }
        return new CxoneSession(settings, clients, ExchangeListener.NONE, CLOCK);
    }

    private void serve(MappingBuilder request, Sample sample) {
        if (sampleStub != null) {
            server.removeStub(sampleStub);
        }
        ResponseDefinitionBuilder response = aResponse().withStatus(sample.status()).withHeader("Content-Type", "application/json")
                .withBody(sample.body().text());
        sample.retryAfter().ifPresent(value -> response.withHeader("Retry-After", value));
        sampleStub = server.stubFor(request.atPriority(1).willReturn(response));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    // --- samples -----------------------------------------------------------------------------------

    record Body(String text, boolean surelyNotJson) {
        static Body of(JsonNode json) {
            return new Body(json.toString(), false);
        }
    }

    record Sample(int status, Body body, Optional<String> retryAfter) {
        static Sample ok(JsonNode json) {
            return new Sample(200, Body.of(json), Optional.empty());
        }

        boolean success() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return "HTTP " + status + retryAfter.map(r -> " Retry-After: " + r).orElse("") + " body: " + body.text();
        }
    }

    /** jqwik's samples draw from a thread-local random; seeding it makes every run serve the same answers. */
    private static <T> List<T> samples(Arbitrary<T> arbitrary, int count) {
        SourceOfRandomness.create(SEED);
        return arbitrary.sampleStream().limit(count).toList();
    }

    private static Arbitrary<Sample> answers(Arbitrary<JsonNode> wellFormed) {
        Arbitrary<Body> bodies = Arbitraries.frequencyOf(
                Tuple.of(1, wellFormed.map(Body::of)),
                Tuple.of(6, withOneValueReplaced(wellFormed).map(Body::of)),
                Tuple.of(2, anyJson().map(Body::of)),
                Tuple.of(2, notJson(wellFormed)),
                Tuple.of(1, oddButPerhapsJson()));
        // Without edge cases: they would favour the first and last status of the list over the others.
        Arbitrary<Integer> statuses = Arbitraries.frequencyOf(Tuple.of(20, Arbitraries.just(200)),
                Tuple.of(5, Arbitraries.of(201, 204, 304, 400, 401, 403, 404, 409, 429, 500, 502, 503))).withoutEdgeCases();
        Arbitrary<Optional<String>> retryAfter = Arbitraries.of("0", "3", "-5", "86400", "99999999999999999999", "soon",
                "Wed, 25 Nov 2026 10:01:00 GMT").optional(0.3).withoutEdgeCases();
        return Combinators.combine(statuses, bodies, retryAfter).as(Sample::new);
    }

    /** The well-formed answer with arbitrary JSON in one place (any depth) and unknown fields in one object. */
    private static Arbitrary<JsonNode> withOneValueReplaced(Arbitrary<JsonNode> wellFormed) {
        return Combinators.combine(wellFormed, Arbitraries.integers().between(0, 9_999), anyJson(), Arbitraries.integers().between(0, 9_999),
                arbitraryFields()).as((answer, slot, value, where, extras) -> {
                    JsonNode copy = answer.deepCopy();
                    List<Runnable> replacements = new ArrayList<>();
                    List<ObjectNode> objects = new ArrayList<>();
                    collect(copy, value, replacements, objects);
                    objects.get(where % objects.size()).setAll(object(extras));
                    replacements.get(slot % replacements.size()).run();
                    return copy;
                });
    }

    private static void collect(JsonNode node, JsonNode value, List<Runnable> replacements, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
            object.fieldNames().forEachRemaining(name -> {
                replacements.add(() -> object.set(name, value));
                collect(object.get(name), value, replacements, objects);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int at = i;
                replacements.add(() -> array.set(at, value));
                collect(array.get(i), value, replacements, objects);
            }
        }
    }

    /** Bodies no JSON parser accepts: every proper prefix of an object is unclosed; the rest are not JSON at all. */
    private static Arbitrary<Body> notJson(Arbitrary<JsonNode> wellFormed) {
        Arbitrary<String> truncated = Combinators.combine(wellFormed.map(JsonNode::toString), Arbitraries.doubles().between(0, 1))
                .as((text, cut) -> text.substring(0, 1 + (int) (cut * (text.length() - 2))));
        Arbitrary<String> garbage = Arbitraries.of("<html><body><h1>502 Bad Gateway</h1></body></html>", "Service Unavailable", "{",
                "[1,2", "}", "{\"agents\":[{\"agentId\":1}", "NaN", "undefined", "{'agentId':1}", "{\"agentId\":01}", "{\"a\" 1}",
                "{\"a\":}", "[,]", "\"unterminated", "tru", "nul", "-", "{\"agentStates\":[]", "\u0000");
        return Arbitraries.oneOf(truncated, garbage).map(text -> new Body(text, true));
    }

    /** Text that may or may not parse, and JSON a parser may refuse by its limits. */
    private static Arbitrary<Body> oddButPerhapsJson() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of(" ", "\n", "{} {}", "[] trailing", "1 2", "\uFEFF{}", "{\"agents\":[]}}",
                        "[".repeat(1_500) + "]".repeat(1_500),
                        "{\"agentId\":" + "9".repeat(1_200) + "}",
                        "{\"agentStates\":[{\"agentId\":1e999999999,\"agentStateId\":-0.0}]}"))
                .map(text -> new Body(text, false));
    }

    // --- arbitrary JSON ----------------------------------------------------------------------------

    private static Arbitrary<JsonNode> anyJson() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(KNOWN_FIELDS), Arbitraries.strings().ofMaxLength(6));
        return Arbitraries.recursive(CxoneBoundaryPropertiesTest::scalars, inner -> Arbitraries.oneOf(
                inner,
                inner.list().ofMaxSize(4).map(JsonTrees::array),
                Arbitraries.maps(names, inner).ofMaxSize(4).map(JsonTrees::object)), 0, 3);
    }

    /** Weighted towards the values that break readers: odd texts and numbers beyond int, long or double. */
    private static Arbitrary<JsonNode> scalars() {
        Arbitrary<JsonNode> anyText = Arbitraries.strings().ofMaxLength(20).map(F::textNode);
        Arbitrary<JsonNode> oddText = Arbitraries.of("1234", "1234.0", " 12 ", "True", "False", "1", "0", "", " ", "-1", "1e3",
                "1e999999999", "NaN", "Infinity", "LoggedOut", "Available", "After Call Work", "99999999999999999999",
                "2026-11-25T10:00:00.000Z", "http://", "://x", "https://", "not a url", "eyJ.eyJ.sig", "line\nbreak", "tab\tbed",
                "\u0001control", "caf\u00e9", "trailing\r\n").map(F::textNode);
        Arbitrary<JsonNode> ordinaryNumber = Arbitraries.oneOf(Arbitraries.integers().between(-2, 10).map(F::numberNode),
                Arbitraries.integers().map(F::numberNode), Arbitraries.doubles().map(F::numberNode));
        Arbitrary<JsonNode> extremeNumber = Arbitraries.oneOf(
                Arbitraries.longs().map(F::numberNode),
                Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, 100_000_000_000_000_000L, -100_000_000_000_000_000L).map(F::numberNode),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e300, -1e-300).map(F::numberNode),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40)).map(F::numberNode),
                Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("-1e-400"), new BigDecimal("1e18"), new BigDecimal("12.50"))
                        .map(F::numberNode));
        Arbitrary<JsonNode> other = Arbitraries.of(F.booleanNode(true), F.booleanNode(false), F.nullNode());
        return Arbitraries.frequencyOf(Tuple.of(2, anyText), Tuple.of(3, oddText), Tuple.of(2, ordinaryNumber), Tuple.of(3, extremeNumber),
                Tuple.of(1, other));
    }

    /** Field names CXone does not send, with arbitrary values. */
    private static Arbitrary<Map<String, JsonNode>> unknownFields() {
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(8).map(name -> "unknown" + name), anyJson()).ofMaxSize(3);
    }

    /** Any field names at all, the real ones included. */
    private static Arbitrary<Map<String, JsonNode>> arbitraryFields() {
        return Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(KNOWN_FIELDS), Arbitraries.strings().ofMaxLength(8)), anyJson())
                .ofMaxSize(3);
    }



    // --- CXone's answers, well formed ------------------------------------------------------------

    /** One state record as sent; an unknown state has an id outside 0..8 and a name CXone does not define. */
    record StateRow(long agentId, int stateId, String stateName, boolean unknownState, Map<String, JsonNode> unknownFields) {
        ObjectNode json() {
            return object(unknownFields).put("agentId", agentId).put("agentStateId", stateId).put("agentStateName", stateName)
                    .put("outStateDescription", "Break").put("isActive", true).put("lastUpdateTime", "2026-11-25T09:59:30.000Z");
        }
    }

    /** agentStateName by agentStateId as CXone defines them (0..8). */
    private static final List<String> KNOWN_STATE_NAMES = List.of("LoggedOut", "Available", "Unavailable", "InboundContact",
            "OutboundContact", "InboundConsult", "OutboundConsult", "Dialer", "LoggedIn");

    record StatesAnswer(List<StateRow> rows, String lastPollTime, JsonNode json) {}

    private static Arbitrary<StateRow> stateRows() {
        Arbitrary<Long> agentIds = Arbitraries.longs().between(1, 99_999_999_999L);
        Arbitrary<StateRow> known = Combinators.combine(agentIds, Arbitraries.integers().between(0, 8), unknownFields())
                .as((agentId, stateId, extras) -> new StateRow(agentId, stateId, KNOWN_STATE_NAMES.get(stateId), false, extras));
        Arbitrary<Integer> unknownIds = Arbitraries.oneOf(Arbitraries.integers().between(9, Integer.MAX_VALUE),
                Arbitraries.integers().between(Integer.MIN_VALUE, -1));
        Arbitrary<StateRow> unknown = Combinators.combine(agentIds, unknownIds, Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(16),
                unknownFields()).as((agentId, stateId, name, extras) -> new StateRow(agentId, stateId, "Custom " + name, true, extras));
        return Arbitraries.oneOf(known, unknown);
    }

    /** The same answer with its one record about the agent asked for: a per-agent answer about another agent is refused. */
    private static StatesAnswer about(long agentId, StatesAnswer answer) {
        StateRow row = answer.rows().get(0);
        JsonNode json = answer.json().deepCopy();
        JsonNode states = json.has("resultSet") ? json.get("resultSet") : json;
        ((ObjectNode) states.get(states.has("agentState") ? "agentState" : "agentStates").get(0)).put("agentId", agentId);
        return new StatesAnswer(List.of(new StateRow(agentId, row.stateId(), row.stateName(), row.unknownState(), row.unknownFields())),
                answer.lastPollTime(), json);
    }

    private static Arbitrary<StatesAnswer> statesAnswers(int minRecords, int maxRecords) {
        return Combinators.combine(stateRows().list().ofMinSize(minRecords).ofMaxSize(maxRecords), Arbitraries.of(true, false),
                unknownFields()).as((rows, resultSet, extras) -> {
                    String lastPollTime = "2026-11-25T10:00:00.000Z";
                    ArrayNode records = F.arrayNode();
                    rows.forEach(row -> records.add(row.json()));
                    ObjectNode states = object(extras);
                    states.set(resultSet ? "agentState" : "agentStates", records);
                    states.put("lastPollTime", lastPollTime);
                    JsonNode json = resultSet ? F.objectNode().set("resultSet", states) : states;
                    return new StatesAnswer(rows, lastPollTime, json);
                });
    }

    private static Arbitrary<JsonNode> statesAnswer(int minRecords, int maxRecords) {
        return statesAnswers(minRecords, maxRecords).map(StatesAnswer::json);
    }

    private static Arbitrary<JsonNode> agentsAnswer() {
        return Arbitraries.longs().between(1, 99_999_999_999L).list().ofMinSize(1).ofMaxSize(3).map(ids -> {
            ObjectNode answer = F.objectNode();
            ArrayNode agents = answer.putArray("agents");
            ids.forEach(id -> agents.addObject().put("agentId", id).put("userName", "agent" + id + "@example.com").put("firstName", "Jane")
                    .put("lastName", "Doe").put("isActive", true).put("teamId", 5001).put("teamName", "Support")
                    .put("userId", "6f1c0a3e-1111-2222-3333-444455556666"));
            return answer.put("totalRecords", ids.size());
        });
    }

    private static Arbitrary<JsonNode> skillsAnswer() {
        return Combinators.combine(Arbitraries.integers().between(1, 999_999).list().ofMaxSize(3), Arbitraries.of(true, false))
                .as((ids, resultSet) -> {
                    ObjectNode skills = F.objectNode();
                    ArrayNode list = skills.putArray("agentSkillAssignments");
                    ids.forEach(id -> list.addObject().put("skillId", id).put("skillName", "Skill " + id).put("isActive", true));
                    skills.put("totalRecords", ids.size());
                    return resultSet ? F.objectNode().set("resultSet", skills) : skills;
                });
    }

    private static ObjectNode userRecord(int n) {
        return F.objectNode().put("id", "u-" + n).put("userName", "jdoe" + n + "@example.com").put("firstName", "Jane")
                .put("lastName", "Doe").put("emailAddress", "jdoe@example.com").put("status", "ACTIVE").put("teamId", "5001");
    }

    private static Arbitrary<JsonNode> userAnswer() {
        return Arbitraries.integers().between(1, 99).map(n -> F.objectNode().set("user", userRecord(n)));
    }

    private static Arbitrary<JsonNode> usersAnswer() {
        return Arbitraries.integers().between(0, 3).map(count -> {
            ObjectNode answer = F.objectNode();
            ArrayNode users = answer.putArray("users");
            for (int n = 1; n <= count; n++) {
                users.add(userRecord(n));
            }
            return answer.put("totalRecords", count);
        });
    }

    private static ObjectNode tokenAnswer(String accessToken) {
        return F.objectNode().put("access_token", accessToken).put("token_type", "Bearer").put("expires_in", 3600)
                .put("refresh_token", "refresh-abc").put("scope", "RealTimeApi AdminApi").put("id_token", accessToken);
    }

    private static String accessToken(String icAgentId) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String payload = "{\"tenantId\":\"t-1\",\"userId\":\"u-1\",\"icAgentId\":\"" + icAgentId + "\"}";
        return base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    private static ObjectNode openIdDocument(String baseUrl) {
        return F.objectNode().put("issuer", baseUrl).put("token_endpoint", baseUrl + "/auth/token")
                .put("authorization_endpoint", baseUrl + "/auth/authorize").put("jwks_uri", baseUrl + "/auth/jwks");
    }

    private static ObjectNode cxoneConfiguration(String baseUrl) {
        return F.objectNode().put("api_endpoint", baseUrl).put("auth_endpoint", baseUrl).put("area", "na1");
    }
}
