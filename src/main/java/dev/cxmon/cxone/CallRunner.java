package dev.cxmon.cxone;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs one REST client call: times it, reads the body, records a redacted {@link Exchange}, and turns
 * transport errors into {@link CxoneCallException}. Interpreting statuses is the caller's job.
 */
public final class CallRunner {

    private static final int EXCERPT_CHARS = 300;

    private final Redactor redactor;
    private final ExchangeListener listener;
    private final Duration readTimeout;

    public CallRunner(Redactor redactor, ExchangeListener listener, Duration readTimeout) {
        this.redactor = redactor;
        this.listener = listener;
        this.readTimeout = readTimeout;
    }

    public Redactor redactor() {
        return redactor;
    }

    public HttpReply run(Operation operation, String method, String url, Supplier<Response> call) {
        long start = System.nanoTime();
        String shownUrl = redactor.redact(url);
        Response response;
        String body;
        try {
            response = call.get();
            body = response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException error) {
            Exchange exchange = new Exchange(operation.name(), method, shownUrl, 0, elapsedMillis(start), null, null);
            listener.onExchange(exchange);
            throw new CxoneCallException(FailureMapper.fromThrowable(error, exchange, readTimeout));
        }
        try {
            String contentType = response.getHeaderString(HttpHeaders.CONTENT_TYPE);
            Optional<String> retryAfter = Optional.ofNullable(response.getHeaderString("Retry-After"));
            Exchange exchange = new Exchange(operation.name(), method, shownUrl, response.getStatus(), elapsedMillis(start),
                    contentType, excerpt(operation, body));
            listener.onExchange(exchange);
            return new HttpReply(operation, response.getStatus(), contentType, body == null ? "" : body, retryAfter, exchange);
        } finally {
            response.close();
        }
    }

    private String excerpt(Operation operation, String body) {
        if (body == null || body.isEmpty()) {
            return null;
        }
        // A token answer is all secrets; its error fields are read separately by the token provider.
        if (operation == Operation.TOKEN) {
            return "(token endpoint body withheld)";
        }
        String cut = body.length() > EXCERPT_CHARS ? body.substring(0, EXCERPT_CHARS) + "…" : body;
        return redactor.redact(cut.replaceAll("\\s+", " "));
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
