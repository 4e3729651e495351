package dev.cxmon.monitor;

import dev.cxmon.cxone.AgentStateRecord;
import dev.cxmon.cxone.BulkStates;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bulk strategy's picture of every agent the token can see, kept current with deltas. The next
 * updatedSince is always the server's lastPollTime, never this machine's clock (cxone-api.md §4). Pure.
 */
final class BulkSnapshot {

    static final String EPOCH = "1970-01-01T00:00:00.000Z";

    private final Map<Long, AgentStateRecord> records = new HashMap<>();
    private String lastPollTime;
    private Instant fullSyncAt;

    /** A full read is due on start, after any error or gap (invalidated), and every {@code fullResyncEvery}. */
    boolean fullSyncDue(Instant now, Duration fullResyncEvery) {
        return fullSyncAt == null || lastPollTime == null || !now.isBefore(fullSyncAt.plus(fullResyncEvery));
    }

    String updatedSince(boolean full) {
        return full ? EPOCH : lastPollTime;
    }

    void applyFull(BulkStates answer, Instant now) {
        records.clear();
        apply(answer);
        fullSyncAt = now;
    }

    /** 304, 204 and an empty list all mean "nothing changed": the previous records stand. */
    void apply(BulkStates answer) {
        for (AgentStateRecord record : answer.states()) {
            if (record.agentId() != null) {
                records.put(record.agentId(), record);
            }
        }
        answer.lastPollTime().ifPresent(time -> lastPollTime = time);
    }

    void invalidate() {
        fullSyncAt = null;
        lastPollTime = null;
        records.clear();
    }

    Optional<AgentStateRecord> get(long agentId) {
        return Optional.ofNullable(records.get(agentId));
    }

    /** The identities of the agents listed now, for resolution; a view, valid until the next bulk read changes it. */
    AgentDirectory directory() {
        return new AgentDirectory(Collections.unmodifiableMap(records));
    }

    int size() {
        return records.size();
    }
}
