package dev.cxmon.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every {@code cxone.*} key. Names are a public contract (README, Configuration): the tutorial's environment
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

    /** How hard this process may call CXone: all calls of the daemon's session together. */
    RateLimit rateLimit();

    Shard shard();

    Metrics metrics();

    Shutdown shutdown();

    interface Http {
        @WithDefault("5s")
        Duration connectTimeout();

        @WithDefault("15s")
        Duration readTimeout();

        /**
         * The CA certificates to trust for calls to CXone, as a key store file, instead of the JVM's defaults: for a
         * TLS-inspecting proxy that re-signs everything, its CA; start from a copy of cacerts if some hosts bypass it.
         */
        Optional<String> trustStore();

        Optional<String> trustStorePassword();

        @WithDefault("PKCS12")
        String trustStoreType();
    }

    interface Poll {
        /** The interval between polls; refused together with a cron that the user gave as well (see PollSchedule). */
        @WithDefault("30s")
        Duration every();

        Optional<String> cron();

        @WithDefault("8")
        int concurrency();

        /** How often roster user names are resolved to agent IDs again (and agent names refreshed). */
        @WithDefault("10m")
        Duration resolveEvery();

        /** per-agent (one call per agent), bulk (delta polling of agents/states), or auto (bulk, per-agent where bulk cannot). */
        @WithDefault("auto")
        String strategy();

        /** How often the bulk strategy discards its snapshot and reads everything again (updatedSince = epoch). */
        @WithDefault("10m")
        Duration fullResyncEvery();
    }

    interface RateLimit {
        /** Calls per second, with bursts of up to one second's worth; 0 means no client-side limit. */
        @WithDefault("20")
        double perSecond();

        /** Retries of an idempotent GET after a 5xx, a reset connection or a timeout (never after a 4xx, never the token POST). */
        @WithDefault("2")
        int maxRetries();
    }

    interface Simulator {
        /** Unset means: on when no credentials are configured. */
        Optional<Boolean> enabled();

        @WithDefault("0")
        int port();

        Optional<String> tenantFile();

        /** The most records one answer of a paginated list holds (agents/states, agents); tests page with a few. */
        @WithDefault("1000")
        int pageSize();
    }

    /** Splits the roster over several instances; see ShardAssignment. */
    interface Shard {
        @WithDefault("1")
        int count();

        /** Unset means: the StatefulSet ordinal, the trailing {@code -<n>} of HOSTNAME (the pod name), else 0. */
        Optional<Integer> index();
    }

    interface Metrics {
        /** false exports roster-level aggregates instead of series per agent (see docs/metrics-cardinality.md). */
        @WithDefault("true")
        boolean perAgent();

        /**
         * false keeps user names (often e-mail addresses) and full names out of cxone_agent_info: the labels stay, empty,
         * so queries and alert rules keep working; agent_id and team remain.
         */
        @WithDefault("true")
        boolean agentNames();
    }

    interface Shutdown {
        /** How long a stopping daemon lets the poll in flight finish before it abandons it. */
        @WithDefault("10s")
        Duration grace();
    }
}
