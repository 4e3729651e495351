package dev.cxmon.cxone;

import static dev.cxmon.testing.JsonTrees.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FailureMapperTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private static Exchange exchange(Operation op, int status) {
        return new Exchange(op.name(), "GET", "https://api-c32.incontact.com/incontactapi/services/v27.0/agents/1234/states",
                status, 42, "application/json", "");
    }

    private static HttpReply reply(Operation op, int status, String body) {
        return reply(op, status, body, Optional.empty());
    }

    private static HttpReply reply(Operation op, int status, String body, Optional<String> retryAfter) {
        return new HttpReply(op, status, "application/json", body, retryAfter, exchange(op, status));
    }

    private static CxoneFailure map(Operation op, int status) {
        return FailureMapper.fromStatus(reply(op, status, ""), null);
    }

    static Stream<Operation> agentOperations() {
        return Arrays.stream(Operation.values()).filter(Operation::aboutOneAgent);
    }

    static Stream<Operation> nonAgentOperations() {
        return Arrays.stream(Operation.values()).filter(op -> !op.aboutOneAgent() && op != Operation.TOKEN);
    }

    static Stream<Arguments> clientErrors() {
        return Stream.of(
                agentOperations().map(op -> Arguments.of(op, 404, FailureKind.AGENT_ID, "not found")),
                agentOperations().map(op -> Arguments.of(op, 400, FailureKind.AGENT_ID, "rejected as malformed")),
                nonAgentOperations().map(op -> Arguments.of(op, 400, FailureKind.MALFORMED, "unexpected HTTP status")))
                .flatMap(rows -> rows);
    }

    @Test
    void agentOperationsAreThoseNamedByAnId() {
        assertThat(agentOperations()).containsExactlyInAnyOrder(Operation.AGENT, Operation.AGENT_STATE, Operation.AGENT_SKILLS,
                Operation.USER);
    }

    @Nested
    class Statuses {

        @ParameterizedTest
        @EnumSource(Operation.class)
        void unauthorizedIsAuthEverywhere(Operation op) {
            CxoneFailure f = map(op, 401);
            assertThat(f.kind()).isEqualTo(FailureKind.AUTH);
            assertThat(f.cause()).isEqualTo(FailureCause.HTTP_STATUS);
            assertThat(f.message()).startsWith("authentication refused");
            assertThat(f.status()).isEqualTo(401);
        }

        @ParameterizedTest
        @MethodSource("dev.cxmon.cxone.FailureMapperTest#agentOperations")
        void forbiddenOnAgentOperationIsScope(Operation op) {
            CxoneFailure f = map(op, 403);
            assertThat(f.kind()).isEqualTo(FailureKind.SCOPE);
            assertThat(f.message()).contains("lacks a permission");
        }

        @ParameterizedTest
        @MethodSource("dev.cxmon.cxone.FailureMapperTest#nonAgentOperations")
        void forbiddenOnOtherOperationIsScope(Operation op) {
            assertThat(map(op, 403).kind()).isEqualTo(FailureKind.SCOPE);
        }

        /** 404 and 400 on a call about one agent: its ID is wrong; 400 on any other call: an unexpected answer. */
        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("dev.cxmon.cxone.FailureMapperTest#clientErrors")
        void clientErrorsByOperation(Operation op, int status, FailureKind kind, String messageStart) {
            CxoneFailure f = map(op, status);
            assertThat(f.kind()).isEqualTo(kind);
            assertThat(f.message()).startsWith(messageStart);
        }

        @ParameterizedTest
        @MethodSource("dev.cxmon.cxone.FailureMapperTest#nonAgentOperations")
        void notFoundOnOtherOperationIsMalformedEndpoint(Operation op) {
            CxoneFailure f = map(op, 404);
            assertThat(f.kind()).isEqualTo(FailureKind.MALFORMED);
            assertThat(f.cause()).isEqualTo(FailureCause.HTTP_STATUS);
            assertThat(f.message()).contains("no such endpoint");
        }

        @ParameterizedTest
        @ValueSource(ints = {500, 502, 503, 504, 599})
        void serverErrors(int status) {
            for (Operation op : Operation.values()) {
                CxoneFailure f = map(op, status);
                assertThat(f.kind()).as("%s %d", op, status).isEqualTo(FailureKind.SERVER);
                assertThat(f.message()).startsWith("server error");
            }
        }

        @ParameterizedTest
        @ValueSource(ints = {204, 302, 304, 405, 409, 415, 422})
        void otherStatusesAreMalformed(int status) {
            assertThat(map(Operation.BULK_STATES, status).kind()).isEqualTo(FailureKind.MALFORMED);
            assertThat(map(Operation.BULK_STATES, status).message()).startsWith("unexpected HTTP status");
        }

        @Test
        void exchangeIsCarriedAsEvidence() {
            HttpReply r = reply(Operation.AGENT_STATE, 404, "");
            CxoneFailure f = FailureMapper.fromStatus(r, null);
            assertThat(f.exchange()).isSameAs(r.exchange());
            assertThat(f.retryAfter()).isEmpty();
            assertThat(f.oauthError()).isEmpty();
            assertThat(f.describe()).startsWith("GET https://api-c32.incontact.com").contains("HTTP 404").endsWith(": not found");
        }
    }

    @Nested
    class Token {

        @Test
        void badRequestIsAuthWithOauthError() {
            HttpReply r = reply(Operation.TOKEN, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"bad access key\"}");
            CxoneFailure f = FailureMapper.fromStatus(r, JsonBodies.errorBody(r));
            assertThat(f.kind()).isEqualTo(FailureKind.AUTH);
            assertThat(f.oauthError()).contains("invalid_grant");
            assertThat(f.message()).isEqualTo("authentication refused (invalid_grant: bad access key)");
        }

        @Test
        void invalidClientWithoutDescription() {
            HttpReply r = reply(Operation.TOKEN, 400, "{\"error\":\"invalid_client\"}");
            CxoneFailure f = FailureMapper.fromStatus(r, JsonBodies.errorBody(r));
            assertThat(f.oauthError()).contains("invalid_client");
            assertThat(f.message()).isEqualTo("authentication refused (invalid_client)");
        }

        @Test
        void forbiddenTokenIsAuthNotScope() {
            assertThat(map(Operation.TOKEN, 403).kind()).isEqualTo(FailureKind.AUTH);
        }

        @Test
        void notFoundTokenEndpointIsMalformed() {
            assertThat(map(Operation.TOKEN, 404).kind()).isEqualTo(FailureKind.MALFORMED);
            assertThat(map(Operation.TOKEN, 404).message()).contains("no such endpoint");
        }

        @Test
        void nonJsonErrorBodyGivesNoOauthError() {
            HttpReply r = new HttpReply(Operation.TOKEN, 400, "text/html", "<html>Bad Request</html>", Optional.empty(),
                    exchange(Operation.TOKEN, 400));
            CxoneFailure f = FailureMapper.fromStatus(r, JsonBodies.errorBody(r));
            assertThat(f.kind()).isEqualTo(FailureKind.AUTH);
            assertThat(f.oauthError()).isEmpty();
            assertThat(f.message()).isEqualTo("authentication refused");
        }

        @Test
        void errorAsObjectIsIgnored() {
            HttpReply r = reply(Operation.TOKEN, 400, "{\"error\":{\"code\":1}}");
            assertThat(FailureMapper.fromStatus(r, JsonBodies.errorBody(r)).oauthError()).isEmpty();
        }

        @Test
        void oauthErrorOnOtherStatusesToo() {
            HttpReply r = reply(Operation.AGENT_STATE, 401, "{\"error\":\"invalid_token\",\"error_description\":\"expired\"}");
            CxoneFailure f = JsonBodies.statusFailure(r).failure();
            assertThat(f.kind()).isEqualTo(FailureKind.AUTH);
            assertThat(f.oauthError()).contains("invalid_token");
            assertThat(f.message()).endsWith("(invalid_token: expired)");
        }
    }

    @Nested
    class RateLimit {

        @Test
        void retryAfterSeconds() {
            CxoneFailure f = FailureMapper.fromStatus(reply(Operation.BULK_STATES, 429, "", Optional.of("30")), null);
            assertThat(f.kind()).isEqualTo(FailureKind.RATE_LIMITED);
            assertThat(f.cause()).isEqualTo(FailureCause.HTTP_STATUS);
            assertThat(f.retryAfter()).contains(Duration.ofSeconds(30));
            assertThat(f.message()).startsWith("rate limited");
        }

        @Test
        void retryAfterWithWhitespace() {
            assertThat(FailureMapper.parseRetryAfter(" 7 ")).contains(Duration.ofSeconds(7));
            assertThat(FailureMapper.parseRetryAfter("0")).contains(Duration.ZERO);
        }

        @Test
        void retryAfterHttpDateInTheFuture() {
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(120));
            assertThat(date).endsWith("GMT");
            CxoneFailure f = FailureMapper.fromStatus(reply(Operation.AGENT_STATE, 429, "", Optional.of(date)), null);
            assertThat(f.kind()).isEqualTo(FailureKind.RATE_LIMITED);
            assertThat(f.retryAfter()).hasValueSatisfying(d ->
                    assertThat(d).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(121)));
        }

        @Test
        void retryAfterFixedHttpDate() {
            // RFC 9110's own example; long past, so no wait
            assertThat(FailureMapper.parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT")).contains(Duration.ZERO);
        }

        @Test
        void retryAfterHttpDateInThePastIsZero() {
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusHours(1));
            assertThat(FailureMapper.parseRetryAfter(date)).contains(Duration.ZERO);
        }

        @ParameterizedTest
        @ValueSource(strings = {"-5", "soon", "", "1.5", "2025-01-01T00:00:00Z"})
        void unusableRetryAfter(String value) {
            assertThat(FailureMapper.parseRetryAfter(value)).isEmpty();
        }

        @Test
        void missingRetryAfter() {
            CxoneFailure f = FailureMapper.fromStatus(reply(Operation.BULK_STATES, 429, ""), null);
            assertThat(f.kind()).isEqualTo(FailureKind.RATE_LIMITED);
            assertThat(f.retryAfter()).isEmpty();
        }

        @Test
        void retryAfterIgnoredForOtherStatuses() {
            CxoneFailure f = FailureMapper.fromStatus(reply(Operation.BULK_STATES, 503, "", Optional.of("30")), null);
            assertThat(f.kind()).isEqualTo(FailureKind.SERVER);
            assertThat(f.retryAfter()).isEmpty();
        }
    }

    @Nested
    class Throwables {

        private final Exchange noAnswer = new Exchange("AGENT_STATE", "GET", "https://api-c32.incontact.com/x", 0, 5000, null, null);

        private CxoneFailure map(Throwable t) {
            CxoneFailure f = FailureMapper.fromThrowable(t, noAnswer, READ_TIMEOUT);
            assertThat(f.kind()).isEqualTo(FailureKind.NETWORK);
            assertThat(f.exchange()).isSameAs(noAnswer);
            assertThat(f.status()).isZero();
            assertThat(f.retryAfter()).isEmpty();
            assertThat(f.oauthError()).isEmpty();
            return f;
        }

        static Stream<Arguments> wrappedCauses() {
            return Stream.of(
                    Arguments.of(new UnknownHostException("us-1.api.cxone.com"), FailureCause.DNS),
                    Arguments.of(new ConnectException("Connection refused"), FailureCause.CONNECTION_REFUSED),
                    Arguments.of(new SSLHandshakeException("PKIX path building failed"), FailureCause.TLS),
                    Arguments.of(new SocketTimeoutException("Read timed out"), FailureCause.TIMEOUT),
                    Arguments.of(new TimeoutException("The timeout period of 15000ms has been exceeded"), FailureCause.TIMEOUT),
                    Arguments.of(new IOException("Connection reset"), FailureCause.CONNECTION_RESET),
                    Arguments.of(new IOException("Connection reset by peer"), FailureCause.CONNECTION_RESET),
                    Arguments.of(new IOException("Connection was closed"), FailureCause.CONNECTION_RESET),
                    Arguments.of(new SocketException("Broken pipe"), FailureCause.CONNECTION_RESET),
                    Arguments.of(new CertificateException("certificate expired"), FailureCause.TLS),
                    Arguments.of(new CertPathValidatorException("validity check failed"), FailureCause.TLS));
        }

        @ParameterizedTest(name = "bare {0}")
        @MethodSource("wrappedCauses")
        void bare(Throwable cause, FailureCause expected) {
            assertThat(map(cause).cause()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "RuntimeException(msg, {0})")
        @MethodSource("wrappedCauses")
        void insideRuntimeExceptionWithOwnMessage(Throwable cause, FailureCause expected) {
            assertThat(map(new RuntimeException("request failed", cause)).cause()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "ProcessingException({0})")
        @MethodSource("wrappedCauses")
        void insideProcessingException(Throwable cause, FailureCause expected) {
            assertThat(map(new ProcessingException(cause)).cause()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "Runtime(Processing(Completion({0})))")
        @MethodSource("wrappedCauses")
        void deepChain(Throwable cause, FailureCause expected) {
            Throwable chain = new RuntimeException("outer", new ProcessingException("rest client", new CompletionException(cause)));
            assertThat(map(chain).cause()).isEqualTo(expected);
        }

        @Test
        void coversEveryNetworkCause() {
            EnumSet<FailureCause> seen = EnumSet.noneOf(FailureCause.class);
            wrappedCauses().forEach(a -> seen.add((FailureCause) a.get()[1]));
            assertThat(seen).containsExactlyInAnyOrder(FailureCause.DNS, FailureCause.CONNECTION_REFUSED, FailureCause.TLS,
                    FailureCause.TIMEOUT, FailureCause.CONNECTION_RESET);
        }

        @Test
        void messages() {
            assertThat(map(new RuntimeException(new UnknownHostException("us-1.api.cxone.com"))).message())
                    .isEqualTo("DNS lookup failed: us-1.api.cxone.com");
            assertThat(map(new SocketTimeoutException("Read timed out")).message()).isEqualTo("no answer within 15000 ms");
            assertThat(map(new ConnectException()).message()).isEqualTo("connection refused: ConnectException");
            assertThat(map(new SSLHandshakeException("bad cert")).message()).isEqualTo("TLS failed: bad cert");
        }

        @Test
        void longMessagesAreTruncated() {
            String host = "h".repeat(300);
            String message = map(new UnknownHostException(host)).message();
            assertThat(message).startsWith("DNS lookup failed: hhh").endsWith("…");
            assertThat(message).hasSize("DNS lookup failed: ".length() + 200 + 1);
        }

        @Test
        void timeoutNamedClassesByType() {
            class ConnectTimeoutException extends IOException {
                ConnectTimeoutException() {
                    super("connection timed out: /10.0.0.1:443");
                }
            }
            assertThat(map(new RuntimeException("x", new ConnectTimeoutException())).cause()).isEqualTo(FailureCause.TIMEOUT);
        }

        @Test
        void unknownFailureIsOtherIoNamingTheRoot() {
            CxoneFailure f = map(new RuntimeException("outer", new IllegalStateException("pool exhausted")));
            assertThat(f.cause()).isEqualTo(FailureCause.OTHER_IO);
            assertThat(f.message()).isEqualTo("IllegalStateException: pool exhausted");
        }

        @Test
        void unknownFailureWithoutMessage() {
            CxoneFailure f = map(new IllegalArgumentException());
            assertThat(f.cause()).isEqualTo(FailureCause.OTHER_IO);
            assertThat(f.message()).isEqualTo("IllegalArgumentException: IllegalArgumentException");
        }

        @Test
        void outermostRecognisedCauseWins() {
            // The chain is walked from the outside in: a wrapper that is itself a timeout is reported as one.
            Throwable t = new SocketTimeoutException("timed out") {
                {
                    initCause(new UnknownHostException("x"));
                }
            };
            assertThat(map(t).cause()).isEqualTo(FailureCause.TIMEOUT);
        }

        @Test
        void wrappedTlsFailureMentioningClosedIsTls() {
            SSLHandshakeException tls = new SSLHandshakeException("Remote host closed connection during handshake");
            assertThat(map(new ProcessingException(tls)).cause()).isEqualTo(FailureCause.TLS);
            assertThat(map(new RuntimeException(tls)).cause()).isEqualTo(FailureCause.TLS);
        }

        @Test
        void bareTlsFailureMentioningClosedIsTls() {
            SSLHandshakeException tls = new SSLHandshakeException("Remote host closed connection during handshake");
            assertThat(map(tls).cause()).isEqualTo(FailureCause.TLS);
            assertThat(map(new RuntimeException("handshake failed", tls)).cause()).isEqualTo(FailureCause.TLS);
        }
    }

    @Test
    void malformedFactory() {
        HttpReply r = reply(Operation.BULK_STATES, 200, "<html>");
        CxoneFailure f = FailureMapper.malformed(r, FailureCause.HTML_BODY, "an HTML page");
        assertThat(f.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(f.cause()).isEqualTo(FailureCause.HTML_BODY);
        assertThat(f.exchange()).isSameAs(r.exchange());
        assertThat(f.message()).isEqualTo("an HTML page");
        assertThat(f.retryAfter()).isEmpty();
        assertThat(f.oauthError()).isEmpty();
    }

    @Test
    void failureNormalisesNullOptionals() {
        CxoneFailure f = new CxoneFailure(FailureKind.SERVER, FailureCause.HTTP_STATUS, exchange(Operation.AGENT, 500), "x", null, null);
        assertThat(f.retryAfter()).isEmpty();
        assertThat(f.oauthError()).isEmpty();
    }

    @Test
    void kindLabelsAreTheMetricReasonValues() {
        assertThat(Arrays.stream(FailureKind.values()).map(FailureKind::label))
                .containsExactly("scope", "agent_id", "auth", "rate_limited", "server", "network", "malformed", "not_polled");
    }

    @Nested
    class ServerTextIsRedacted {

        private static final String TOKEN = "Live/Token+Value=1#x";

        private HttpReply echoing(Operation op, int status, String contentType, String body) {
            Redactor redactor = new Redactor();
            redactor.register(TOKEN);
            return new HttpReply(op, status, contentType, body, Optional.empty(), exchange(op, status), redactor);
        }

        @Test
        void errorDescriptionEchoingTheTokenAndAForgedLine() {
            String body = "{\"error\":\"server_error\",\"error_description\":\"saw Authorization: Bearer " + TOKEN
                    + "\\n2026-12-02 02:00:00,000 INFO fake\"}";
            HttpReply r = echoing(Operation.AGENT_STATE, 500, "application/json", body);
            CxoneFailure f = FailureMapper.fromStatus(r, json(body));
            assertThat(f.message()).startsWith("server error (server_error: saw Authorization: Bearer ")
                    .doesNotContain(TOKEN).doesNotContain("\n").contains(Redactor.MASK).contains(" 2026-12-02 02:00:00,000 INFO fake");
        }

        @Test
        void oauthErrorCodeIsFlattenedToo() {
            String body = "{\"error\":\"invalid_grant\\r\\nINFO fake " + TOKEN + "\"}";
            HttpReply r = echoing(Operation.TOKEN, 400, "application/json", body);
            CxoneFailure f = FailureMapper.fromStatus(r, json(body));
            assertThat(f.oauthError()).hasValueSatisfying(e -> assertThat(e).doesNotContain(TOKEN).doesNotContain("\n"));
            assertThat(f.message()).doesNotContain(TOKEN).doesNotContain("\r");
        }

        @Test
        void malformedMessagesQuotingTheContentType() {
            HttpReply r = echoing(Operation.AGENT_STATE, 200, "text/plain; x=" + TOKEN + "\nINFO fake", "x");
            CxoneFailure f = org.junit.jupiter.api.Assertions.assertThrows(CxoneCallException.class, () -> JsonBodies.require(r)).failure();
            assertThat(f.message()).doesNotContain(TOKEN).doesNotContain("\n").contains(Redactor.MASK);
        }

        @Test
        void transportErrorMessagesAreRedactedWithTheSessionsSecrets() {
            Redactor redactor = new Redactor();
            redactor.register(TOKEN);
            Exchange noAnswer = new Exchange("AGENT_STATE", "GET", "https://h/x", 0, 1, null, null);
            CxoneFailure f = FailureMapper.fromThrowable(new IOException("odd header " + TOKEN + "\nINFO fake"), noAnswer, READ_TIMEOUT, redactor);
            assertThat(f.message()).doesNotContain(TOKEN).doesNotContain("\n").contains(Redactor.MASK);
        }

        @Test
        void anyFailureMessageLosesItsLineBreaks() {
            CxoneFailure f = new CxoneFailure(FailureKind.AUTH, FailureCause.HTTP_STATUS, exchange(Operation.TOKEN, 401), "a\nb\u001bc",
                    Optional.empty(), Optional.of("x\ny"));
            assertThat(f.message()).isEqualTo("a b\\u001bc");
            assertThat(f.oauthError()).hasValue("x y");
        }

        @Test
        void exchangesCarryNoControlCharacters() {
            Exchange e = new Exchange("AGENT_STATE", "GET", "https://h/x\ny", 500, 1, "text/plain\r\nX: y", "body\nline");
            assertThat(e.url() + e.contentType() + e.bodyExcerpt()).doesNotContain("\n").doesNotContain("\r");
        }
    }
}
