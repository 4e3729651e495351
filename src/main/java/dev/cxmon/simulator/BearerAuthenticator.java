package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;

/** Turns an {@code Authorization: Bearer} header into a {@link Caller}, or a 401. */
final class BearerAuthenticator {

    private final TokenIssuer issuer;
    private final SimulatorTenant tenant;
    private final Clock clock;

    BearerAuthenticator(TokenIssuer issuer, SimulatorTenant tenant, Clock clock) {
        this.issuer = issuer;
        this.tenant = tenant;
        this.clock = clock;
    }

    Caller authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiError.invalidToken("missing bearer token");
        }
        ObjectNode claims = issuer.verify(authorization.substring(7).trim())
                .orElseThrow(() -> ApiError.invalidToken("invalid token (malformed or bad signature)"));
        if (claims.path("exp").asLong(0) <= clock.instant().getEpochSecond()) {
            throw ApiError.invalidToken("token expired");
        }
        AccessKey key = issuer.keyOf(claims.path("jti").asText(null))
                .orElseThrow(() -> ApiError.invalidToken("invalid token (unknown session)"));
        SimulatedUser owner = key.owner().flatMap(tenant::userByName).orElse(null);
        return new Caller(key, owner);
    }
}
