package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Issues access, id and refresh tokens for access keys. Which key a token belongs to is kept here, by the
 * token's {@code jti}, so the key's id never appears in the token.
 */
final class TokenIssuer {

    private static final Duration EXPIRED_KEY_BACKDATE = Duration.ofHours(1);

    private final SimulatorTenant tenant;
    private final Clock clock;
    private final Supplier<String> issuer;
    private final SecureRandom random;
    private final JwtCodec codec;
    private final Map<String, Session> sessionsByJti = new ConcurrentHashMap<>();
    private final Map<String, String> keyIdByRefreshToken = new ConcurrentHashMap<>();

    TokenIssuer(SimulatorTenant tenant, Clock clock, Supplier<String> issuer, SecureRandom random) {
        this.tenant = tenant;
        this.clock = clock;
        this.issuer = issuer;
        this.random = random;
        this.codec = new JwtCodec(random);
    }

    IssuedTokens issue(AccessKey key) {
        Instant now = clock.instant();
        pruneExpiredSessions(now);
        Duration lifetime = tenant.settings().tokenLifetime();
        Instant expiresAt = key.expired() ? now.minus(EXPIRED_KEY_BACKDATE) : now.plus(lifetime);
        Instant issuedAt = key.expired() ? expiresAt.minus(lifetime) : now;
        Optional<SimulatedUser> owner = key.owner().flatMap(tenant::userByName);
        String jti = randomToken(16);

        ObjectNode access = baseClaims(owner, issuedAt, expiresAt);
        access.put("jti", jti);
        access.put("tenantId", tenant.info().tenantId().toString());
        access.put("icBUId", tenant.info().businessUnitId());
        access.put("icClusterId", tenant.info().cluster());
        owner.ifPresent(user -> {
            access.put("userId", user.userId().toString());
            putNames(access, user);
            access.put("teamId", String.valueOf(user.teamId()));
            user.agentProfile().ifPresent(agent -> access.put("icAgentId", String.valueOf(agent.agentId())));
        });
        ObjectNode id = baseClaims(owner, issuedAt, expiresAt);
        id.put("tenantId", tenant.info().tenantId().toString());
        owner.ifPresent(user -> putNames(id, user));

        sessionsByJti.put(jti, new Session(key.id(), expiresAt));
        String refreshToken = randomToken(32);
        keyIdByRefreshToken.put(refreshToken, key.id());
        long expiresIn = Math.max(0, Duration.between(now, expiresAt).toSeconds());
        return new IssuedTokens(codec.sign(access), codec.sign(id), refreshToken, expiresIn, scope(key.permissions()));
    }

    /** The key a refresh token was issued for. Refresh tokens are single use: a refresh rotates them. */
    Optional<AccessKey> redeem(String refreshToken) {
        String keyId = refreshToken == null ? null : keyIdByRefreshToken.remove(refreshToken);
        return Optional.ofNullable(keyId).flatMap(tenant::accessKey);
    }

    Optional<ObjectNode> verify(String token) {
        return codec.verify(token);
    }

    Optional<AccessKey> keyOf(String jti) {
        Session session = jti == null ? null : sessionsByJti.get(jti);
        return session == null ? Optional.empty() : tenant.accessKey(session.accessKeyId());
    }

    static String scope(Set<Permission> permissions) {
        Set<String> words = new LinkedHashSet<>();
        if (permissions.contains(Permission.AGENT_STATES)) {
            words.add(Permission.AGENT_STATES.scopeWord());
        }
        permissions.stream().map(Permission::scopeWord).sorted().forEach(words::add);
        return String.join(" ", words);
    }

    private ObjectNode baseClaims(Optional<SimulatedUser> owner, Instant issuedAt, Instant expiresAt) {
        ObjectNode claims = JsonResponses.object();
        claims.put("iss", issuer.get());
        claims.put("aud", tenant.application().clientId());
        claims.put("sub", owner.map(u -> "user:" + u.userId()).orElse("client:" + tenant.application().clientId()));
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        return claims;
    }

    private static void putNames(ObjectNode claims, SimulatedUser user) {
        claims.put("name", user.userName());
        claims.put("given_name", user.firstName());
        claims.put("family_name", user.lastName());
    }

    // Expired tokens are rejected by their exp claim before the session is looked up, so dropping them is safe.
    private void pruneExpiredSessions(Instant now) {
        sessionsByJti.values().removeIf(s -> s.expiresAt().isBefore(now));
    }

    private String randomToken(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return JwtCodec.base64Url(raw);
    }

    /** What a successful token request returns. */
    record IssuedTokens(String accessToken, String idToken, String refreshToken, long expiresIn, String scope) {
    }

    private record Session(String accessKeyId, Instant expiresAt) {
    }
}
