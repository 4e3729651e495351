package dev.cxmon.cxone;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Turns every way a call can go wrong into one {@link CxoneFailure}. Pure apart from reading the throwable. This is where
 * server text (error fields, content types, parser and exception messages) enters a failure, so every message built
 * here passes the session's {@link Redactor} (the reply's, or the one given) before anything can log or show it.
 */
public final class FailureMapper {

    private FailureMapper() {}

    public static CxoneFailure fromStatus(HttpReply reply, JsonNode errorBody) {
        int status = reply.status();
        Operation op = reply.operation();
        Optional<String> oauthError = Optional.ofNullable(Lenient.text(errorBody, "error")).map(reply.redactor()::redact);
        String detail = oauthError.map(e -> Optional.ofNullable(Lenient.text(errorBody, "error_description"))
                .map(d -> e + ": " + reply.redactor().redact(d)).orElse(e)).orElse("");
        String suffix = detail.isEmpty() ? "" : " (" + detail + ")";
        if (status == 401 || (op == Operation.TOKEN && (status == 400 || status == 403))) {
            return failure(FailureKind.AUTH, reply, "authentication refused" + suffix, oauthError);
        }
        if (status == 403) {
            return failure(FailureKind.SCOPE, reply, "forbidden: the token's user lacks a permission for this resource" + suffix, oauthError);
        }
        if ((status == 404 || status == 400) && op.aboutOneAgent()) {
            return failure(FailureKind.AGENT_ID, reply, (status == 404 ? "not found" : "rejected as malformed") + suffix, oauthError);
        }
        if (status == 429) {
            CxoneFailure base = failure(FailureKind.RATE_LIMITED, reply, "rate limited" + suffix, oauthError);
            return new CxoneFailure(base.kind(), base.cause(), base.exchange(), base.message(),
                    reply.retryAfter().flatMap(FailureMapper::parseRetryAfter), oauthError);
        }
        if (status >= 500) {
            return failure(FailureKind.SERVER, reply, "server error" + suffix, oauthError);
        }
        if (status == 400) {
            Optional<String> parameter = RejectedParameter.named(reply.exchange().url(), reply.body());
            if (parameter.isPresent()) {
                return new CxoneFailure(FailureKind.MALFORMED, FailureCause.REQUEST_REJECTED, reply.exchange(),
                        "CXone rejected the request's " + parameter.get() + " parameter" + suffix, Optional.empty(), oauthError);
            }
        }
        if (status == 404) {
            return failure(FailureKind.MALFORMED, reply, "no such endpoint at this URL: check the API base URL and version" + suffix, oauthError);
        }
        return failure(FailureKind.MALFORMED, reply, "unexpected HTTP status" + suffix, oauthError);
    }

    /** @param message may quote the answer (a content type, a parser's complaint): it is redacted here */
    public static CxoneFailure malformed(HttpReply reply, FailureCause cause, String message) {
        return new CxoneFailure(FailureKind.MALFORMED, cause, reply.exchange(), reply.redactor().redact(message), Optional.empty(),
                Optional.empty());
    }

    /** With only the credential shapes masked: for callers without a session. */
    public static CxoneFailure fromThrowable(Throwable error, Exchange exchange, Duration readTimeout) {
        return fromThrowable(error, exchange, readTimeout, new Redactor());
    }

    /** Exception messages can quote what the server sent (a header, a status line), so they are redacted too. */
    public static CxoneFailure fromThrowable(Throwable error, Exchange exchange, Duration readTimeout, Redactor redactor) {
        CxoneFailure failure = classify(error, exchange, readTimeout);
        return new CxoneFailure(failure.kind(), failure.cause(), failure.exchange(), redactor.redact(failure.message()),
                failure.retryAfter(), failure.oauthError());
    }

    private static CxoneFailure classify(Throwable error, Exchange exchange, Duration readTimeout) {
        // Exception types anywhere in the chain decide first: a wrapper's message often repeats its cause's text
        // ("... closed connection during handshake") and must not hide a TLS failure behind "connection closed".
        for (Throwable t = error; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            if (t instanceof UnknownHostException) {
                return network(FailureCause.DNS, exchange, "DNS lookup failed: " + safeMessage(t));
            }
            if (t instanceof SSLException || type.contains("Certificate") || type.contains("CertPath")) {
                return network(FailureCause.TLS, exchange, "TLS failed: " + safeMessage(t));
            }
            if (t instanceof ConnectException) {
                return network(FailureCause.CONNECTION_REFUSED, exchange, "connection refused: " + safeMessage(t));
            }
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException || type.contains("Timeout")) {
                return network(FailureCause.TIMEOUT, exchange, "no answer within " + readTimeout.toMillis() + " ms");
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof SocketException || message.contains("connection reset") || message.contains("closed")) {
                return network(FailureCause.CONNECTION_RESET, exchange, "connection closed before a complete answer: " + safeMessage(t));
            }
        }
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return network(FailureCause.OTHER_IO, exchange, root.getClass().getSimpleName() + ": " + safeMessage(root));
    }

    static Optional<Duration> parseRetryAfter(String value) {
        String trimmed = value.trim();
        try {
            long seconds = Long.parseLong(trimmed);
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }

    private static CxoneFailure failure(FailureKind kind, HttpReply reply, String message, Optional<String> oauthError) {
        return new CxoneFailure(kind, FailureCause.HTTP_STATUS, reply.exchange(), message, Optional.empty(), oauthError);
    }

    private static CxoneFailure network(FailureCause cause, Exchange exchange, String message) {
        return new CxoneFailure(FailureKind.NETWORK, cause, exchange, message, Optional.empty(), Optional.empty());
    }

    private static String safeMessage(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
