package dev.cxmon.config;

import java.net.URI;

/** The one test of "a URL calls can be sent to", for configured hosts and for the endpoints CXone's discovery names. */
public final class HttpUrls {

    private HttpUrls() {}

    public static boolean isAbsoluteHttp(URI uri) {
        String scheme = uri.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http")) && uri.getHost() != null;
    }
}
