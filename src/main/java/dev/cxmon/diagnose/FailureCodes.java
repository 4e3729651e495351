package dev.cxmon.diagnose;

import dev.cxmon.cxone.AgentRef;
import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import java.util.Optional;

/**
 * The one mapping from a failure to the diagnosis code whose runbook explains it. {@code diagnose} names its findings with
 * it and the daemon names {@code lastError.code} of /api/agents with it, so one failure gets one code wherever it is seen.
 * Pure.
 */
public final class FailureCodes {

    private FailureCodes() {}

    /**
     * @param kind         what failed (the {@code reason} label)
     * @param cause        the precise cause when the failure came from a call; empty for a verdict of the daemon itself,
     *                     such as a poll deadline that passed
     * @param ref          how the agent was named: an unknown agent named by a user UUID or a user name is that mistake
     * @param tokenExpired whether the token's exp claim had passed, which turns a refusal into TOKEN_EXPIRED
     */
    public static DiagnosisCode codeFor(FailureKind kind, Optional<FailureCause> cause, AgentRef.Kind ref, boolean tokenExpired) {
        return switch (kind) {
            case NETWORK -> cause.filter(c -> c == FailureCause.TLS).isPresent()
                    ? DiagnosisCode.TLS_FAILURE
                    : DiagnosisCode.HOST_UNREACHABLE;
            case RATE_LIMITED, NOT_POLLED -> DiagnosisCode.RATE_LIMITED;
            case SERVER -> DiagnosisCode.SERVER_ERROR;
            case MALFORMED -> cause.map(FailureCodes::malformed).orElse(DiagnosisCode.MALFORMED_RESPONSE);
            case SCOPE -> DiagnosisCode.TOKEN_SCOPE_MISSING;
            case AUTH -> tokenExpired ? DiagnosisCode.TOKEN_EXPIRED : DiagnosisCode.AUTH_INVALID_CREDENTIALS;
            case AGENT_ID -> AgentCodes.unknownAgent(ref, cause.filter(c -> c == FailureCause.USER_WITHOUT_AGENT_ROLE).isPresent());
        };
    }

    private static DiagnosisCode malformed(FailureCause cause) {
        return switch (cause) {
            case PLAIN_HTTP -> DiagnosisCode.INSECURE_TRANSPORT;
            case REQUEST_REJECTED -> DiagnosisCode.CONFIG_INVALID;
            default -> DiagnosisCode.MALFORMED_RESPONSE;
        };
    }
}
