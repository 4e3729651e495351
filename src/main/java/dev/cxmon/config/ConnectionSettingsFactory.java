package dev.cxmon.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns {@link CxoneConfig} into {@link ConnectionSettings}. In simulator mode the discovery host is the
 * simulator unless cxone.auth-url says otherwise; with no credentials at all the demo application and the
 * demo-supervisor access key are used, and with only an access key the demo application is.
 */
@ApplicationScoped
public class ConnectionSettingsFactory {

    private final CxoneConfig config;
    private final DemoDefaults demo;

    public ConnectionSettingsFactory(CxoneConfig config, DemoDefaults demo) {
        this.config = config;
        this.demo = demo;
    }

    public List<ConfigProblem> problems() {
        List<ConfigProblem> problems = new ArrayList<>(ConfigValidator.validate(config));
        TrustStores.problem(config.http()).ifPresent(problems::add);
        return problems;
    }

    public List<ConfigProblem> tutorialEndpoints() {
        return ConfigValidator.tutorialEndpoints(config);
    }

    /** Settings from configuration; call {@link #problems()} first, unusable values fall back to defaults here. */
    public ConnectionSettings fromConfig() {
        boolean simulator = ConfigValidator.simulatorEnabled(config);
        URI authUrl = config.authUrl().flatMap(ConnectionSettingsFactory::uri)
                .orElseGet(() -> simulator ? demo.simulatorUrl() : ConnectionSettings.DEFAULT_AUTH_URL);
        ConnectionSettings settings = new ConnectionSettings(
                authUrl,
                config.apiUrl().flatMap(ConnectionSettingsFactory::uri),
                config.apiVersion().trim(),
                config.clientId().filter(s -> !s.isBlank()),
                config.clientSecret().filter(s -> !s.isBlank()).map(Secret::of),
                config.username().filter(s -> !s.isBlank()),
                config.password().filter(s -> !s.isBlank()).map(Secret::of),
                config.accessToken().filter(s -> !s.isBlank()).map(Secret::of),
                config.clientAuthMethod(),
                config.http().connectTimeout(),
                config.http().readTimeout(),
                config.businessUnits().orElse(List.of()));
        DemoDefaults.KeyPair application = simulator ? demo.application() : null;
        if (simulator && !ConfigValidator.hasCredentials(config)) {
            DemoDefaults.KeyPair key = demo.accessKey();
            settings = settings.withCredentials(application.id(), application.secret().reveal(), key.id(), key.secret().reveal());
        } else if (simulator && settings.clientId().isEmpty() && settings.clientSecret().isEmpty() && !settings.usesGivenToken()) {
            settings = settings.withCredentials(application.id(), application.secret().reveal(), settings.accessKeyId().orElse(""),
                    settings.accessKeySecret().map(Secret::reveal).orElse(""));
        }
        return settings;
    }

    private static Optional<URI> uri(String text) {
        try {
            URI uri = URI.create(text.trim());
            return uri.getScheme() != null && uri.getHost() != null ? Optional.of(stripTrailingSlash(uri)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static URI stripTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }
}
