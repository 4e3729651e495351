package dev.cxmon.cxone;

import java.util.Objects;

/** Receives every exchange a connection makes: the diagnosis keeps them as its evidence trail, the metrics count them. */
@FunctionalInterface
public interface ExchangeListener {
    ExchangeListener NONE = exchange -> {};

    void onExchange(Exchange exchange);

    /** This listener, then {@code next}, for every exchange. */
    default ExchangeListener andThen(ExchangeListener next) {
        Objects.requireNonNull(next, "next");
        return exchange -> {
            onExchange(exchange);
            next.onExchange(exchange);
        };
    }
}
