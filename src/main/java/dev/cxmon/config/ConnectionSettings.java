package dev.cxmon.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
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
        Duration readTimeout,
        List<String> businessUnits) {

    public static final URI DEFAULT_AUTH_URL = URI.create("https://cxone.niceincontact.com");

    /** The business units the bulk call asks for (cxone.business-units); empty means the token's own. */
    public ConnectionSettings {
        businessUnits = businessUnits == null ? List.of() : businessUnits.stream().map(String::trim).filter(bu -> !bu.isEmpty()).toList();
    }

    /** Settings that ask for the token's business unit. */
    public ConnectionSettings(URI authUrl, Optional<URI> apiUrl, String apiVersion, Optional<String> clientId, Optional<Secret> clientSecret,
            Optional<String> accessKeyId, Optional<Secret> accessKeySecret, Optional<Secret> accessToken, ClientAuthMethod clientAuthMethod,
            Duration connectTimeout, Duration readTimeout) {
        this(authUrl, apiUrl, apiVersion, clientId, clientSecret, accessKeyId, accessKeySecret, accessToken, clientAuthMethod,
                connectTimeout, readTimeout, List.of());
    }

    public boolean usesGivenToken() {
        return accessToken.isPresent();
    }

    public ConnectionSettings withCredentials(String clientId, String clientSecret, String keyId, String keySecret) {
        return new ConnectionSettings(authUrl, apiUrl, apiVersion, Optional.of(clientId), Optional.of(Secret.of(clientSecret)),
                Optional.of(keyId), Optional.of(Secret.of(keySecret)), Optional.empty(), clientAuthMethod, connectTimeout, readTimeout, businessUnits);
    }

    public ConnectionSettings withAuthUrl(URI url) {
        return new ConnectionSettings(url, apiUrl, apiVersion, clientId, clientSecret, accessKeyId, accessKeySecret,
                accessToken, clientAuthMethod, connectTimeout, readTimeout, businessUnits);
    }

    public ConnectionSettings withApiUrl(URI url) {
        return new ConnectionSettings(authUrl, Optional.ofNullable(url), apiVersion, clientId, clientSecret, accessKeyId,
                accessKeySecret, accessToken, clientAuthMethod, connectTimeout, readTimeout, businessUnits);
    }

    public ConnectionSettings withClientAuthMethod(ClientAuthMethod method) {
        return new ConnectionSettings(authUrl, apiUrl, apiVersion, clientId, clientSecret, accessKeyId, accessKeySecret,
                accessToken, method, connectTimeout, readTimeout, businessUnits);
    }

    public ConnectionSettings withReadTimeout(Duration timeout) {
        return new ConnectionSettings(authUrl, apiUrl, apiVersion, clientId, clientSecret, accessKeyId, accessKeySecret,
                accessToken, clientAuthMethod, connectTimeout, timeout, businessUnits);
    }

    public ConnectionSettings withBusinessUnits(List<String> units) {
        return new ConnectionSettings(authUrl, apiUrl, apiVersion, clientId, clientSecret, accessKeyId, accessKeySecret,
                accessToken, clientAuthMethod, connectTimeout, readTimeout, units);
    }
}
