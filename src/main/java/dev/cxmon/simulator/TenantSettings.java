package dev.cxmon.simulator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.Locale;

/** Behaviour switches of a tenant file. */
public record TenantSettings(PerAgentWhenLoggedOut perAgentWhenLoggedOut, Duration tokenLifetime,
        PerAgentWhenNotVisible perAgentWhenNotVisible) {

    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);

    public TenantSettings {
        perAgentWhenLoggedOut = perAgentWhenLoggedOut == null ? PerAgentWhenLoggedOut.NOT_FOUND : perAgentWhenLoggedOut;
        tokenLifetime = tokenLifetime == null ? DEFAULT_TOKEN_LIFETIME : tokenLifetime;
        perAgentWhenNotVisible = perAgentWhenNotVisible == null ? PerAgentWhenNotVisible.NOT_FOUND : perAgentWhenNotVisible;
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("settings.tokenLifetime must be positive");
        }
    }

    public static TenantSettings defaults() {
        return new TenantSettings(null, null, null);
    }

    @JsonCreator
    static TenantSettings fromFile(@JsonProperty("perAgentWhenLoggedOut") PerAgentWhenLoggedOut perAgentWhenLoggedOut,
            @JsonProperty("tokenLifetime") String tokenLifetime,
            @JsonProperty("perAgentWhenNotVisible") PerAgentWhenNotVisible perAgentWhenNotVisible) {
        return new TenantSettings(perAgentWhenLoggedOut, tokenLifetime == null ? null : parseDuration(tokenLifetime), perAgentWhenNotVisible);
    }

    /** Accepts {@code 3600s}, {@code 90m}, {@code 1h}, {@code 500ms} or ISO-8601 ({@code PT1H}). */
    static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long amount = Long.parseLong(t.substring(0, t.length() - 1));
            switch (t.charAt(t.length() - 1)) {
                case 's': return Duration.ofSeconds(amount);
                case 'm': return Duration.ofMinutes(amount);
                case 'h': return Duration.ofHours(amount);
                default: break;
            }
        } catch (RuntimeException e) {
            // fall through to the common message
        }
        throw new IllegalArgumentException("settings.tokenLifetime '" + text + "' is not a duration such as 3600s, 60m or 1h");
    }
}
