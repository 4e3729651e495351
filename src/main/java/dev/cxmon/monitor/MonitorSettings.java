package dev.cxmon.monitor;

import java.time.Duration;
import java.util.List;

/** The daemon's validated settings: who to watch (this shard's part of the roster) and when. */
public record MonitorSettings(List<RosterEntry> roster, PollSchedule schedule, int concurrency, Duration resolveEvery, boolean demo,
        PollStrategy strategy, Duration fullResyncEvery, int shardIndex, int shardCount) {

    /** Not sharded: the roster is the whole configured roster. */
    public MonitorSettings(List<RosterEntry> roster, PollSchedule schedule, int concurrency, Duration resolveEvery, boolean demo,
            PollStrategy strategy, Duration fullResyncEvery) {
        this(roster, schedule, concurrency, resolveEvery, demo, strategy, fullResyncEvery, 0, 1);
    }

    /** Per-agent polling with the default resync period: what tests of the per-agent path use. */
    public MonitorSettings(List<RosterEntry> roster, PollSchedule schedule, int concurrency, Duration resolveEvery, boolean demo) {
        this(roster, schedule, concurrency, resolveEvery, demo, PollStrategy.PER_AGENT, Duration.ofMinutes(10));
    }

    /** Keeps only the shard's part of the roster (see ShardAssignment). */
    public MonitorSettings withShard(ShardAssignment shard) {
        return new MonitorSettings(shard.select(roster), schedule, concurrency, resolveEvery, demo, strategy, fullResyncEvery, shard.index(), shard.count());
    }
}
