package dev.cxmon.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The access-token claims NICE's SDK reads. Decoded, never trusted: used to explain, not to authorise.
 */
public record JwtClaims(
        Optional<String> tenantId,
        Optional<String> icAgentId,
        Optional<String> icBUId,
        Optional<String> icClusterId,
        Optional<String> userId,
        Optional<String> subject,
        Optional<String> name,
        Optional<String> teamId,
        List<String> scopes,
        Optional<Instant> expiresAt,
        Optional<Instant> issuedAt) {

    /** The user the token speaks for: the userId claim, or the UUID of a "user:<uuid>" subject. */
    public Optional<String> user() {
        return userId.or(() -> subject.filter(s -> s.startsWith("user:")).map(s -> s.substring("user:".length()).trim()))
                .filter(user -> !user.isEmpty());
    }

    public boolean hasUserContext() {
        return user().isPresent() || icAgentId.isPresent();
    }

    public Optional<Long> agentId() {
        return icAgentId.flatMap(id -> {
            try {
                return Optional.of(Long.parseLong(id.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    public boolean expiredAt(Instant now) {
        return expiresAt.map(exp -> !exp.isAfter(now)).orElse(false);
    }
}
