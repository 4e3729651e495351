package dev.cxmon.testing;

import dev.cxmon.config.ClientAuthMethod;
import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Connection settings for a simulator in tests: the demo application with one of the demo access keys. */
public final class DemoSettings {

    private DemoSettings() {}

    public static ConnectionSettings forKey(String baseUrl, String accessKey) {
        return forKey(baseUrl, accessKey, accessKey + "-secret");
    }

    public static ConnectionSettings forKey(String baseUrl, String accessKey, String secret) {
        return new ConnectionSettings(URI.create(baseUrl), Optional.empty(), "27.0", Optional.of("demo-client"),
                Optional.of(Secret.of("demo-client-secret")), Optional.of(accessKey), Optional.of(Secret.of(secret)), Optional.empty(),
                ClientAuthMethod.BASIC, Duration.ofSeconds(2), Duration.ofSeconds(5));
    }
}
