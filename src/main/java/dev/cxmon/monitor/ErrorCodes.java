package dev.cxmon.monitor;

import dev.cxmon.cxone.FailureKind;
import dev.cxmon.diagnose.Code;

/** The diagnosis code whose runbook explains a polling error, so /api/agents points people at the right page. */
final class ErrorCodes {

    private ErrorCodes() {}

    static Code codeFor(RosterEntry entry, FailureKind kind) {
        return switch (kind) {
            case SCOPE -> Code.TOKEN_SCOPE_MISSING;
            case AGENT_ID -> switch (entry.ref().kind()) {
                case USER_ID -> Code.USER_ID_USED_AS_AGENT_ID;
                case USER_NAME -> Code.USER_NOT_FOUND;
                default -> Code.AGENT_NOT_FOUND;
            };
            case AUTH -> Code.AUTH_INVALID_CREDENTIALS;
            case RATE_LIMITED -> Code.RATE_LIMITED;
            case SERVER -> Code.SERVER_ERROR;
            case NETWORK -> Code.HOST_UNREACHABLE;
            case MALFORMED -> Code.MALFORMED_RESPONSE;
            case NOT_POLLED -> Code.RATE_LIMITED;
        };
    }
}
