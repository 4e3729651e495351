package dev.cxmon.monitor;

import dev.cxmon.config.ConfigProblem;
import dev.cxmon.config.ConfigValidator;
import dev.cxmon.config.CxoneConfig;
import dev.cxmon.config.DemoDefaults;
import dev.cxmon.config.GivenSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Validates and builds {@link MonitorSettings}; on the embedded simulator the roster defaults to the demo agents. Single
 * keys were checked when the configuration was read (ranges on {@link CxoneConfig}); here are the roster, the schedule and
 * the shard, which depend on files, on each other or on HOSTNAME.
 */
@ApplicationScoped
public class MonitorSettingsFactory {

    private static final Logger LOG = Logger.getLogger(MonitorSettingsFactory.class);

    public sealed interface Built permits Ok, Problems {}

    public record Ok(MonitorSettings settings) implements Built {}

    public record Problems(List<ConfigProblem> problems) implements Built {}

    private final CxoneConfig config;
    private final DemoDefaults demoDefaults;

    public MonitorSettingsFactory(CxoneConfig config, DemoDefaults demoDefaults) {
        this.config = config;
        this.demoDefaults = demoDefaults;
    }

    /** How long shutdown waits for the poll in flight (0s..5m, see CxoneConfig.Shutdown). */
    public Duration shutdownGrace() {
        return config.shutdown().grace();
    }

    public Built build() {
        List<ConfigProblem> problems = new ArrayList<>();
        boolean demo = ConfigValidator.simulatorEnabled(config);
        boolean rosterConfigured = config.roster().filter(r -> !r.isEmpty()).isPresent() || config.rosterFile().isPresent();
        RosterLoader.Result roster = rosterConfigured ? RosterLoader.load(config.roster(), config.rosterFile())
                : RosterLoader.load(demo ? Optional.of(demoDefaults.roster()) : Optional.empty(), Optional.empty());
        problems.addAll(roster.problems());
        if (roster.entries().isEmpty() && roster.problems().isEmpty()) {
            problems.add(new ConfigProblem("cxone.roster", "no agents to monitor.",
                    "set cxone.roster (CXONE_ROSTER) to agent IDs or user names, e.g. 1001,jane@example.com, or cxone.roster-file"));
        }
        List<ConfigProblem> conflict = ConfigValidator.validatePolling(config, GivenSettings.ofThisProcess().raw("cxone.poll.every").isPresent());
        problems.addAll(conflict);
        PollSchedule schedule = null;
        if (conflict.isEmpty()) {
            PollSchedule.Parsed parsed = PollSchedule.parse(config.poll().every(), config.poll().cron());
            if (parsed instanceof PollSchedule.Valid valid) {
                schedule = valid.schedule();
            } else if (parsed instanceof PollSchedule.Invalid invalid) {
                problems.addAll(invalid.problems());
            }
        }
        ShardSettings.Resolved shard = ShardSettings.resolve(config.shard().count(), config.shard().index(),
                Optional.ofNullable(System.getenv("HOSTNAME")));
        if (shard instanceof ShardSettings.Invalid invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            return new Problems(problems);
        }
        CxoneConfig.Poll poll = config.poll();
        MonitorSettings all = new MonitorSettings(roster.entries(), schedule, poll.concurrency(), poll.resolveEvery(), demo,
                PollStrategy.of(poll.strategy()), poll.fullResyncEvery());
        return new Ok(sharded(all, (ShardSettings.Valid) shard));
    }

    private static MonitorSettings sharded(MonitorSettings all, ShardSettings.Valid shard) {
        MonitorSettings mine = all.withShard(shard.assignment());
        if (shard.assignment().sharded()) {
            LOG.infof("Shard index %d of %d shards (from %s): this instance polls %d of the roster's %d entries",
                    shard.assignment().index(), shard.assignment().count(), shard.source(), mine.roster().size(), all.roster().size());
            if (mine.roster().isEmpty()) {
                LOG.warnf("Shard %d has no roster entries: use fewer shards than agents (cxone.shard.count)", shard.assignment().index());
            }
        }
        return mine;
    }
}
