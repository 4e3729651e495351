package dev.cxmon.monitor;

import dev.cxmon.config.CxoneConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.function.IntConsumer;

/** How the roster's states are read (cxone.poll.strategy). */
public enum PollStrategy {
    /** GET /agents/{id}/states for every agent: one call per agent per poll. */
    PER_AGENT {
        @Override
        RosterReader reader(ExecutorService workers, Clock clock, Duration fullResyncEvery, IntConsumer hiddenCount) {
            return new PerAgentReader(workers, clock);
        }
    },
    /** GET /agents/states with updatedSince = the server's last lastPollTime; per-agent only for agents the bulk view hides. */
    BULK {
        @Override
        RosterReader reader(ExecutorService workers, Clock clock, Duration fullResyncEvery, IntConsumer hiddenCount) {
            return new BulkDeltaReader(new PerAgentReader(workers, clock), workers, failure -> false, fullResyncEvery, hiddenCount);
        }
    },
    /** Bulk, falling back to per-agent while the bulk endpoint is unusable (e.g. 403 or 404 there). */
    AUTO {
        @Override
        RosterReader reader(ExecutorService workers, Clock clock, Duration fullResyncEvery, IntConsumer hiddenCount) {
            return new BulkDeltaReader(new PerAgentReader(workers, clock), workers, BulkDeltaReader::bulkRefuses, fullResyncEvery,
                    hiddenCount);
        }
    };

    /**
     * The reader of this strategy, on the poll's workers.
     *
     * @param hiddenCount told how many roster agents the bulk view hides (BULK_NOT_VISIBLE) after each bulk read
     */
    abstract RosterReader reader(ExecutorService workers, Clock clock, Duration fullResyncEvery, IntConsumer hiddenCount);

    /** The strategy cxone.poll.strategy names: the configuration's constant of the same name. */
    public static PollStrategy of(CxoneConfig.Poll.Strategy configured) {
        return valueOf(configured.name());
    }
}
