package dev.cxmon.api;

import dev.cxmon.config.CxoneConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Protects endpoints that call CXone with the service's own credentials: off unless cxone.api-token is set,
 * and then only for requests bearing exactly that token (compared in constant time).
 */
@ApplicationScoped
public class ApiTokenGuard {

    public enum Verdict { DISABLED, MISSING, WRONG, ALLOWED }

    private final Optional<byte[]> expected;

    public ApiTokenGuard(CxoneConfig config) {
        this.expected = config.apiToken().filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    public Verdict check(String authorizationHeader) {
        if (expected.isEmpty()) {
            return Verdict.DISABLED;
        }
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Verdict.MISSING;
        }
        byte[] given = authorizationHeader.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected.get()) ? Verdict.ALLOWED : Verdict.WRONG;
    }
}
