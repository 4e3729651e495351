package dev.cxmon.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.Exchange;
import dev.cxmon.cxone.ExchangeListener;
import dev.cxmon.cxone.Operation;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRequestMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ApiRequestMetrics metrics = new ApiRequestMetrics(registry);

    private static Exchange exchange(Operation operation, int status) {
        return new Exchange(operation.name(), "GET", "https://api.example/x", status, 12, null, null);
    }

    private double count(String operation, String status) {
        return registry.get(ApiRequestMetrics.REQUESTS).tags("operation", operation, "status", status).counter().count();
    }

    @Test
    void countsByLowerCaseOperationAndStatusWithNetworkForNoAnswer() {
        metrics.onExchange(exchange(Operation.AGENT_STATE, 200));
        metrics.onExchange(exchange(Operation.AGENT_STATE, 200));
        metrics.onExchange(exchange(Operation.AGENT_STATE, 503));
        metrics.onExchange(exchange(Operation.BULK_STATES, 0));
        metrics.onExchange(exchange(Operation.TOKEN, 401));

        assertThat(count("agent_state", "200")).isEqualTo(2);
        assertThat(count("agent_state", "503")).isEqualTo(1);
        assertThat(count("bulk_states", "network")).isEqualTo(1);
        assertThat(count("token", "401")).isEqualTo(1);
        assertThat(registry.find(ApiRequestMetrics.REQUESTS).counters()).hasSize(4)
                .allSatisfy(c -> assertThat(c.getId().getTags()).extracting(t -> t.getKey()).containsExactly("operation", "status"));
    }

    @Test
    void composesWithAnotherListenerInOrder() {
        List<String> seen = new ArrayList<>();
        ExchangeListener first = e -> seen.add("first " + e.status());
        ExchangeListener composed = first.andThen(metrics).andThen(e -> seen.add("last " + e.status()));
        composed.onExchange(exchange(Operation.AGENT, 404));
        assertThat(seen).containsExactly("first 404", "last 404");
        assertThat(count("agent", "404")).isEqualTo(1);
    }
}
