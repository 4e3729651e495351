package dev.cxmon.diagnose;

import static dev.cxmon.diagnose.DiagnosisCode.*;
import static dev.cxmon.diagnose.EvidenceBuilder.failed;
import static dev.cxmon.diagnose.EvidenceBuilder.failure;
import static dev.cxmon.diagnose.EvidenceBuilder.healthy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.config.ClientAuthMethod;
import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules alone, as a table: {@link Evidence} in, root cause, findings (in order) and checklist out. No network and no
 * Quarkus, so a change to a rule is checked in milliseconds; DiagnosisCodesTest shows the same codes over real HTTP.
 */
class DiagnosisRulesTest {

    private static final String ALL_OK = "configuration OK, discovery OK, token OK, API base OK, identity OK, agent state OK, "
            + "skills OK, bulk states OK";
    private static final String STOPPED_AT_DISCOVERY = "configuration OK, discovery FAIL, token SKIPPED, API base SKIPPED, "
            + "identity SKIPPED, agent state SKIPPED, bulk states SKIPPED";
    private static final String STOPPED_AT_TOKEN = "configuration OK, discovery OK, token FAIL, API base SKIPPED, identity SKIPPED, "
            + "agent state SKIPPED, bulk states SKIPPED";
    private static final String STOPPED_AT_API_BASE = "configuration OK, discovery OK, token OK, API base FAIL, identity SKIPPED, "
            + "agent state SKIPPED, bulk states SKIPPED";
    private static final String AGENT_UNREADABLE = "configuration OK, discovery OK, token OK, API base OK, identity FAIL, "
            + "agent state FAIL, bulk states OK";
    private static final String NAME_NOT_RESOLVED = "configuration OK, discovery OK, token OK, API base OK, identity FAIL, "
            + "agent state SKIPPED, bulk states OK";

    record Row(String situation, EvidenceBuilder evidence, DiagnosisCode root, List<DiagnosisCode> findings, String checks) {

        @Override
        public String toString() {
            return situation + " -> " + root;
        }
    }

    static Row row(String situation, EvidenceBuilder evidence, DiagnosisCode root, List<DiagnosisCode> findings, String checks) {
        return new Row(situation, evidence, root, findings, checks);
    }

