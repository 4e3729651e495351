package dev.cxmon.cxone;

import java.util.Locale;

/** Why a CXone call failed; {@link #label()} is the {@code reason} label of cxone_agent_poll_errors_total. */
public enum FailureKind {
    /** 403: the token's user lacks a permission. */
    SCOPE,
    /** 404/400 on an agent resource: unknown or malformed agent ID. */
    AGENT_ID,
    /** 401 or a refused token request. */
    AUTH,
    /** 429. */
    RATE_LIMITED,
    /** 5xx. */
    SERVER,
    /** DNS, refused or reset connection, timeout, TLS. */
    NETWORK,
    /** Not the JSON CXone sends: HTML from a proxy, truncated JSON, wrong shape, unexpected status. */
    MALFORMED,
    /**
     * Not a failure of CXone: the poll's deadline came before this agent's turn while CXone kept answering. The roster
     * is larger than one instance reads per poll interval at its rate limit (a capacity problem: shard, or use bulk).
     */
    NOT_POLLED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
