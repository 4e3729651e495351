package dev.cxmon.cxone;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import dev.cxmon.config.CxoneConfig;
import dev.cxmon.config.TrustStores;
import java.net.URI;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Builds Quarkus REST clients for base URIs known only at run time (discovered token endpoint and API
 * host), one per interface, base URI and timeouts. Status codes are left to the caller: the default
 * exception mapper is off so that every answer, 4xx included, reaches {@link CallRunner} as data.
 */
@ApplicationScoped
public class RestClients {

    private record Key(Class<?> type, URI base, Duration connectTimeout, Duration readTimeout) {}

    private final ConcurrentMap<Key, Object> clients = new ConcurrentHashMap<>();
    private final Optional<KeyStore> trustStore;
    private final Optional<String> trustStorePassword;

    /** TLS verification is never switched off; a configured trust store decides which CAs are trusted (see TrustStores). */
    public RestClients(CxoneConfig config) {
        Optional<KeyStore> loaded;
        try {
            loaded = TrustStores.load(config.http());
        } catch (TrustStores.Unusable e) {
            // Startup validation reports this with the key's name; until then, calls use the JVM's trust store only.
            loaded = Optional.empty();
        }
        this.trustStore = loaded;
        this.trustStorePassword = config.http().trustStorePassword();
    }

    public <T> T get(Class<T> type, URI base, Duration connectTimeout, Duration readTimeout) {
        Key key = new Key(type, base, connectTimeout, readTimeout);
        return type.cast(clients.computeIfAbsent(key, k -> {
            QuarkusRestClientBuilder builder = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(base)
                    .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .followRedirects(false)
                    .disableDefaultMapper(true);
            trustStore.ifPresent(store -> builder.trustStore(store, trustStorePassword.orElse(null)));
            return builder.build(type);
        }));
    }
}
