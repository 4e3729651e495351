package dev.cxmon.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cxmon.cxone.Lenient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads a JWT's payload without verifying it. Pure; an opaque or broken token gives empty. */
public final class JwtDecoder {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JwtDecoder() {}

    public static Optional<JwtClaims> decode(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.trim().split("\\.");
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            byte[] payload = java.util.Base64.getUrlDecoder().decode(parts[1].replace('+', '-').replace('/', '_').replace("=", ""));
            JsonNode claims = MAPPER.readTree(new String(payload, StandardCharsets.UTF_8));
            if (claims == null || !claims.isObject()) {
                return Optional.empty();
            }
            return Optional.of(new JwtClaims(
                    text(claims, "tenantId"),
                    text(claims, "icAgentId"),
                    text(claims, "icBUId"),
                    text(claims, "icClusterId"),
                    text(claims, "userId"),
                    text(claims, "sub"),
                    text(claims, "name"),
                    text(claims, "teamId"),
                    scopes(claims),
                    epochSeconds(claims, "exp"),
                    epochSeconds(claims, "iat")));
        } catch (RuntimeException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode claims, String field) {
        return Optional.ofNullable(Lenient.text(claims, field)).filter(s -> !s.isBlank());
    }

    private static Optional<Instant> epochSeconds(JsonNode claims, String field) {
        Long value = Lenient.longValue(claims, field);
        if (value == null || value < Instant.MIN.getEpochSecond() || value > Instant.MAX.getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(value));
    }

    private static List<String> scopes(JsonNode claims) {
        List<String> scopes = new ArrayList<>();
        for (String field : new String[] {"scope", "scp"}) {
            JsonNode value = claims.get(field);
            if (value == null) {
                continue;
            }
            if (value.isArray()) {
                value.forEach(v -> scopes.add(v.asText()));
            } else if (value.isTextual()) {
                scopes.addAll(Arrays.asList(value.asText().trim().split("\\s+")));
            }
        }
        scopes.removeIf(String::isBlank);
        return List.copyOf(scopes);
    }
}
