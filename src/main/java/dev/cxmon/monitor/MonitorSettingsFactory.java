package dev.cxmon.monitor;

import dev.cxmon.config.ConfigProblem;
import dev.cxmon.config.CxoneConfig;
import dev.cxmon.simulator.SimulatorLauncher;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Validates and builds {@link MonitorSettings}; on the embedded simulator the roster defaults to the demo agents. */
@ApplicationScoped
public class MonitorSettingsFactory {

    /** The demo agents plus one unknown ID and one user without the agent role, so the ERROR paths show too. */
    public static final List<String> DEMO_ROSTER = List.of("1001", "1002", "1003", "1004", "1005", "1006", "9999", "notagent@demo.example");

    public sealed interface Built permits Ok, Problems {}

    public record Ok(MonitorSettings settings) implements Built {}

    public record Problems(List<ConfigProblem> problems) implements Built {}

    private final CxoneConfig config;
    private final SimulatorLauncher simulator;

    public MonitorSettingsFactory(CxoneConfig config, SimulatorLauncher simulator) {
        this.config = config;
        this.simulator = simulator;
    }

    public Built build() {
        List<ConfigProblem> problems = new ArrayList<>();
        boolean demo = simulator.enabled();
        boolean rosterConfigured = config.roster().filter(r -> !r.isEmpty()).isPresent() || config.rosterFile().isPresent();
        RosterLoader.Result roster = rosterConfigured ? RosterLoader.load(config.roster(), config.rosterFile())
                : RosterLoader.load(demo ? Optional.of(DEMO_ROSTER) : Optional.empty(), Optional.empty());
        problems.addAll(roster.problems());
        if (roster.entries().isEmpty() && roster.problems().isEmpty()) {
            problems.add(new ConfigProblem("cxone.roster", "no agents to monitor.",
                    "set cxone.roster (CXONE_ROSTER) to agent IDs or user names, e.g. 1001,jane@example.com, or cxone.roster-file"));
        }
        PollSchedule schedule = null;
        PollSchedule.Parsed parsed = PollSchedule.parse(config.poll().every(), config.poll().cron());
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
        if (!problems.isEmpty()) {
            return new Problems(problems);
        }
        return new Ok(new MonitorSettings(roster.entries(), schedule, concurrency, resolveEvery, demo));
    }
}