    static Stream<Row> rows() {
        return Stream.of(
                row("a configuration key is invalid", healthy().configProblem("cxone.poll.every"),
                        CONFIG_INVALID, List.of(CONFIG_INVALID), "configuration FAIL"),
                row("cxone.api-url is the tutorial host", healthy().tutorialEndpoint("cxone.api-url"),
                        TUTORIAL_ENDPOINT, List.of(TUTORIAL_ENDPOINT), "configuration FAIL"),
                row("the auth host's name does not resolve",
                        healthy().discoveryFails(failure(FailureKind.NETWORK, FailureCause.DNS, 0, "DNS lookup failed")),
                        HOST_UNREACHABLE, List.of(HOST_UNREACHABLE), STOPPED_AT_DISCOVERY),
                row("a proxy re-signs TLS with an untrusted CA",
                        healthy().discoveryFails(failure(FailureKind.NETWORK, FailureCause.TLS, 0, "PKIX path building failed")),
                        TLS_FAILURE, List.of(TLS_FAILURE), STOPPED_AT_DISCOVERY),
                row("credentials would go over plain http",
                        healthy().tokenFails(failure(FailureKind.MALFORMED, FailureCause.PLAIN_HTTP, 0, "refused: plain http")),
                        INSECURE_TRANSPORT, List.of(INSECURE_TRANSPORT), STOPPED_AT_TOKEN),
                row("the access key is wrong (invalid_grant)",
                        healthy().tokenFails(failure(FailureKind.AUTH, FailureCause.HTTP_STATUS, 400, "invalid_grant",
                                Optional.of("invalid_grant"))),
                        AUTH_INVALID_CREDENTIALS, List.of(AUTH_INVALID_CREDENTIALS), STOPPED_AT_TOKEN),
                row("the application is registered for the other client authentication method",
                        healthy().tokenFails(failure(FailureKind.AUTH, FailureCause.HTTP_STATUS, 401, "invalid_client",
                                Optional.of("invalid_client"))).otherClientAuthMethodWorks(ClientAuthMethod.POST),
                        AUTH_INVALID_CREDENTIALS, List.of(AUTH_INVALID_CREDENTIALS), STOPPED_AT_TOKEN),
                row("the given access token has expired",
                        healthy().givenToken(EvidenceBuilder.supervisorClaims(EvidenceBuilder.NOW.minus(Duration.ofHours(1))))
                                .endpointsFail(failure(FailureKind.AUTH, FailureCause.HTTP_STATUS, 401, "unauthorized")),
                        TOKEN_EXPIRED, List.of(TOKEN_EXPIRED), "configuration OK, discovery SKIPPED, token FAIL, API base FAIL, "
                                + "identity SKIPPED, agent state SKIPPED, bulk states SKIPPED"),
                row("the token has no tenantId and cxone.api-url is unset",
                        healthy().endpointsFail(EvidenceBuilder.failureOf("TENANT_DISCOVERY", FailureKind.MALFORMED,
                                FailureCause.UNEXPECTED_SHAPE, 0, "no tenantId claim", Optional.empty())),
                        CONFIG_INVALID, List.of(CONFIG_INVALID), STOPPED_AT_API_BASE),
                row("the token carries no user", healthy().tokenClaims(EvidenceBuilder.noUserClaims()),
                        TOKEN_NO_USER_CONTEXT, List.of(TOKEN_NO_USER_CONTEXT, AGENT_AVAILABLE, BULK_NOT_MODIFIED),
                        ALL_OK.replace("token OK", "token WARN")),
                row("the token's user may not read agent states at all",
                        healthy().agentLookupFails(failure(FailureKind.SCOPE, FailureCause.HTTP_STATUS, 403, "forbidden"))
                                .stateFails(failure(FailureKind.SCOPE, FailureCause.HTTP_STATUS, 403, "forbidden"))
                                .bulkFails(failure(FailureKind.SCOPE, FailureCause.HTTP_STATUS, 403, "forbidden")),
                        TOKEN_SCOPE_MISSING, List.of(TOKEN_SCOPE_MISSING), AGENT_UNREADABLE.replace("bulk states OK", "bulk states FAIL")),
                row("403 for this agent while the bulk read works",
                        healthy().agentLookupFails(failure(FailureKind.SCOPE, FailureCause.HTTP_STATUS, 403, "forbidden"))
                                .stateFails(failure(FailureKind.SCOPE, FailureCause.HTTP_STATUS, 403, "forbidden")).bulkLists(1002, 1003),
                        TOKEN_USER_MISMATCH, List.of(TOKEN_USER_MISMATCH, BULK_NOT_MODIFIED), AGENT_UNREADABLE),
                row("no user has that name", healthy().noAgentNamed("nobody@demo.example", EvidenceBuilder.usersFound()),
                        USER_NOT_FOUND, List.of(USER_NOT_FOUND, BULK_NOT_MODIFIED), NAME_NOT_RESOLVED),
                row("the user directory cannot be searched",
                        healthy().noAgentNamed("notagent@demo.example", failed(FailureKind.MALFORMED, FailureCause.HTTP_STATUS, 404,
                                "not found")),
                        USER_NOT_FOUND, List.of(USER_NOT_FOUND, BULK_NOT_MODIFIED), NAME_NOT_RESOLVED),
                row("the user exists but is no agent",
                        healthy().noAgentNamed("notagent@demo.example", EvidenceBuilder.usersFound("notagent@demo.example")),
                        USER_NOT_AGENT, List.of(USER_NOT_AGENT, BULK_NOT_MODIFIED), NAME_NOT_RESOLVED),
                row("a user UUID where the agent ID belongs", healthy().userIdOfAgent1001(),
                        USER_ID_USED_AS_AGENT_ID, List.of(USER_ID_USED_AS_AGENT_ID, AGENT_AVAILABLE, BULK_NOT_MODIFIED), ALL_OK),
                row("no agent has that ID",
                        healthy().agentId(9999).agentLookupFails(failure(FailureKind.AGENT_ID, FailureCause.HTTP_STATUS, 404, "not found"))
                                .stateFails(failure(FailureKind.AGENT_ID, FailureCause.HTTP_STATUS, 404, "not found")),
                        AGENT_NOT_FOUND, List.of(AGENT_NOT_FOUND, BULK_NOT_MODIFIED), AGENT_UNREADABLE),
                row("even the bulk endpoint answers 404: the API base is wrong",
                        healthy().agentLookupFails(failure(FailureKind.AGENT_ID, FailureCause.HTTP_STATUS, 404, "not found"))
                                .stateFails(failure(FailureKind.AGENT_ID, FailureCause.HTTP_STATUS, 404, "not found"))
                                .bulkFails(failure(FailureKind.MALFORMED, FailureCause.HTTP_STATUS, 404, "not found")),
                        CONFIG_INVALID, List.of(CONFIG_INVALID), AGENT_UNREADABLE.replace("bulk states OK", "bulk states FAIL")),
                row("the agent is inactive", healthy().agentInactive().state(0, "LoggedOut", null),
                        AGENT_INACTIVE, List.of(AGENT_INACTIVE, AGENT_LOGGED_OUT, BULK_NOT_MODIFIED),
                        ALL_OK.replace("identity OK", "identity FAIL")),
                row("the agent has no skill", healthy().skills(),
                        AGENT_NO_SKILLS, List.of(AGENT_AVAILABLE, AGENT_NO_SKILLS, BULK_NOT_MODIFIED), ALL_OK.replace("skills OK", "skills WARN")),
                row("the agent has no session (no record)", healthy().noStateRecord(),
                        AGENT_LOGGED_OUT, List.of(AGENT_LOGGED_OUT, BULK_NOT_MODIFIED), ALL_OK),
                row("404 on the states of an agent that exists",
                        healthy().stateFails(failure(FailureKind.AGENT_ID, FailureCause.HTTP_STATUS, 404, "not found")),
                        AGENT_LOGGED_OUT, List.of(AGENT_LOGGED_OUT, BULK_NOT_MODIFIED), ALL_OK),
                row("logged in, no availability chosen", healthy().state(8, "LoggedIn", null),
                        AGENT_LOGGED_IN_NOT_AVAILABLE, List.of(AGENT_LOGGED_IN_NOT_AVAILABLE, BULK_NOT_MODIFIED), ALL_OK),
                row("unavailable on a break", healthy().state(2, "Unavailable", "Break"),
                        AGENT_UNAVAILABLE, List.of(AGENT_UNAVAILABLE, BULK_NOT_MODIFIED), ALL_OK),
                row("available", healthy(),
                        AGENT_AVAILABLE, List.of(AGENT_AVAILABLE, BULK_NOT_MODIFIED), ALL_OK),
                row("on an inbound contact", healthy().state(3, "InboundContact", null),
                        AGENT_WORKING, List.of(AGENT_WORKING, BULK_NOT_MODIFIED), ALL_OK),
                row("in after-call work (an Unavailable code named After Call Work)", healthy().state(2, "Unavailable", "After Call Work"),
                        AGENT_WORKING, List.of(AGENT_WORKING, BULK_NOT_MODIFIED), ALL_OK),
                row("a state record that cannot be classified", healthy().state(-3, "Mystery", null),
                        MALFORMED_RESPONSE, List.of(MALFORMED_RESPONSE, BULK_NOT_MODIFIED), ALL_OK.replace("agent state OK", "agent state WARN")),
                row("--updated-since later than every change",
                        healthy().userUpdatedSince("2026-11-25T11:00:00.000Z", EvidenceBuilder.bulkAnswer(200, 0)),
                        BULK_UPDATED_SINCE_TOO_LATE, List.of(AGENT_AVAILABLE, BULK_NOT_MODIFIED, BULK_UPDATED_SINCE_TOO_LATE), ALL_OK),
                row("this machine's clock runs 5 minutes ahead of CXone's", healthy().bulkLastPollTime("2026-11-25T09:55:00.000Z"),
                        BULK_UPDATED_SINCE_TOO_LATE, List.of(AGENT_AVAILABLE, BULK_UPDATED_SINCE_TOO_LATE, BULK_NOT_MODIFIED), ALL_OK),
                row("CXone rejects --updated-since as a parameter",
                        healthy().userUpdatedSince("yesterday", failed(FailureKind.MALFORMED, FailureCause.REQUEST_REJECTED, 400,
                                "updatedSince is invalid")),
                        CONFIG_INVALID, List.of(AGENT_AVAILABLE, BULK_NOT_MODIFIED, CONFIG_INVALID), ALL_OK),
                row("the agent is missing from the bulk states", healthy().bulkLists(1002, 1003),
                        BULK_NOT_VISIBLE, List.of(AGENT_AVAILABLE, BULK_NOT_VISIBLE, BULK_NOT_MODIFIED),
                        ALL_OK.replace("bulk states OK", "bulk states WARN")),
                row("the token may not read skill activity (403): the agent is still diagnosed, the skill metrics will not work",
                        healthy().skillActivity(Step.failed(EvidenceBuilder.failureOf("SKILL_ACTIVITY", FailureKind.SCOPE, FailureCause.HTTP_STATUS,
                                403, "Forbidden", Optional.empty()))),
                        SKILL_ACTIVITY_SCOPE, List.of(AGENT_AVAILABLE, BULK_NOT_MODIFIED, SKILL_ACTIVITY_SCOPE), ALL_OK + ", skill activity WARN"),
                row("skill activity is read: one more check, no finding",
                        healthy().skillActivity(Step.ok(new dev.cxmon.cxone.SkillActivity(List.of(), Optional.empty(), false))),
                        AGENT_AVAILABLE, List.of(AGENT_AVAILABLE, BULK_NOT_MODIFIED), ALL_OK + ", skill activity OK"),
                row("skill activity fails otherwise (500): a warning check, no finding",
                        healthy().skillActivity(Step.failed(EvidenceBuilder.failureOf("SKILL_ACTIVITY", FailureKind.SERVER, FailureCause.HTTP_STATUS,
                                500, "Internal Server Error", Optional.empty()))),
                        AGENT_AVAILABLE, List.of(AGENT_AVAILABLE, BULK_NOT_MODIFIED), ALL_OK + ", skill activity WARN"),
                row("CXone rate-limits the state read",
                        healthy().stateFails(failure(FailureKind.RATE_LIMITED, FailureCause.HTTP_STATUS, 429, "too many requests")),
                        RATE_LIMITED, List.of(RATE_LIMITED, BULK_NOT_MODIFIED), ALL_OK.replace("agent state OK", "agent state FAIL")),
                row("CXone answers 503",
                        healthy().agentLookupFails(failure(FailureKind.SERVER, FailureCause.HTTP_STATUS, 503, "unavailable"))
                                .stateFails(failure(FailureKind.SERVER, FailureCause.HTTP_STATUS, 503, "unavailable")),
                        SERVER_ERROR, List.of(SERVER_ERROR, BULK_NOT_MODIFIED), AGENT_UNREADABLE),
                row("a proxy answers with HTML",
                        healthy().stateFails(failure(FailureKind.MALFORMED, FailureCause.HTML_BODY, 200, "HTML instead of JSON")),
                        MALFORMED_RESPONSE, List.of(MALFORMED_RESPONSE, BULK_NOT_MODIFIED), ALL_OK.replace("agent state OK", "agent state FAIL")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void evidenceGivesItsRootCauseFindingsAndChecks(Row row) {
        DiagnosisReport report = DiagnosisRules.evaluate(row.evidence().build());

        assertThat(report.rootCause()).as("root cause; findings " + report.findings()).isEqualTo(row.root());
        assertThat(report.findings()).extracting(Finding::code).as("findings").containsExactlyElementsOf(row.findings());
        assertThat(checklist(report)).as("checks").isEqualTo(row.checks());
        assertThat(report.exitCode()).as("exit code").isEqualTo(report.severity().exitCode());
        assertThat(report.severity()).isEqualTo(report.findings().get(row.findings().indexOf(row.root())).severity());
    }

    @Test
    void afterCallWorkIsSaidSoNotCalledABreak() {
        Finding working = DiagnosisRules.evaluate(healthy().state(2, "Unavailable", "After Call Work").build()).findings().get(0);
        assertThat(working.code()).isEqualTo(AGENT_WORKING);
        assertThat(working.title()).contains("after-call work").doesNotContain("unavailable");
    }

    @Test
    void everyDiagnosisCodeHasARow() {
        Set<DiagnosisCode> covered = rows().flatMap(row -> row.findings().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DiagnosisCode.class)));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(Arrays.asList(DiagnosisCode.values()));
    }

    private static String checklist(DiagnosisReport report) {
        return report.checks().stream().map(check -> check.name() + " " + check.status()).collect(Collectors.joining(", "));
    }
}
