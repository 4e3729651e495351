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
    OTHER_IO
}
