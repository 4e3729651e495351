package dev.cxmon.cxone;

/** The precise cause behind a {@link FailureKind}, for evidence and diagnosis (never a metric label). */
public enum FailureCause {
    HTTP_STATUS,
    DNS,
    CONNECTION_REFUSED,
    CONNECTION_RESET,
    TIMEOUT,
    TLS,
    HTML_BODY,
    NOT_JSON,
    INVALID_JSON,
    UNEXPECTED_SHAPE,
    BODY_TOO_LARGE,
    OTHER_IO,
    /** Not sent: this client's own rate limit, or a Retry-After pause, would have held it longer than the read timeout. */
    CLIENT_RATE_LIMIT,
    /** Not sent: credentials or a token would have gone over plain HTTP to a host other than loopback. */
    PLAIN_HTTP,
    /** A 400 naming a parameter of the request: CXone understood the call and refused what we sent. */
    REQUEST_REJECTED,
    /**
     * No agent answers to the name, and User Hub knows the user: a user without the agent role. The daemon's verdict from
     * two calls (agent search, user search), so /api/agents names it USER_NOT_AGENT as diagnose does.
     */
    USER_WITHOUT_AGENT_ROLE
}
