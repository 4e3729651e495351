package dev.cxmon.testing;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The HTTP client tests use: HTTP/1.1 only, because the JDK client's h2c upgrade attempt can hang against
 * Vert.x, and with a connect timeout so a test fails instead of waiting forever.
 */
public final class TestHttp {

    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestHttp() {}

    public static HttpClient client() {
        return CLIENT;
    }
}
