package dev.cxmon.auth;

import dev.cxmon.config.Secret;
import java.time.Instant;
import java.util.Optional;

/** A token in hand: the secret parts stay {@link Secret}s, the rest is evidence. */
public record IssuedToken(
        Secret accessToken,
        Optional<Secret> refreshToken,
        Optional<Instant> expiresAt,
        Optional<String> scope,
        Optional<JwtClaims> claims,
        Instant obtainedAt,
        boolean given) {

    public String authorizationHeader() {
        return "Bearer " + accessToken.reveal();
    }
}
