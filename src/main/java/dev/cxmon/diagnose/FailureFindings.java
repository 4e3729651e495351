package dev.cxmon.diagnose;

import dev.cxmon.cxone.CxoneFailure;
import dev.cxmon.cxone.FailureCause;
import java.util.ArrayList;
import java.util.List;

/** Maps a typed call failure to the finding that explains it. Pure. */
final class FailureFindings {

    private FailureFindings() {}

    static List<String> evidenceOf(CxoneFailure failure) {
        List<String> lines = new ArrayList<>();
        lines.add(failure.exchange().describe() + ": " + failure.message());
        failure.retryAfter().ifPresent(wait -> lines.add("Retry-After: " + wait.toSeconds() + " s"));
        if (failure.exchange().bodyExcerpt() != null) {
            lines.add("body: " + failure.exchange().bodyExcerpt());
        }
        return lines;
    }

    /**
     * @param what         what was being done, e.g. "reading the agent's state"
     * @param tokenExpired whether the token's exp claim had passed (turns an auth failure into TOKEN_EXPIRED)
     */
    static Finding forFailure(CxoneFailure failure, String what, boolean tokenExpired) {
        List<String> evidence = evidenceOf(failure);
        return switch (failure.kind()) {
            case NETWORK -> failure.cause() == FailureCause.TLS
                    ? Finding.of(DiagnosisCode.TLS_FAILURE, "TLS failed while " + what, evidence)
                    : Finding.of(DiagnosisCode.HOST_UNREACHABLE, "No answer while " + what + " (" + causeText(failure.cause()) + ")", evidence);
            case RATE_LIMITED -> Finding.of(DiagnosisCode.RATE_LIMITED, "CXone rate-limited the request while " + what, evidence);
            case SERVER -> Finding.of(DiagnosisCode.SERVER_ERROR, "CXone answered " + failure.status() + " while " + what, evidence);
            case MALFORMED -> switch (failure.cause()) {
                case PLAIN_HTTP -> Finding.of(DiagnosisCode.INSECURE_TRANSPORT,
                        "Refused to send credentials or a token over plain HTTP while " + what, evidence);
                case REQUEST_REJECTED -> Finding.of(DiagnosisCode.CONFIG_INVALID,
                        "CXone rejected a parameter of the request while " + what + ": " + failure.message(), evidence)
                        .withFix("The request was wrong, not CXone's answer: correct the value named in the evidence; for a parameter "
                                + "the monitor chose itself, check cxone.api-version.");
                default -> Finding.of(DiagnosisCode.MALFORMED_RESPONSE, "Not a CXone answer while " + what + ": " + failure.message(), evidence);
            };
            case SCOPE -> Finding.of(DiagnosisCode.TOKEN_SCOPE_MISSING, "The token's user lacks the permission for " + what + " (HTTP 403)", evidence);
            case AUTH -> tokenExpired
                    ? Finding.of(DiagnosisCode.TOKEN_EXPIRED, "The token is expired; CXone refused it while " + what, evidence)
                    : Finding.of(DiagnosisCode.AUTH_INVALID_CREDENTIALS, "CXone refused the credentials while " + what, evidence);
            case AGENT_ID -> Finding.of(DiagnosisCode.AGENT_NOT_FOUND, "CXone does not know the agent (" + failure.status() + ") while " + what, evidence);
            case NOT_POLLED -> Finding.of(DiagnosisCode.RATE_LIMITED, "Not reached within the poll deadline while " + what, evidence);
        };
    }

    private static String causeText(FailureCause cause) {
        return switch (cause) {
            case DNS -> "DNS lookup failed";
            case CONNECTION_REFUSED -> "connection refused";
            case CONNECTION_RESET -> "connection closed";
            case TIMEOUT -> "timed out";
            default -> "network failure";
        };
    }
}
