package dev.cxmon.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything needed to talk to one CXone tenant (or the simulator). A value: tests and the diagnosis
 * build their own, the daemon's comes from {@link CxoneConfig}.
 */
public record ConnectionSettings(
        URI authUrl,
        Optional<URI> apiUrl,
        String apiVersion,
        Optional<String> clientId,
        Optional<Secret> clientSecret,
        Optional<String> accessKeyId,
        Optional<Secret> accessKeySecret,
        Optional<Secret> accessToken,
        ClientAuthMethod clientAuthMethod,
        Duration connectTimeout,
        Duration readTimeout) {

    public static final URI DEFAULT_AUTH_URL = URI.create("https://cxone.niceincontact.com");

    public boolean usesGivenToken() {
        return accessToken.isPresent();
    }

    public ConnectionSettings withCredentials(String clientId, String clientSecret, String keyId, String keySecret) {
        return new ConnectionSettings(authUrl, apiUrl, apiVersion, Optional.of(clientId), Optional.of(Secret.of(clientSecret)),
                Optional.of(keyId), Optional.of(Secret.of(keySecret)), Optional.empty(), clientAuthMethod, connectTimeout, readTimeout);
    }

    public ConnectionSettings withAuthUrl(URI url) {
        return new ConnectionSettings(url, apiUrl, apiVersion, clientId, clientSecret, accessKeyId, accessKeySecret,
                accessToken, clientAuthMethod, connectTimeout, readTimeout);
    }

    public ConnectionSettings withApiUrl(URI url) {
        return new ConnectionSettings(authUrl, Optional.ofNullable(url), apiVersion, clientId, clientSecret, accessKeyId,
                accessKeySecret, accessToken, clientAuthMethod, connectTimeout, readTimeout);
    }

    public ConnectionSettings withClientAuthMethod(ClientAuthMethod method) {
        return new ConnectionSettings(authUrl, apiUrl, apiVersion, clientId, clientSecret, accessKeyId, accessKeySecret,
                accessToken, method, connectTimeout, readTimeout);
    }

    public ConnectionSettings withReadTimeout(Duration timeout) {
        return new ConnectionSettings(authUrl, apiUrl, apiVersion, clientId, clientSecret, accessKeyId, accessKeySecret,
                accessToken, clientAuthMethod, connectTimeout, timeout);
    }
}
