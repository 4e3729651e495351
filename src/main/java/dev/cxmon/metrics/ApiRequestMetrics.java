package dev.cxmon.metrics;

import dev.cxmon.cxone.Exchange;
import dev.cxmon.cxone.ExchangeListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * cxone_api_requests_total{operation,status}: every request sent to CXone, retries included, by operation
 * (e.g. agent_state, bulk_states, token) and HTTP status, or {@code network} when no answer came. Calls the
 * client-side rate limit held back were never sent and are not counted. Both labels are bounded.
 */
@ApplicationScoped
public class ApiRequestMetrics implements ExchangeListener {

    public static final String REQUESTS = "cxone.api.requests";
    public static final String NO_ANSWER = "network";

    private final MeterRegistry registry;

    public ApiRequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onExchange(Exchange exchange) {
        Counter.builder(REQUESTS)
                .tags("operation", exchange.operation().toLowerCase(Locale.ROOT),
                        "status", exchange.answered() ? Integer.toString(exchange.status()) : NO_ANSWER)
                .description("Requests sent to CXone, by operation and HTTP status (network: no answer)")
                .register(registry).increment();
    }
}
