package dev.cxmon.cxone;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs one REST client call under the session's {@link CallPolicy}: waits for a rate-limit permit, times the
 * call, reads the body, records a redacted {@link Exchange} per attempt, retries transient failures of GETs
 * with backoff, and lets a 429 pause the session. Transport errors leave as {@link CxoneCallException};
 * interpreting statuses is the caller's job.
 */
public final class CallRunner {

    private static final int EXCERPT_CHARS = 300;

    private final Redactor redactor;
    private final ExchangeListener listener;
    private final Duration readTimeout;
    private final RateLimiter limiter;
    private final RetryPolicy retries;
    private final Sleeper sleeper;
    private final Clock clock;
    private final AtomicBoolean stopped;

    /** Without a limit and without retries. */
    public CallRunner(Redactor redactor, ExchangeListener listener, Duration readTimeout) {
        this(redactor, listener, readTimeout, CallPolicy.unlimited(), Clock.systemUTC());
    }

    /** @param clock only for showing when a Retry-After pause ends */
    public CallRunner(Redactor redactor, ExchangeListener listener, Duration readTimeout, CallPolicy policy, Clock clock) {
        this.redactor = redactor;
        this.listener = listener;
        this.readTimeout = readTimeout;
        this.limiter = policy.newLimiter();
        this.retries = policy.newRetryPolicy();
        this.sleeper = policy.sleeper();
        this.clock = clock;
        this.stopped = new AtomicBoolean();
    }

    private CallRunner(CallRunner shared, ExchangeListener listener) {
        this.redactor = shared.redactor;
        this.listener = listener;
        this.readTimeout = shared.readTimeout;
        this.limiter = shared.limiter;
        this.retries = shared.retries;
        this.sleeper = shared.sleeper;
        this.clock = shared.clock;
        this.stopped = shared.stopped;
    }

    /**
     * A runner under this one's rate limit, Retry-After pause and stop, whose exchanges also go to {@code extra}:
     * a diagnosis inside the daemon keeps its own trail while its calls count against, and in, the daemon's.
     */
    public CallRunner alsoReportingTo(ExchangeListener extra) {
        return new CallRunner(this, listener.andThen(extra));
    }

    public Redactor redactor() {
        return redactor;
    }

    /**
     * Sends nothing more, retries included: a poll abandoned at shutdown must not start calls on HTTP clients that
     * are being closed under it.
     */
    public void stop() {
        stopped.set(true);
    }

    public HttpReply run(Operation operation, String method, String url, Supplier<Response> call) {
        String shownUrl = redactor.redact(url);
        for (int retry = 0; ; retry++) {
            if (stopped.get()) {
                throw refused(FailureKind.NOT_POLLED, operation, method, shownUrl, "the monitor is shutting down", Optional.empty());
            }
            awaitPermit(operation, method, shownUrl);
            HttpReply reply;
            try {
                reply = once(operation, method, shownUrl, call);
            } catch (CxoneCallException failed) {
                if (retries.retriesFailure(operation, method, failed.failure().cause(), retry) && backedOff(retry)) {
                    continue;
                }
                throw failed;
            }
            if (reply.status() == 429) {
                limiter.pauseFor(RetryAfter.pause(reply.retryAfter()));
            }
            if (!(retries.retriesStatus(operation, method, reply.status(), retry) && backedOff(retry))) {
                return reply;
            }
        }
    }

