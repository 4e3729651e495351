package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.function.Supplier;

/** OpenID discovery and CXone tenant discovery; every endpoint they name is this simulator. */
final class DiscoveryHandlers {

    private final SimulatorTenant tenant;
    private final Supplier<String> baseUrl;

    DiscoveryHandlers(SimulatorTenant tenant, Supplier<String> baseUrl) {
        this.tenant = tenant;
        this.baseUrl = baseUrl;
    }

    void openIdConfiguration(RoutingContext ctx) {
        String base = baseUrl.get();
        ObjectNode body = JsonResponses.object();
        body.put("issuer", base);
        body.put("token_endpoint", base + "/auth/token");
        body.put("jwks_uri", base + "/.well-known/jwks");
        body.put("authorization_endpoint", base + "/auth/authorize");
        body.putArray("grant_types_supported").add("password").add("refresh_token").add("authorization_code");
        body.putArray("token_endpoint_auth_methods_supported").add("client_secret_basic").add("client_secret_post");
        JsonResponses.ok(ctx, body);
    }

    void cxoneConfiguration(RoutingContext ctx) {
        String requested = QueryParams.text(ctx, "tenantId");
        if (requested == null) {
            throw ApiError.badRequest("invalid_request", "tenantId is required");
        }
        TenantInfo info = tenant.info();
        if (!sameTenant(requested, info.tenantId())) {
            throw ApiError.notFound("tenant " + requested + " not found");
        }
        String base = baseUrl.get();
        ObjectNode body = JsonResponses.object();
        body.put("tenantId", info.tenantId().toString());
        body.put("area", info.area());
        body.put("cluster", info.cluster());
        body.put("domain", info.domain());
        body.put("acdDomain", info.acdDomain());
        body.put("uhDomain", info.uhDomain());
        body.put("api_endpoint", base);
        body.put("ui_endpoint", base);
        body.put("auth_endpoint", base);
        JsonResponses.ok(ctx, body);
    }

    private static boolean sameTenant(String requested, UUID tenantId) {
        try {
            return UUID.fromString(requested).equals(tenantId);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
