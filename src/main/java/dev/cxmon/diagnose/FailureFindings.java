package dev.cxmon.diagnose;

import dev.cxmon.cxone.AgentRef;
import dev.cxmon.cxone.CxoneFailure;
import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a typed call failure into the finding that explains it: its code, a title and the evidence lines. Pure. */
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
     * The finding for a failed call; its code comes from {@link FailureCodes}, the mapping the daemon uses too.
     *
     * @param what         what was being done, e.g. "reading the agent's state"
     * @param ref          how the agent was named
     * @param tokenExpired whether the token's exp claim had passed (turns an auth failure into TOKEN_EXPIRED)
     */
    static Finding forFailure(CxoneFailure failure, String what, AgentRef.Kind ref, boolean tokenExpired) {
        DiagnosisCode code = FailureCodes.codeFor(failure.kind(), Optional.of(failure.cause()), ref, tokenExpired);
        Finding finding = Finding.of(code, title(code, failure, what), evidenceOf(failure));
        return code == DiagnosisCode.CONFIG_INVALID
                ? finding.withFix("The request was wrong, not CXone's answer: correct the value named in the evidence; for a parameter "
                        + "the monitor chose itself, check cxone.api-version.")
                : finding;
    }

    private static String title(DiagnosisCode code, CxoneFailure failure, String what) {
        return switch (code) {
            case TLS_FAILURE -> "TLS failed while " + what;
            case HOST_UNREACHABLE -> "No answer while " + what + " (" + causeText(failure.cause()) + ")";
            case RATE_LIMITED -> failure.kind() == FailureKind.NOT_POLLED
                    ? "Not reached within the poll deadline while " + what
                    : "CXone rate-limited the request while " + what;
            case SERVER_ERROR -> "CXone answered " + failure.status() + " while " + what;
            case INSECURE_TRANSPORT -> "Refused to send credentials or a token over plain HTTP while " + what;
            case CONFIG_INVALID -> "CXone rejected a parameter of the request while " + what + ": " + failure.message();
            case TOKEN_SCOPE_MISSING -> "The token's user lacks the permission for " + what + " (HTTP 403)";
            case TOKEN_EXPIRED -> "The token is expired; CXone refused it while " + what;
            case AUTH_INVALID_CREDENTIALS -> "CXone refused the credentials while " + what;
            case AGENT_NOT_FOUND, USER_NOT_FOUND, USER_ID_USED_AS_AGENT_ID ->
                    "CXone does not know the agent (" + failure.status() + ") while " + what;
            default -> "Not a CXone answer while " + what + ": " + failure.message();
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
