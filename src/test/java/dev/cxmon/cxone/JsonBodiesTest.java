package dev.cxmon.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {

    private static HttpReply reply(String contentType, String body) {
        return reply(200, contentType, body);
    }

    private static HttpReply reply(int status, String contentType, String body) {
        return new HttpReply(Operation.BULK_STATES, status, contentType, body, Optional.empty(),
                new Exchange("BULK_STATES", "GET", "https://api-c32.incontact.com/incontactapi/services/v27.0/agents/states",
                        status, 10, contentType, body));
    }

    private static CxoneFailure failureOf(HttpReply reply) {
        CxoneCallException e = catchThrowableOfType(() -> JsonBodies.require(reply), CxoneCallException.class);
        assertThat(e).as("require() must throw CxoneCallException").isNotNull();
        CxoneFailure failure = e.failure();
        assertThat(failure.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(failure.exchange()).isSameAs(reply.exchange());
        assertThat(e.getMessage()).isEqualTo(failure.describe());
        assertThat(e.getStackTrace()).as("no stack trace is recorded").isEmpty();
        return failure;
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "text/html; charset=utf-8", "TEXT/HTML", "application/xhtml+xml"})
    void htmlContentType(String type) {
        CxoneFailure f = failureOf(reply(type, "<!DOCTYPE html><html><body>Sign in</body></html>"));
        assertThat(f.cause()).isEqualTo(FailureCause.HTML_BODY);
        assertThat(f.message()).contains("HTML page");
    }

    @Test
    void htmlContentTypeEvenWithJsonLookingBody() {
        assertThat(failureOf(reply("text/html", "{\"agentStates\":[]}")).cause()).isEqualTo(FailureCause.HTML_BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", ""})
    void bodyStartingWithAngleBracketUnderJsonType(String type) {
        CxoneFailure f = failureOf(reply(type, "  \n<html><head><title>Proxy</title></head></html>"));
        assertThat(f.cause()).isEqualTo(FailureCause.HTML_BODY);
    }

    @Test
    void angleBracketWithoutContentType() {
        assertThat(failureOf(reply(null, "<error/>")).cause()).isEqualTo(FailureCause.HTML_BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/plain; charset=utf-8", "application/octet-stream", "application/xml"})
    void nonJsonContentType(String type) {
        CxoneFailure f = failureOf(reply(type, "{\"agentStates\":[]}"));
        assertThat(f.cause()).isEqualTo(FailureCause.NOT_JSON);
        assertThat(f.message()).isEqualTo("content type " + type + " instead of application/json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"agentStates\":[{\"agentId\":1", "{\"a\":", "[1,2", "{agentStates:[]}", "not json", "{\"a\":1,}",
            "\"unterminated"})
    void truncatedOrInvalidJson(String body) {
        CxoneFailure f = failureOf(reply("application/json", body));
        assertThat(f.cause()).isEqualTo(FailureCause.INVALID_JSON);
        assertThat(f.message()).startsWith("invalid JSON (");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void emptyBody(String body) {
        CxoneFailure f = failureOf(reply("application/json", body));
        assertThat(f.cause()).isEqualTo(FailureCause.INVALID_JSON);
        assertThat(f.message()).isEqualTo("empty body where JSON was expected");
    }

    @Test
    void emptyBodyWithoutContentType() {
        assertThat(failureOf(reply(null, "")).cause()).isEqualTo(FailureCause.INVALID_JSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "application/json|{\"agentStates\":[],\"lastPollTime\":\"2025-01-01T00:00:00Z\"}",
        "application/json; charset=utf-8|  {\"agentStates\":[]}  ",
        "application/problem+json|{\"agentStates\":[]}",
        "APPLICATION/JSON|{\"agentStates\":[]}",
        "|{\"agentStates\":[]}"
    })
    void validJson(String type, String body) {
        JsonNode node = JsonBodies.require(reply(type, body));
        assertThat(node.isObject()).isTrue();
        assertThat(node.get("agentStates").isArray()).isTrue();
    }

    @Test
    void jsonArrayAndScalarsAreReturnedForTheCallerToJudge() {
        assertThat(JsonBodies.require(reply("application/json", "[]")).isArray()).isTrue();
        assertThat(JsonBodies.require(reply("application/json", "42")).asInt()).isEqualTo(42);
    }

    @Test
    void errorBodyIsParsedWhenJson() {
        JsonNode node = JsonBodies.errorBody(reply(400, "application/json", "{\"error\":\"invalid_grant\"}"));
        assertThat(node).isNotNull();
        assertThat(node.get("error").asText()).isEqualTo("invalid_grant");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "<html>oops</html>", "{\"error\":", "Service Unavailable"})
    void errorBodyIsNullWhenNotJson(String body) {
        assertThat(JsonBodies.errorBody(reply(503, "text/html", body))).isNull();
    }

    @Test
    void statusFailureWrapsMappedFailure() {
        HttpReply r = new HttpReply(Operation.AGENT_STATE, 404, "application/json", "{\"error\":\"not_found\"}", Optional.empty(),
                new Exchange("AGENT_STATE", "GET", "https://x/agents/99/states", 404, 5, "application/json", ""));
        CxoneCallException e = JsonBodies.statusFailure(r);
        assertThat(e.failure().kind()).isEqualTo(FailureKind.AGENT_ID);
        assertThat(e.failure().oauthError()).contains("not_found");
        assertThat(e.getMessage()).contains("HTTP 404").contains("not found");
    }

    @Test
    void httpReplyHelpers() {
        assertThat(reply(200, "application/json", "{}").success()).isTrue();
        assertThat(reply(299, "application/json", "{}").success()).isTrue();
        assertThat(reply(304, "application/json", "").success()).isFalse();
        assertThat(reply(199, "application/json", "").success()).isFalse();
        assertThat(reply(204, null, null).emptyBody()).isTrue();
        assertThat(reply(204, null, " ").emptyBody()).isTrue();
        assertThat(reply(200, null, "{}").emptyBody()).isFalse();
    }

    private static HttpReply withSecrets(Operation op, String body) {
        Redactor redactor = new Redactor();
        redactor.registerIssued("Live/Token+Value=1#x");
        return new HttpReply(op, 200, "application/json", body, Optional.empty(),
                new Exchange(op.name(), "GET", "https://api-c32.incontact.com/x", 200, 10, "application/json", null), redactor);
    }

    @Test
    void serverDataIsFlattenedAndLosesRegisteredSecretsButNotOrdinaryWords() {
        String body = "{\"agentStates\":[{\"agentId\":1001,\"firstName\":\"Bearer Live/Token+Value=1#x\\n2026-12-02 INFO fake\","
                + "\"teamName\":\"Basic Accounts\",\"skills\":[\"a\\u2028b\"],\"token\":\"eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.\"}]}";
        JsonNode agent = JsonBodies.require(withSecrets(Operation.BULK_STATES, body)).get("agentStates").get(0);
        assertThat(agent.get("firstName").asText()).isEqualTo("Bearer " + Redactor.MASK + " 2026-12-02 INFO fake");
        assertThat(agent.get("teamName").asText()).as("data is not run through the credential shapes").isEqualTo("Basic Accounts");
        assertThat(agent.get("skills").get(0).asText()).isEqualTo("a b");
        assertThat(agent.get("agentId").asLong()).isEqualTo(1001);
    }

    @Test
    void stateRecordsReadAsAStreamAreFlattenedAndLoseRegisteredSecretsToo() {
        String body = "{\"agentStates\":[{\"agentId\":1001,\"firstName\":\"Bearer Live/Token+Value=1#x\\n2026-12-02 INFO fake\","
                + "\"teamName\":\"Basic Accounts\",\"agentStateName\":\"Avail\\u2028able\"}]}";
        AgentStateRecord agent = StateEnvelopes.read(withSecrets(Operation.BULK_STATES, body), 10).records().get(0);
        assertThat(agent.firstName()).isEqualTo("Bearer " + Redactor.MASK + " 2026-12-02 INFO fake");
        assertThat(agent.teamName()).as("data is not run through the credential shapes").isEqualTo("Basic Accounts");
        assertThat(agent.agentStateName()).isEqualTo("Avail able");
    }

    @Test
    void aTokenAnswerIsReadAsSent() {
        String body = "{\"access_token\":\"Live/Token+Value=1#x\",\"refresh_token\":\"r\\nx\"}";
        JsonNode answer = JsonBodies.requireSuccess(withSecrets(Operation.TOKEN, body));
        assertThat(answer.get("access_token").asText()).isEqualTo("Live/Token+Value=1#x");
        assertThat(answer.get("refresh_token").asText()).isEqualTo("r\nx");
    }
}
