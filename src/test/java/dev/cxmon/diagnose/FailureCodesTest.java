package dev.cxmon.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.AgentRef;
import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one mapping from a failure to its diagnosis code, as the daemon (/api/agents) and diagnose both use it. */
class FailureCodesTest {

    record Row(FailureKind kind, Optional<FailureCause> cause, AgentRef.Kind ref, boolean tokenExpired, DiagnosisCode code) {}

    static Row row(FailureKind kind, FailureCause cause, DiagnosisCode code) {
        return new Row(kind, Optional.of(cause), AgentRef.Kind.AGENT_ID, false, code);
    }

    static Stream<Row> rows() {
        return Stream.of(
                row(FailureKind.NETWORK, FailureCause.DNS, DiagnosisCode.HOST_UNREACHABLE),
                row(FailureKind.NETWORK, FailureCause.CONNECTION_REFUSED, DiagnosisCode.HOST_UNREACHABLE),
                row(FailureKind.NETWORK, FailureCause.TIMEOUT, DiagnosisCode.HOST_UNREACHABLE),
                row(FailureKind.NETWORK, FailureCause.TLS, DiagnosisCode.TLS_FAILURE),
                new Row(FailureKind.NETWORK, Optional.empty(), AgentRef.Kind.AGENT_ID, false, DiagnosisCode.HOST_UNREACHABLE),
                row(FailureKind.RATE_LIMITED, FailureCause.HTTP_STATUS, DiagnosisCode.RATE_LIMITED),
                row(FailureKind.RATE_LIMITED, FailureCause.CLIENT_RATE_LIMIT, DiagnosisCode.RATE_LIMITED),
                new Row(FailureKind.NOT_POLLED, Optional.empty(), AgentRef.Kind.AGENT_ID, false, DiagnosisCode.RATE_LIMITED),
                row(FailureKind.SERVER, FailureCause.HTTP_STATUS, DiagnosisCode.SERVER_ERROR),
                row(FailureKind.MALFORMED, FailureCause.HTML_BODY, DiagnosisCode.MALFORMED_RESPONSE),
                row(FailureKind.MALFORMED, FailureCause.UNEXPECTED_SHAPE, DiagnosisCode.MALFORMED_RESPONSE),
                new Row(FailureKind.MALFORMED, Optional.empty(), AgentRef.Kind.AGENT_ID, false, DiagnosisCode.MALFORMED_RESPONSE),
                row(FailureKind.MALFORMED, FailureCause.PLAIN_HTTP, DiagnosisCode.INSECURE_TRANSPORT),
                row(FailureKind.MALFORMED, FailureCause.REQUEST_REJECTED, DiagnosisCode.CONFIG_INVALID),
                row(FailureKind.SCOPE, FailureCause.HTTP_STATUS, DiagnosisCode.TOKEN_SCOPE_MISSING),
                row(FailureKind.AUTH, FailureCause.HTTP_STATUS, DiagnosisCode.AUTH_INVALID_CREDENTIALS),
                new Row(FailureKind.AUTH, Optional.of(FailureCause.HTTP_STATUS), AgentRef.Kind.AGENT_ID, true, DiagnosisCode.TOKEN_EXPIRED),
                row(FailureKind.AGENT_ID, FailureCause.HTTP_STATUS, DiagnosisCode.AGENT_NOT_FOUND),
                new Row(FailureKind.AGENT_ID, Optional.empty(), AgentRef.Kind.INVALID, false, DiagnosisCode.AGENT_NOT_FOUND),
                new Row(FailureKind.AGENT_ID, Optional.empty(), AgentRef.Kind.USER_ID, false, DiagnosisCode.USER_ID_USED_AS_AGENT_ID),
                new Row(FailureKind.AGENT_ID, Optional.empty(), AgentRef.Kind.USER_NAME, false, DiagnosisCode.USER_NOT_FOUND),
                // The daemon found the user in User Hub, without an agent record: what diagnose calls USER_NOT_AGENT.
                new Row(FailureKind.AGENT_ID, Optional.of(FailureCause.USER_WITHOUT_AGENT_ROLE), AgentRef.Kind.USER_NAME, false,
                        DiagnosisCode.USER_NOT_AGENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void failureGivesItsCode(Row row) {
        assertThat(FailureCodes.codeFor(row.kind(), row.cause(), row.ref(), row.tokenExpired())).isEqualTo(row.code());
    }
}
