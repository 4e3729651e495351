package dev.cxmon.cxone;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;

/**
 * Removes secrets from any text before it becomes evidence or a log line: the known secrets in plain,
 * URL-encoded and base64 form, plus anything shaped like a JWT or a bearer/basic credential.
 */
public final class Redactor {

    public static final String MASK = "[REDACTED]";
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
    /** A credential after Bearer/Basic: plain words such as "Basic authentication" are left alone. */
    private static final Pattern AUTH_HEADER = Pattern.compile("(?i)(bearer|basic)\\s+(?=[A-Za-z0-9+/=._~-]*[0-9A-Z+/=])"
            + "(?-i:[A-Za-z0-9+/=._~-]{8,})");
    private static final String SECRET_FIELDS = "(access_token|refresh_token|id_token|client_secret|password)";
    /** A quoted JSON value runs to its closing quote, whatever it contains. */
    private static final Pattern QUOTED_FIELD = Pattern.compile("(?i)(\"" + SECRET_FIELDS + "\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*");
    /** A form or header style value runs to the next separator. */
    private static final Pattern PLAIN_FIELD = Pattern.compile("(?i)(\\b" + SECRET_FIELDS + "\\s*[:=]\\s*)(?![\\s\"])[^&\\s,;}]+");

    private final Set<String> forms = new CopyOnWriteArraySet<>();

    /** Registers a secret; short values are ignored because masking them would shred ordinary text. */
    public void register(String secret) {
        if (secret == null || secret.length() < 4) {
            return;
        }
        forms.add(secret);
        forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        forms.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** Registers the base64 of "id:secret" as sent in a Basic header. */
    public void registerBasicPair(String id, String secret) {
        if (id != null && secret != null) {
            forms.add(Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String form : forms) {
            if (result.contains(form)) {
                result = result.replace(form, MASK);
            }
        }
        result = JWT.matcher(result).replaceAll(MASK);
        result = AUTH_HEADER.matcher(result).replaceAll("$1 " + MASK);
        result = QUOTED_FIELD.matcher(result).replaceAll("$1" + MASK);
        return PLAIN_FIELD.matcher(result).replaceAll("$1" + MASK);
    }
}
