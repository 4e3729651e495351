package dev.cxmon.simulator;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The steps in front of every token and API route, in order: count the request, add the configured
 * latency, let an active fault answer, then (API routes) check the bearer token and permission.
 * Delays use Vert.x timers; the event loop is never blocked.
 */
final class RoutePipeline {

    private final Vertx vertx;
    private final Duration latency;
    private final RequestCounters counters;
    private final FaultResponder faults;
    private final BearerAuthenticator bearer;

    RoutePipeline(Vertx vertx, Duration latency, RequestCounters counters, FaultResponder faults,
            BearerAuthenticator bearer) {
        this.vertx = vertx;
        this.latency = latency;
        this.counters = counters;
        this.faults = faults;
        this.bearer = bearer;
    }

    /** {@code handler} runs only once the bearer token and permission are checked. */
    void api(Route route, String operation, Permission permission, BiConsumer<RoutingContext, Caller> handler) {
        route.handler(count(operation))
                .handler(this::delay)
                .handler(ctx -> faults.handle(ctx, false))
                .handler(ctx -> {
                    Caller caller = bearer.authenticate(ctx.request().getHeader("Authorization"));
                    caller.require(permission);
                    handler.accept(ctx, caller);
                });
    }

    void token(Route route, Handler<RoutingContext> handler) {
        route.handler(count(SimulatorOperations.TOKEN))
                .handler(this::delay)
                .handler(ctx -> faults.handle(ctx, true))
                .handler(handler);
    }

    void counted(Route route, String operation, Handler<RoutingContext> handler) {
        route.handler(count(operation)).handler(handler);
    }

    private Handler<RoutingContext> count(String operation) {
        return ctx -> {
            Map<String, String> query;
            try {
                query = query(ctx);
            } catch (RuntimeException undecodable) {
                // Vert.x refuses a query it cannot decode (400) only on its first reading; answer that here, or the handler's
                // second reading would throw a plain IllegalArgumentException, a 500.
                counters.increment(operation, Map.of());
                ctx.fail(400, undecodable);
                return;
            }
            counters.increment(operation, query);
            ctx.next();
        };
    }

    private void delay(RoutingContext ctx) {
        if (latency.isZero()) {
            ctx.next();
        } else {
            vertx.setTimer(Math.max(1, latency.toMillis()), id -> ctx.next());
        }
    }

    /** The request's query for {@link RequestCounters#lastQuery}; throws when the server cannot decode it. */
    private static Map<String, String> query(RoutingContext ctx) {
        Map<String, String> query = new LinkedHashMap<>();
        ctx.queryParams().forEach(param -> query.putIfAbsent(param.getKey(), param.getValue()));
        return query;
    }
}
