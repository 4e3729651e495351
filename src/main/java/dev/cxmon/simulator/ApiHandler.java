package dev.cxmon.simulator;

import io.vertx.ext.web.RoutingContext;

/** An authenticated API route: runs only once the bearer token and permission are checked. */
@FunctionalInterface
interface ApiHandler {
    void handle(RoutingContext ctx, Caller caller);
}
