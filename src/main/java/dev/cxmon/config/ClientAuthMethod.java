package dev.cxmon.config;

import java.util.Locale;
import java.util.Optional;

/** How a registered CXone application presents its client ID and secret at the token endpoint. */
public enum ClientAuthMethod {
    /** client_secret_basic: HTTP Basic header. */
    BASIC,
    /** client_secret_post: client_id and client_secret form fields. */
    POST;

    public static Optional<ClientAuthMethod> parse(String text) {
        return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
            case "basic", "client_secret_basic" -> Optional.of(BASIC);
            case "post", "client_secret_post" -> Optional.of(POST);
            default -> Optional.empty();
        };
    }

    public ClientAuthMethod other() {
        return this == BASIC ? POST : BASIC;
    }

    public String oauthName() {
        return this == BASIC ? "client_secret_basic" : "client_secret_post";
    }
}
