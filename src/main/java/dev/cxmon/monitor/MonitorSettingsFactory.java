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

/** Validates and builds {@link MonitorSettings}; on the embedded simulator the roster defaults to the demo agents. */
@ApplicationScoped
public class MonitorSettingsFactory {

    private static final Logger LOG = Logger.getLogger(MonitorSettingsFactory.class);

    private static final Duration MAX_SHUTDOWN_GRACE = Duration.ofMinutes(5);

    public sealed interface Built permits Ok, Problems {}

    public record Ok(MonitorSettings settings) implements Built {}

    public record Problems(List<ConfigProblem> problems) implements Built {}

    private final CxoneConfig config;
    private final DemoDefaults demoDefaults;

    public MonitorSettingsFactory(CxoneConfig config, DemoDefaults demoDefaults) {
        this.config = config;
        this.demoDefaults = demoDefaults;
    }

    /** How long shutdown waits for the poll in flight; validated by {@link #build()}. */
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
        PollSchedule schedule = null;
        PollSchedule.Parsed parsed = PollSchedule.parse(config.poll().every(),
                GivenSettings.ofThisProcess().raw("cxone.poll.every").isPresent(), config.poll().cron());
        if (parsed instanceof PollSchedule.Valid valid) {
            schedule = valid.schedule();
        } else if (parsed instanceof PollSchedule.Invalid invalid) {
            problems.addAll(invalid.problems());
        }
        int concurrency = config.poll().concurrency();
        if (concurrency < 1 || concurrency > 256) {
            problems.add(new ConfigProblem("cxone.poll.concurrency", concurrency + " is outside 1..256.",
                    "set how many agents are read at once, e.g. 8"));
        }
        Duration resolveEvery = config.poll().resolveEvery();
        if (resolveEvery.compareTo(Duration.ofSeconds(10)) < 0) {
            problems.add(new ConfigProblem("cxone.poll.resolve-every", resolveEvery + " is shorter than 10s.",
                    "re-resolve user names every few minutes, e.g. 10m"));
        }
        Optional<PollStrategy> strategy = PollStrategy.parse(config.poll().strategy());
        if (strategy.isEmpty()) {
            problems.add(new ConfigProblem("cxone.poll.strategy", "'" + config.poll().strategy() + "' is not a polling strategy.",
                    "use auto (default), bulk or per-agent"));
        }
        Duration fullResync = config.poll().fullResyncEvery();
        if (fullResync.compareTo(Duration.ofSeconds(30)) < 0) {
            problems.add(new ConfigProblem("cxone.poll.full-resync-every", fullResync + " is shorter than 30s.",
                    "resynchronise the bulk snapshot every few minutes, e.g. 10m"));
        }
        Duration grace = config.shutdown().grace();
        if (grace.isNegative() || grace.compareTo(MAX_SHUTDOWN_GRACE) > 0) {
            problems.add(new ConfigProblem("cxone.shutdown.grace", grace + " is outside 0s..5m.",
                    "give the poll in flight a few seconds to finish on shutdown, e.g. 10s, and keep it below the "
                            + "container's termination grace period"));
        }
        ShardSettings.Resolved shard = ShardSettings.resolve(config.shard().count(), config.shard().index(),
                Optional.ofNullable(System.getenv("HOSTNAME")));
        if (shard instanceof ShardSettings.Invalid invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            return new Problems(problems);
        }
        MonitorSettings all = new MonitorSettings(roster.entries(), schedule, concurrency, resolveEvery, demo, strategy.get(), fullResync);
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
