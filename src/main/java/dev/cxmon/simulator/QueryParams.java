package dev.cxmon.simulator;

import io.vertx.ext.web.RoutingContext;
import java.util.OptionalInt;

/** Reading optional query parameters, where an empty value counts as absent. */
final class QueryParams {

    private QueryParams() {
    }

    static String text(RoutingContext ctx, String name) {
        String value = ctx.queryParams().get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    static OptionalInt nonNegativeInt(RoutingContext ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return OptionalInt.of(n);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest("InvalidParameter", name + " must be a non-negative integer, was '" + value + "'");
    }
}
