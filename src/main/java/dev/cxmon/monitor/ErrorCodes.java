package dev.cxmon.monitor;

import dev.cxmon.cxone.FailureKind;
import dev.cxmon.diagnose.DiagnosisCode;

/** The diagnosis code whose runbook explains a polling error, so /api/agents points people at the right page. */
final class ErrorCodes {

    private ErrorCodes() {}

    static DiagnosisCode codeFor(RosterEntry entry, FailureKind kind) {
        return switch (kind) {
            case SCOPE -> DiagnosisCode.TOKEN_SCOPE_MISSING;
            case AGENT_ID -> switch (entry.ref().kind()) {
                case USER_ID -> DiagnosisCode.USER_ID_USED_AS_AGENT_ID;
                case USER_NAME -> DiagnosisCode.USER_NOT_FOUND;
                default -> DiagnosisCode.AGENT_NOT_FOUND;
            };
            case AUTH -> DiagnosisCode.AUTH_INVALID_CREDENTIALS;
            case RATE_LIMITED -> DiagnosisCode.RATE_LIMITED;
            case SERVER -> DiagnosisCode.SERVER_ERROR;
            case NETWORK -> DiagnosisCode.HOST_UNREACHABLE;
            case MALFORMED -> DiagnosisCode.MALFORMED_RESPONSE;
            case NOT_POLLED -> DiagnosisCode.RATE_LIMITED;
        };
    }
}
