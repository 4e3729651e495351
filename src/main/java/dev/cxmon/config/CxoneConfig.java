package dev.cxmon.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every {@code cxone.*} key. Names are a public contract (design.md): the tutorial's environment
 * variables CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_USERNAME, CXONE_PASSWORD and CXONE_REGION map here.
 */
@ConfigMapping(prefix = "cxone")
public interface CxoneConfig {

    Optional<String> clientId();

    Optional<String> clientSecret();

    /** Access key ID (the password grant's {@code username}). */
    Optional<String> username();

    /** Access key secret (the password grant's {@code password}). */
    Optional<String> password();

    Optional<String> region();

    /** A ready bearer token used instead of the password grant. */
    Optional<String> accessToken();

    /** Discovery host; unset means https://cxone.niceincontact.com, or the simulator in demo mode. */
    Optional<String> authUrl();

    /** Explicit API base; unset means discovered from the token's tenantId. */
    Optional<String> apiUrl();

    @WithDefault("27.0")
    String apiVersion();

    /** How the registered back-end application authenticates at the token endpoint: basic or post. */
    @WithDefault("basic")
    String clientAuthMethod();

    Optional<List<String>> roster();

    Optional<String> rosterFile();

    /** Bearer token that protects the diagnosis endpoint of the status API; unset disables that endpoint. */
    Optional<String> apiToken();

    Http http();

    Poll poll();

    Simulator simulator();

    interface Http {
        @WithDefault("5s")
        Duration connectTimeout();

        @WithDefault("15s")
        Duration readTimeout();
    }

    interface Poll {
        @WithDefault("30s")
        String every();

        Optional<String> cron();

        @WithDefault("8")
        int concurrency();

        /** How often roster user names are resolved to agent IDs again (and agent names refreshed). */
        @WithDefault("10m")
        Duration resolveEvery();
    }

    interface Simulator {
        /** Unset means: on when no credentials are configured. */
        Optional<Boolean> enabled();

        @WithDefault("0")
        int port();

        Optional<String> tenantFile();
    }
}
