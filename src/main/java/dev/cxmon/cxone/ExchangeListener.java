package dev.cxmon.cxone;

/** Receives every exchange a connection makes: the diagnosis keeps them as its evidence trail. */
@FunctionalInterface
public interface ExchangeListener {
    ExchangeListener NONE = exchange -> {};

    void onExchange(Exchange exchange);
}
