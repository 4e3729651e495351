package dev.cxmon.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last changes of each roster agent, for GET /api/agents/{ref}: counters say how often, this says what and when. An
 * observation is an entry when its status, availability, reason, CXone state or error differs from the agent's last
 * entry (the first observation always is one); each agent keeps at most {@code size} entries (cxone.api.history-size), the
 * oldest dropped first. Memory: a ring of {@code size} references per agent and one small {@link HistoryEntry} per
 * change, its texts shared ({@link SharedTexts}); see docs/performance.md for the bound at 10,000 agents.
 */
public final class AgentHistory {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 1000;

    private final int size;
    private final Map<String, Ring> rings = new ConcurrentHashMap<>();
    private final SharedTexts texts = new SharedTexts();

    public AgentHistory(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("history size " + size + " is outside 1.." + MAX_SIZE);
        }
        this.size = size;
    }

    /** Records the observation as a new entry if it changed anything since the agent's last entry. */
    public void record(String key, AgentObservation observation) {
        rings.computeIfAbsent(key, k -> new Ring(size)).offer(observation, texts);
    }

    /** The agent's changes, newest first; none for an agent not observed (or no longer in the roster). */
    public List<HistoryEntry> changes(String key) {
        Ring ring = rings.get(key);
        return ring == null ? List.of() : ring.newestFirst();
    }

    /** Forgets the agents not in {@code keys} (they left the roster, or were resolved to another key). */
    void retain(Set<String> keys) {
        rings.keySet().retainAll(keys);
    }

    /**
     * When an observation's change happened: the one place the history takes its time from. When CXone says the state began
     * (startDate), else when the monitor saw it.
     */
    static Instant timeOf(AgentObservation observation) {
        return observation.stateStart().orElse(observation.at());
    }

    /** One agent's entries: a fixed array written round, {@code next} the slot the next entry takes. */
    private static final class Ring {

        private final HistoryEntry[] entries;
        private int next;
        private int count;

        Ring(int size) {
            entries = new HistoryEntry[size];
        }

        synchronized void offer(AgentObservation observation, SharedTexts texts) {
            if (count > 0 && newest().sameAs(observation)) {
                return;
            }
            entries[next] = HistoryEntry.of(observation, timeOf(observation), texts);
            next = (next + 1) % entries.length;
            count = Math.min(count + 1, entries.length);
        }

        private HistoryEntry newest() {
            return entries[(next - 1 + entries.length) % entries.length];
        }

        synchronized List<HistoryEntry> newestFirst() {
            List<HistoryEntry> out = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                out.add(entries[(next - i + entries.length) % entries.length]);
            }
            return List.copyOf(out);
        }
    }
}
