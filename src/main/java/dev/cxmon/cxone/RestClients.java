package dev.cxmon.cxone;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
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

    public <T> T get(Class<T> type, URI base, Duration connectTimeout, Duration readTimeout) {
        Key key = new Key(type, base, connectTimeout, readTimeout);
        return type.cast(clients.computeIfAbsent(key, k -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(base)
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .disableDefaultMapper(true)
                .build(type)));
    }
}
