package dev.cxmon.config;

import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.Converter;

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

    /** Reads cxone.client-auth-method: basic or post, or the OAuth names client_secret_basic and client_secret_post. */
    public static final class Spellings implements Converter<ClientAuthMethod> {
        @Override
        public ClientAuthMethod convert(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return parse(value).orElseThrow(() -> new IllegalArgumentException("'" + value + "' is neither basic nor post"));
        }
    }

    public ClientAuthMethod other() {
        return this == BASIC ? POST : BASIC;
    }

    public String oauthName() {
        return this == BASIC ? "client_secret_basic" : "client_secret_post";
    }
}