    private void awaitPermit(Operation operation, String method, String shownUrl) {
        Optional<RateLimiter.Refusal> refusal;
        try {
            refusal = limiter.acquire(readTimeout.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused(FailureKind.NOT_POLLED, operation, method, shownUrl, "interrupted while waiting for a permit", Optional.empty());
        }
        if (refusal.isEmpty()) {
            return;
        }
        Duration wait = Duration.ofNanos(refusal.get().waitNanos());
        String beyond = ", longer than the read timeout of " + readTimeout.toMillis() + " ms";
        if (refusal.get().paused()) {
            throw refused(FailureKind.RATE_LIMITED, operation, method, shownUrl, "paused by Retry-After until "
                    + clock.instant().plus(wait) + ", " + wait.toMillis() + " ms away" + beyond, Optional.of(wait));
        }
        // CXone said nothing: our own rate leaves no room for this call, which is a capacity problem, not CXone's limit.
        throw refused(FailureKind.NOT_POLLED, operation, method, shownUrl, "no permit for " + wait.toMillis() + " ms at "
                + limiter.perSecond() + " calls/s" + beyond, Optional.empty());
    }

    /** Sleeps the backoff before the next attempt; false when interrupted, so the last answer stands. */
    private boolean backedOff(int retry) {
        try {
            sleeper.sleepNanos(retries.backoffNanos(retry));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpReply once(Operation operation, String method, String shownUrl, Supplier<Response> call) {
        long start = System.nanoTime();
        Response response;
        try {
            response = call.get();
        } catch (RuntimeException error) {
            throw new CxoneCallException(FailureMapper.fromThrowable(error, noAnswer(operation, method, shownUrl, start), readTimeout,
                    redactor));
        }
        try {
            String contentType = response.getHeaderString(HttpHeaders.CONTENT_TYPE);
            String body;
            try {
                body = readBody(operation, response, start);
            } catch (BoundedBody.Abandoned abandoned) {
                Exchange exchange = new Exchange(operation.name(), method, shownUrl, response.getStatus(), elapsedMillis(start),
                        redactor.redact(contentType), excerpt(operation, abandoned.partial()));
                listener.onExchange(exchange);
                FailureKind kind = abandoned.failureCause() == FailureCause.TIMEOUT ? FailureKind.NETWORK : FailureKind.MALFORMED;
                throw new CxoneCallException(new CxoneFailure(kind, abandoned.failureCause(), exchange,
                        redactor.redact(abandoned.getMessage()), Optional.empty(), Optional.empty()));
            } catch (IOException | RuntimeException error) {
                throw new CxoneCallException(FailureMapper.fromThrowable(error, noAnswer(operation, method, shownUrl, start), readTimeout,
                    redactor));
            }
            Optional<String> retryAfter = Optional.ofNullable(response.getHeaderString("Retry-After"));
            Exchange exchange = new Exchange(operation.name(), method, shownUrl, response.getStatus(), elapsedMillis(start),
                    redactor.redact(contentType), excerpt(operation, body));
            listener.onExchange(exchange);
            return new HttpReply(operation, response.getStatus(), contentType, body, retryAfter, exchange, redactor);
        } finally {
            response.close();
        }
    }

    /** The read timeout bounds the whole answer, body included, not only each silence within it. */
    private String readBody(Operation operation, Response response, long startNanos) throws IOException {
        if (!response.hasEntity()) {
            return "";
        }
        try (InputStream in = response.readEntity(InputStream.class)) {
            return in == null ? "" : BoundedBody.read(in, AnswerLimits.maxBytes(operation), startNanos + readTimeout.toNanos(), System::nanoTime,
                    readTimeout.toMillis());
        }
    }

    private Exchange noAnswer(Operation operation, String method, String shownUrl, long startNanos) {
        Exchange exchange = new Exchange(operation.name(), method, shownUrl, 0, elapsedMillis(startNanos), null, null);
        listener.onExchange(exchange);
        return exchange;
    }

    /** A call this client did not send: no exchange is reported, since nothing went over the wire. */
    private static CxoneCallException refused(FailureKind kind, Operation operation, String method, String shownUrl, String why,
            Optional<Duration> retryAfter) {
        Exchange notSent = new Exchange(operation.name(), method, shownUrl, 0, 0, null, null);
        return new CxoneCallException(new CxoneFailure(kind, FailureCause.CLIENT_RATE_LIMIT, notSent,
                "client-side rate limit: " + why, retryAfter, Optional.empty()));
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
