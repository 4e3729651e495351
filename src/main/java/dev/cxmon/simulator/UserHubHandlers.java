package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The User Hub directory: {@code /user-management/v1/users[/{userId}]}. */
final class UserHubHandlers {

    private final SimulatorTenant tenant;

    UserHubHandlers(SimulatorTenant tenant) {
        this.tenant = tenant;
    }

    void get(RoutingContext ctx, Caller caller) {
        String raw = ctx.pathParam("userId");
        SimulatedUser user = parseUuid(raw)
                .flatMap(tenant::user)
                .filter(caller::canSee)
                .orElseThrow(() -> ApiError.notFound("user " + raw + " not found"));
        ObjectNode body = JsonResponses.object();
        body.set("user", UserHubJson.user(user));
        JsonResponses.ok(ctx, body);
    }

    /** Exact user name, case-insensitive; without userName every visible user. */
    void search(RoutingContext ctx, Caller caller) {
        String userName = QueryParams.text(ctx, "userName");
        List<SimulatedUser> found = (userName == null ? tenant.users() : tenant.userByName(userName).stream().toList())
                .stream()
                .filter(caller::canSee)
                .toList();
        ObjectNode body = JsonResponses.object().put("totalRecords", found.size());
        ArrayNode users = body.putArray("users");
        found.forEach(user -> users.add(UserHubJson.user(user)));
        JsonResponses.ok(ctx, body);
    }

    private static Optional<UUID> parseUuid(String raw) {
        try {
            return Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
