package dev.cxmon.simulator;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;

/** A route step that lets the active {@link Fault} answer (or delay) the request instead of the API. */
final class FaultResponder {

    static final String PROXY_PAGE = """
            <!DOCTYPE html>
            <html><head><title>Access Denied</title></head>
            <body><h1>Access Denied</h1>
            <p>Your request was blocked by the corporate web proxy. Contact your IT help desk.</p>
            </body></html>
            """;
    static final String JSON_DOCUMENT =
            "{\"agentStates\":[{\"agentId\":\"1001\",\"agentStateId\":\"1\",\"agentStateName\":\"Available\"}],"
                    + "\"lastPollTime\":\"2026-11-25T10:00:00.000Z\"}";

    private final Vertx vertx;
    private final FaultSwitches faults;
    private final StreamedFaultBodies streamed;

    FaultResponder(Vertx vertx, FaultSwitches faults) {
        this.vertx = vertx;
        this.faults = faults;
        this.streamed = new StreamedFaultBodies(vertx, faults.bodyBytes());
    }

    void handle(RoutingContext ctx, boolean tokenEndpoint) {
        String query = ctx.request().query();
        String target = query == null || query.isEmpty() ? ctx.normalizedPath() : ctx.normalizedPath() + "?" + query;
        Fault fault = faults.consume(target, tokenEndpoint).orElse(null);
        if (fault == null) {
            ctx.next();
            return;
        }
        int status = fault.effectiveStatus();
        switch (fault.kind()) {
            case RATE_LIMIT -> {
                if (fault.retryAfter() != null) {
                    ctx.response().putHeader("Retry-After", String.valueOf(Math.max(0, fault.retryAfter().toSeconds())));
                }
                JsonResponses.error(ctx, new ApiError(status, "TooManyRequests", "rate limit exceeded"));
            }
            case SERVER_ERROR -> JsonResponses.error(ctx, new ApiError(status, "ServerError", "simulated server error"));
            case HTML_BODY -> send(ctx, status, "text/html; charset=utf-8", PROXY_PAGE);
            case TRUNCATED_JSON -> send(ctx, status, JsonResponses.JSON_UTF8, truncated(JSON_DOCUMENT));
            case WRONG_CONTENT_TYPE -> send(ctx, status, "text/plain; charset=utf-8", JSON_DOCUMENT);
            case SLOW -> vertx.setTimer(Math.max(1, fault.retryAfter().toMillis()), id -> ctx.next());
            case CONNECTION_RESET -> ctx.request().connection().close();
            case SLOW_DRIP -> streamed.drip(jsonResponse(ctx, status), JSON_DOCUMENT, fault.retryAfter());
            case OVERSIZED_BODY -> streamed.oversized(jsonResponse(ctx, status));
            case MANY_EMPTY_RECORDS -> streamed.manyEmptyRecords(jsonResponse(ctx, status));
        }
    }

    private static String truncated(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new String(bytes, 0, bytes.length / 2, StandardCharsets.UTF_8);
    }

    private static HttpServerResponse jsonResponse(RoutingContext ctx, int status) {
        return ctx.response().setStatusCode(status).putHeader("Content-Type", JsonResponses.JSON_UTF8);
    }

    private static void send(RoutingContext ctx, int status, String contentType, String body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", contentType).end(body);
    }
}
