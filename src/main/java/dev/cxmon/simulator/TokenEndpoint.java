package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/** {@code POST /auth/token}: the password grant with an access key, and the refresh grant. */
final class TokenEndpoint {

    private final SimulatorTenant tenant;
    private final ClientAuthenticator clients;
    private final TokenIssuer issuer;

    TokenEndpoint(SimulatorTenant tenant, TokenIssuer issuer) {
        this.tenant = tenant;
        this.clients = new ClientAuthenticator(tenant.application());
        this.issuer = issuer;
    }

    void handle(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw ApiError.badRequest("invalid_request", "the token request must be application/x-www-form-urlencoded");
        }
        MultiMap form = ctx.request().formAttributes();
        clients.authenticate(ctx.request().getHeader("Authorization"), form.get("client_id"), form.get("client_secret"));
        String grantType = form.get("grant_type");
        if (grantType == null || grantType.isBlank()) {
            throw ApiError.badRequest("invalid_request", "grant_type is required");
        }
        AccessKey key = switch (grantType) {
            case "password" -> passwordGrant(form);
            case "refresh_token" -> refreshGrant(form);
            default -> throw ApiError.badRequest("unsupported_grant_type", "grant type " + grantType + " is not supported");
        };
        TokenIssuer.IssuedTokens tokens = issuer.issue(key);
        ObjectNode body = JsonResponses.object();
        body.put("access_token", tokens.accessToken());
        body.put("token_type", "Bearer");
        body.put("expires_in", tokens.expiresIn());
        body.put("refresh_token", tokens.refreshToken());
        body.put("id_token", tokens.idToken());
        body.put("scope", tokens.scope());
        ctx.response().putHeader("Cache-Control", "no-store").putHeader("Pragma", "no-cache");
        JsonResponses.ok(ctx, body);
    }

    private AccessKey passwordGrant(MultiMap form) {
        String keyId = form.get("username");
        String secret = form.get("password");
        if (keyId == null || secret == null) {
            throw ApiError.badRequest("invalid_request", "username (access key id) and password (access key secret) are required");
        }
        return tenant.accessKey(keyId)
                .filter(key -> MessageDigest.isEqual(key.secret().getBytes(StandardCharsets.UTF_8),
                        secret.getBytes(StandardCharsets.UTF_8)))
                .orElseThrow(() -> ApiError.badRequest("invalid_grant", "invalid access key"));
    }

    private AccessKey refreshGrant(MultiMap form) {
        String refreshToken = form.get("refresh_token");
        if (refreshToken == null) {
            throw ApiError.badRequest("invalid_request", "refresh_token is required");
        }
        return issuer.redeem(refreshToken)
                .orElseThrow(() -> ApiError.badRequest("invalid_grant", "invalid or already used refresh token"));
    }
}
