package dev.cxmon.cxone;

import java.util.Optional;

/** An HTTP answer with its body read (bounded), before any interpretation. */
public record HttpReply(Operation operation, int status, String contentType, String body, Optional<String> retryAfter, Exchange exchange,
        Redactor redactor) {

    public HttpReply(Operation operation, int status, String contentType, String body, Optional<String> retryAfter, Exchange exchange) {
        this(operation, status, contentType, body, retryAfter, exchange, new Redactor());
    }

    public boolean success() {
        return status >= 200 && status < 300;
    }

    public boolean emptyBody() {
        return body == null || body.isBlank();
    }
}
