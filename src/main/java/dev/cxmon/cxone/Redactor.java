package dev.cxmon.cxone;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one pass every piece of server text takes before it becomes evidence, a failure message or a log line: control
 * characters are flattened (no server text can start a line of its own), then the registered secrets are masked in
 * every form a server could echo them in, then anything shaped like a JWT or a bearer/basic credential.
 *
 * <p>The session's configuration registers its secrets (client secret, access key secret, a given access token) and
 * the token provider each token as it is issued, so a token learned later is masked from then on.
 */
public final class Redactor {

    public static final String MASK = "[REDACTED]";
    /**
     * Shorter secrets are not masked by value: masking three letters wherever they occur would shred ordinary text. The
     * field shapes below (password=..., "client_secret":"...") still catch them where a request is echoed.
     */
    static final int MIN_SECRET_CHARS = 4;
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
    /** A credential after Bearer/Basic: plain words such as "Basic authentication" are left alone. */
    private static final Pattern AUTH_HEADER = Pattern.compile("(?i)(bearer|basic)\\s+(?=[A-Za-z0-9+/=._~-]*[0-9A-Z+/=])"
            + "(?-i:[A-Za-z0-9+/=._~-]{8,})");
    private static final String SECRET_FIELDS = "(access_token|refresh_token|id_token|client_secret|password)";
    /** A quoted JSON value runs to its closing quote, whatever it contains. */
    private static final Pattern QUOTED_FIELD = Pattern.compile("(?i)(\"" + SECRET_FIELDS + "\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*");
    /** A form or header style value runs to the next separator. */
    private static final Pattern PLAIN_FIELD = Pattern.compile("(?i)(\\b" + SECRET_FIELDS + "\\s*[:=]\\s*)(?![\\s\"])[^&\\s,;}]+");

    /** Issued tokens kept masked: an older one has long expired, and masking every token of a month would slow each call. */
    static final int ISSUED_TOKENS_KEPT = 8;

    private final Set<String> configured = new LinkedHashSet<>();
    private final Map<String, List<String>> issued = new LinkedHashMap<>();
    /** Every form, longest first, so a Basic pair is masked whole before the secret inside it. */
    private volatile List<String> forms = List.of();
    /** The first characters of every form: text without any of them needs no search, which keeps large answers cheap. */
    private volatile Set<String> starts = Set.of();

    /** Registers a configured secret in every form a server may echo it in; short values are ignored (see {@link #MIN_SECRET_CHARS}). */
    public synchronized void register(String secret) {
        configured.addAll(formsOf(secret));
        rebuild();
    }

    /** Registers a token as it is issued; the latest {@link #ISSUED_TOKENS_KEPT} stay masked. */
    public synchronized void registerIssued(String token) {
        if (token == null || issued.containsKey(token)) {
            return;
        }
        issued.put(token, formsOf(token));
        while (issued.size() > ISSUED_TOKENS_KEPT) {
            issued.remove(issued.keySet().iterator().next());
        }
        rebuild();
    }

    /** Registers "id:secret" as a Basic header carries it, in standard and URL-safe base64, besides the secret itself. */
    public synchronized void registerBasicPair(String id, String secret) {
        if (id == null || secret == null) {
            return;
        }
        configured.addAll(formsOf(secret));
        byte[] pair = (id + ":" + secret).getBytes(StandardCharsets.UTF_8);
        if (pair.length >= MIN_SECRET_CHARS) {
            configured.add(Base64.getEncoder().encodeToString(pair));
            configured.add(Base64.getEncoder().withoutPadding().encodeToString(pair));
            configured.add(Base64.getUrlEncoder().withoutPadding().encodeToString(pair));
        }
        rebuild();
    }

    private static List<String> formsOf(String secret) {
        List<String> out = new ArrayList<>();
        if (secret == null || secret.length() < MIN_SECRET_CHARS) {
            return out;
        }
        String formEncoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        for (String text : new String[] {secret, formEncoded}) {
            out.add(text);
            out.add(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
            for (int offset = 0; offset < 3; offset++) {
                out.add(alignedBase64(text, offset, Base64.getEncoder()));
                out.add(alignedBase64(text, offset, Base64.getUrlEncoder()));
            }
        }
        out.add(formEncoded.replace("+", "%20"));
        out.add(secret.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/"));
        out.add(secret.replace("\\", "\\\\").replace("\"", "\\\""));
        out.removeIf(form -> form == null || form.length() < MIN_SECRET_CHARS);
        return out;
    }

    private void rebuild() {
        Set<String> all = new LinkedHashSet<>(configured);
        issued.values().forEach(all::addAll);
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        forms = List.copyOf(sorted);
        starts = sorted.stream().map(form -> form.substring(0, MIN_SECRET_CHARS)).collect(Collectors.toUnmodifiableSet());
    }

    /** Server text made safe to show: flattened, then every registered secret and every credential shape masked. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = redactKnown(text);
        result = JWT.matcher(result).replaceAll(MASK);
        result = AUTH_HEADER.matcher(result).replaceAll("$1 " + MASK);
        result = QUOTED_FIELD.matcher(result).replaceAll("$1" + MASK);
        return PLAIN_FIELD.matcher(result).replaceAll("$1" + MASK);
    }

    /**
     * Server data (names, teams, state names) made safe to show: flattened, and every registered secret masked. The
     * credential shapes are left out, since they would turn a team called "Basic Accounts" into a mask.
     */
    public String redactKnown(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = stripControls(text);
        if (!mayContainAForm(result)) {
            return result;
        }
        for (String form : forms) {
            if (result.contains(form)) {
                result = result.replace(form, MASK);
            }
        }
        return result;
    }

    private boolean mayContainAForm(String text) {
        Set<String> known = starts;
        for (int i = 0; i + MIN_SECRET_CHARS <= text.length(); i++) {
            if (known.contains(text.substring(i, i + MIN_SECRET_CHARS))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Line breaks and tabs become a space, so server text can never forge a log line; any other control or
     * direction-override character becomes a visible escape such as {@code \u001b}.
     */
    public static String stripControls(String text) {
        if (text == null || text.codePoints().noneMatch(Redactor::isControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (!isControl(c)) {
                out.appendCodePoint(c);
            } else if (c == '\n' || c == '\r' || c == '\t' || c == 0x0b || c == '\f' || c == 0x85 || c == 0x2028 || c == 0x2029) {
                out.append(' ');
            } else {
                out.append(String.format("\\u%04x", c));
            }
        });
        return out.toString();
    }

    /** C0/C1 controls, line and paragraph separators, and the invisible format characters (bidi overrides, zero widths). */
    public static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT;
    }

    /**
     * The base64 characters that depend on the text alone when it starts {@code offset} bytes into a longer value: a
     * secret inside a base64-encoded body or Basic header is found whatever precedes and follows it.
     */
    static String alignedBase64(String text, int offset, Base64.Encoder encoder) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] shifted = new byte[offset + bytes.length];
        System.arraycopy(bytes, 0, shifted, offset, bytes.length);
        String encoded = encoder.withoutPadding().encodeToString(shifted);
        int first = (offset * 8 + 5) / 6;
        int end = (shifted.length * 8) / 6;
        return first < end ? encoded.substring(first, end) : null;
    }
}
