package dev.cxmon.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.constraints.Range;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Every {@code cxone.*} key. Names are a public contract (README, Configuration): the tutorial's environment
 * variables CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_USERNAME, CXONE_PASSWORD and CXONE_REGION map here.
 *
 * <p>A key's type and constraints are its validation: SmallRye refuses a value the type cannot read, and Bean Validation
 * one outside its range, before any of the monitor's code runs. Each constraint's message is what the key expects, then
 * {@value #FIX} and the fix; {@link UnreadableConfig} turns both into the start-up message. Rules that span keys are
 * {@link ConfigValidator}'s.
 */
@ConfigMapping(prefix = "cxone")
public interface CxoneConfig {

    /** Separates what a constraint's message says is wrong from how to fix it. */
    String FIX = " Fix: ";

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

    /** How the registered back-end application authenticates at the token endpoint: basic or post (or the OAuth names). */
    @WithDefault("basic")
    @WithConverter(ClientAuthMethod.Spellings.class)
    ClientAuthMethod clientAuthMethod();

    Optional<List<String>> roster();

    Optional<String> rosterFile();

    /**
     * The skills whose staffing and queue are exported (cxone_skill_*), by skill ID or name (case-insensitive); unset means
     * every skill GET /skills/activity lists for the token.
     */
    Optional<List<String>> skills();

    /**
     * The business units the bulk call asks for (its reqBUIds); unset means the token's own (its icBUId claim). Several
     * need a token whose user may see them all.
     */
    Optional<List<@Pattern(regexp = "\\s*\\d+\\s*", message = BUSINESS_UNIT) String>> businessUnits();

    String BUSINESS_UNIT = "is not a list of business unit numbers." + FIX
            + "write the numeric IDs, comma-separated, e.g. 4601234,4605678 (the icBUId claim of a token), or remove the setting "
            + "to ask for the token's own business unit";

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

    /** The status API on the main port (its bearer token is cxone.api-token, above). */
    Api api();

    /** The limits of the supervisor alerts, exported as cxone_supervisor_* series; see {@link SupervisorLimitsFactory}. */
    Supervisor supervisor();

    interface Http {
        String POSITIVE = "is not a timeout longer than 0s." + FIX + "set how long a call may take, e.g. 5s for connecting and 15s for reading";

        @WithDefault("5s")
        @DurationMin(nanos = 0, inclusive = false, message = POSITIVE)
        Duration connectTimeout();

        @WithDefault("15s")
        @DurationMin(nanos = 0, inclusive = false, message = POSITIVE)
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
        @DurationMin(seconds = 1, message = "is not a duration of at least 1s." + FIX + "write a duration such as 30s, 2m or PT30S")
        Duration every();

        Optional<String> cron();

        @WithDefault("8")
        @Range(min = 1, max = 256, message = "is outside 1..256." + FIX + "set how many agents are read at once, e.g. 8")
        int concurrency();

        /** How often roster user names are resolved to agent IDs again (and agent names refreshed). */
        @WithDefault("10m")
        @DurationMin(seconds = 10, message = "is shorter than 10s." + FIX + "re-resolve user names every few minutes, e.g. 10m")
        Duration resolveEvery();

        /** per-agent (one call per agent), bulk (delta polling of agents/states), or auto (bulk, per-agent where bulk cannot). */
        @WithDefault("auto")
        Strategy strategy();

        /** How often the bulk strategy discards its snapshot and reads everything again (updatedSince = epoch). */
        @WithDefault("10m")
        @DurationMin(seconds = 30, message = "is shorter than 30s." + FIX + "resynchronise the bulk snapshot every few minutes, e.g. 10m")
        Duration fullResyncEvery();

        /**
         * The strategies as written in cxone.poll.strategy (per-agent, bulk, auto: SmallRye reads an enum constant in
         * kebab case); monitor/PollStrategy builds each one's reader.
         */
        enum Strategy {
            PER_AGENT,
            BULK,
            AUTO
        }
    }

    interface RateLimit {
        /** Calls per second, with bursts of up to one second's worth; 0 means no client-side limit. */
        @WithDefault("20")
        @Range(min = 0, max = 10_000, message = "is not a rate of calls per second from 0 to 10000." + FIX
                + "set a number of calls per second such as 20, or 0 for no client-side limit")
        double perSecond();

        /** Retries of an idempotent GET after a 5xx, a reset connection or a timeout (never after a 4xx, never the token POST). */
        @WithDefault("2")
        @Range(min = 0, max = 10, message = "is outside 0..10." + FIX + "retry transient failures a few times at most, e.g. 2")
        int maxRetries();
    }

    interface Simulator {
        /** Unset means: on when no credentials are configured. */
        Optional<Boolean> enabled();

        @WithDefault("0")
        @Range(min = 0, max = 65_535, message = "is outside 0..65535." + FIX + "set a free port between 0 and 65535 (0 picks any free port)")
        int port();

        Optional<String> tenantFile();

        /** The most records one answer of a paginated list holds (agents/states, agents); tests page with a few. */
        @WithDefault("1000")
        @Min(value = 1, message = "is less than 1." + FIX + "set at least 1 record per page (default 1000)")
        int pageSize();
    }

    /** Splits the roster over several instances; see ShardAssignment. */
    interface Shard {
        @WithDefault("1")
        @Min(value = 1, message = "is less than 1." + FIX + "set how many instances share the roster (CXONE_SHARD_COUNT), e.g. 3; "
                + "1 means no sharding")
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

        /**
         * false makes no GET /skills/activity call and exports no cxone_skill_* series (e.g. for a token without the
         * permission, or to save the call).
         */
        @WithDefault("true")
        boolean skills();
    }

    interface Api {
        /** How many recent changes GET /api/agents/{ref} keeps per agent (monitor/AgentHistory). */
        @WithDefault("20")
        @Range(min = 1, max = 1000, message = "is outside 1..1000." + FIX
                + "set how many recent changes of each agent GET /api/agents/{ref} shows, e.g. 20")
        int historySize();
    }

    /**
     * Unset keys take the defaults of {@link SupervisorLimits#DEFAULTS}, or in demo mode those of {@link DemoDefaults}:
     * no {@code @WithDefault} here, so that an explicit setting can be told from a default.
     */
    interface Supervisor {
        String LIMIT = "is shorter than 1s." + FIX + "set how long an agent may stay in that state before the supervisors hear of it, e.g. 15m";

        /**
         * Reason=limit pairs, comma-separated, e.g. {@code Break=15m,Lunch=60m}: reason names as CXone sends them, matched
         * without regard to case. Read by {@link SupervisorLimitsFactory}, which names a malformed entry.
         */
        Optional<String> reasonLimits();

        /** The limit of every Unavailable reason without its own (30m; demo 5m). */
        Optional<@DurationMin(seconds = 1, message = LIMIT) Duration> defaultReasonLimit();

        /** How long an agent may stay logged in without choosing an availability, CXone state 8 (10m; demo 2m). */
        Optional<@DurationMin(seconds = 1, message = LIMIT) Duration> neverAvailableLimit();

        /** Availability changes of one agent in 15 minutes that make it flapping (10; demo 6). */
        Optional<@Range(min = 2, max = 1000, message = "is outside 2..1000." + FIX
                + "set how many availability changes in 15 minutes make an agent flapping, e.g. 10") Integer> flappingChanges();
    }

    interface Shutdown {
        /** How long a stopping daemon lets the poll in flight finish before it abandons it. */
        String RANGE = "is outside 0s..5m." + FIX + "give the poll in flight a few seconds to finish on shutdown, e.g. 10s, and keep it "
                + "below the container's termination grace period";

        @WithDefault("10s")
        @DurationMin(nanos = 0, message = RANGE)
        @DurationMax(minutes = 5, message = RANGE)
        Duration grace();
    }
}
