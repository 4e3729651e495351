package dev.cxmon.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one test of "a URL calls can be sent to", for configured hosts and for the endpoints CXone's discovery names. */
public final class HttpUrls {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private HttpUrls() {}

    public static boolean isAbsoluteHttp(URI uri) {
        String scheme = uri.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http")) && uri.getHost() != null;
    }

    /**
     * Whether credentials or a token may be sent to this absolute http(s) URL: always over https, over plain http only to
     * loopback (127.0.0.0/8, ::1, localhost), where the simulator runs and nothing crosses a network.
     */
    public static boolean mayCarryCredentials(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) || isLoopback(uri.getHost());
    }

    /** Decided from the name alone: no DNS lookup, so a name that merely resolves to 127.0.0.1 does not count. */
    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || IPV4_LOOPBACK.matcher(h).matches()) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]") && h.contains(":")) {
            try {
                // an IPv6 literal: parsed, never looked up
                return InetAddress.getByName(h.substring(1, h.length() - 1)).isLoopbackAddress();
            } catch (UnknownHostException notALiteral) {
                return false;
            }
        }
        return false;
    }
}
