package dev.cxmon.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many requests the simulator received, per operation (names in {@link SimulatorOperations}).
 * Requests answered by a fault are counted too; control routes under /simulator are not.
 */
public final class RequestCounters {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> lastQueries = new ConcurrentHashMap<>();

    void increment(String operation) {
        counts.computeIfAbsent(operation, k -> new LongAdder()).increment();
    }

    void increment(String operation, Map<String, String> query) {
        increment(operation);
        lastQueries.put(operation, Map.copyOf(query));
    }

    /** The query parameters of the operation's latest request (a repeated name keeps its first value); empty if never called. */
    public Map<String, String> lastQuery(String operation) {
        return lastQueries.getOrDefault(operation, Map.of());
    }

    public long count(String operation) {
        LongAdder adder = counts.get(operation);
        return adder == null ? 0 : adder.sum();
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Operation name to count, sorted by name; operations never called are absent. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((op, adder) -> {
            long n = adder.sum();
            if (n > 0) {
                copy.put(op, n);
            }
        });
        return copy;
    }

    public void reset() {
        counts.clear();
        lastQueries.clear();
    }
}
