package dev.cxmon.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.cxmon.cxone.RestClients;
import dev.cxmon.monitor.MonitorSettings;
import dev.cxmon.monitor.PollSchedule;
import dev.cxmon.monitor.PollStrategy;
import dev.cxmon.monitor.RosterEntry;
import dev.cxmon.monitor.RosterPoller;
import dev.cxmon.monitor.RosterState;
import dev.cxmon.monitor.ShardAssignment;
import dev.cxmon.monitor.SkillSettings;
import dev.cxmon.simulator.MutableClock;
import dev.cxmon.simulator.SimulatorOperations;
import dev.cxmon.simulator.SimulatorOptions;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.PrometheusText;
import dev.cxmon.testing.SimulatorPerTest;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The daemon's poll against the simulator: a skill queue that grows while nobody can answer it shows in every cxone_skill_*
 * family with exact values, its oldest contact's age taken from the simulator's serverTime (its clock is a week before this
 * machine's); a 403 on skills/activity leaves the agent metrics alone.
 */
@QuarkusTest
class SkillExpositionTest extends SimulatorPerTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @Inject
    RestClients clients;

    private final MutableClock clock = new MutableClock(START);
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private RosterPoller poller;

    @Override
    protected SimulatorOptions simulatorOptions() {
        return SimulatorOptions.defaults().withClock(clock).withPageSize(2);
    }

    @AfterEach
    void shutdown() {
        if (poller != null) {
            poller.shutdown();
        }
    }

    private RosterState poller(String accessKey, SkillSettings skills) {
        RosterState state = new RosterState();
        poller = new RosterPoller(clients, state, new AgentMetrics(registry, state, true), clock);
        poller.skillPolling(skills, new SkillMetrics(registry, skills.enabled()));
        poller.configure(new MonitorSettings(List.of(RosterEntry.of("1003"), RosterEntry.of("1001")),
                ((PollSchedule.Valid) PollSchedule.parse("30s", Optional.empty())).schedule(), 2, Duration.ofMinutes(10), false,
                PollStrategy.BULK, Duration.ofMinutes(10)), DemoSettings.forKey(simulator.baseUrl(), accessKey));
        return state;
    }

    private Map<String, Double> skillSeries() {
        Map<String, Double> series = new TreeMap<>();
        PrometheusText.parse(registry.scrape()).all().forEach((name, value) -> {
            if (name.startsWith("cxone_skill_")) {
                series.put(name, value);
            }
        });
        return series;
    }

    @Test
    void aQueueThatGrowsWhileNoAgentIsAvailableShowsInEverySkillFamily() {
        // 2005 Support Email is held by 1003 alone, who is on Break; 2004 Support Inbound by 1002 (LoggedIn), 1003 and 1006
        poller("demo-supervisor", new SkillSettings(true, Set.of("2005", "support inbound")));
        for (int step = 0; step < 3; step++) {
            clock.advance(Duration.ofSeconds(30));
            simulator.stepSkillQueues();
        }
        clock.advance(Duration.ofSeconds(5));
        simulator.requests().reset();

        poller.pollOnce();

        assertThat(simulator.requests().count(SimulatorOperations.SKILL_ACTIVITY)).as("5 skills in pages of 2: one read").isEqualTo(3);
        Map<String, Double> series = skillSeries();
        assertThat(series).containsOnly(
                entry("cxone_skill_info{direction=\"inbound\",media=\"Email\",skill_id=\"2005\",skill_name=\"Support Email\"}", 1.0),
                entry("cxone_skill_info{direction=\"inbound\",media=\"Phone\",skill_id=\"2004\",skill_name=\"Support Inbound\"}", 1.0),
                entry("cxone_skill_contacts_queued{skill_id=\"2005\"}", 3.0),
                entry("cxone_skill_contacts_queued{skill_id=\"2004\"}", 3.0),
                // serverTime 10:01:35 minus the first arrival at 10:00:30
                entry("cxone_skill_oldest_contact_age_seconds{skill_id=\"2005\"}", 65.0),
                // 2004: 0, 1 and 2 contacts arrived at steps 1..3, none answered (nobody Available): the oldest came at 10:01:00
                entry("cxone_skill_oldest_contact_age_seconds{skill_id=\"2004\"}", 35.0),
                entry("cxone_skill_agents{availability=\"AVAILABLE\",skill_id=\"2005\"}", 0.0),
                entry("cxone_skill_agents{availability=\"UNAVAILABLE\",skill_id=\"2005\"}", 1.0),
                entry("cxone_skill_agents{availability=\"WORKING\",skill_id=\"2005\"}", 0.0),
                entry("cxone_skill_agents{availability=\"ACW\",skill_id=\"2005\"}", 0.0),
                entry("cxone_skill_agents{availability=\"AVAILABLE\",skill_id=\"2004\"}", 0.0),
                entry("cxone_skill_agents{availability=\"UNAVAILABLE\",skill_id=\"2004\"}", 2.0),
                entry("cxone_skill_agents{availability=\"WORKING\",skill_id=\"2004\"}", 0.0),
                entry("cxone_skill_agents{availability=\"ACW\",skill_id=\"2004\"}", 0.0),
                entry("cxone_skill_agents_logged_in{skill_id=\"2005\"}", 1.0),
                entry("cxone_skill_agents_logged_in{skill_id=\"2004\"}", 2.0),
                entry("cxone_skill_contacts_active{skill_id=\"2005\"}", 3.0),
                entry("cxone_skill_contacts_active{skill_id=\"2004\"}", 3.0),
                entry("cxone_skill_service_level_ratio{skill_id=\"2005\"}", 1.0),
                entry("cxone_skill_service_level_ratio{skill_id=\"2004\"}", 1.0),
                entry("cxone_skill_service_level_goal_ratio{skill_id=\"2005\"}", 0.8),
                entry("cxone_skill_service_level_goal_ratio{skill_id=\"2004\"}", 0.8),
                entry("cxone_skill_service_level_threshold_seconds{skill_id=\"2005\"}", 6.0),
                entry("cxone_skill_service_level_threshold_seconds{skill_id=\"2004\"}", 20.0),
                entry("cxone_skill_poll_last_success_timestamp_seconds", (double) START.plusSeconds(95).getEpochSecond()),
                entry("cxone_skill_poll_errors_total{reason=\"scope\"}", 0.0),
                entry("cxone_skill_poll_errors_total{reason=\"agent_id\"}", 0.0),
                entry("cxone_skill_poll_errors_total{reason=\"auth\"}", 0.0),
                entry("cxone_skill_poll_errors_total{reason=\"rate_limited\"}", 0.0),
                entry("cxone_skill_poll_errors_total{reason=\"server\"}", 0.0),
                entry("cxone_skill_poll_errors_total{reason=\"network\"}", 0.0),
                entry("cxone_skill_poll_errors_total{reason=\"malformed\"}", 0.0),
                entry("cxone_skill_poll_errors_total{reason=\"not_polled\"}", 0.0));

        // 1003 becomes Available: the next step answers the whole queue, 3 of 4 contacts after the 6 s threshold
        simulator.setAgentState(1003, 1, null);
        clock.advance(Duration.ofSeconds(25));
        simulator.stepSkillQueues();
        clock.advance(Duration.ofSeconds(30));
        poller.pollOnce();

        series = skillSeries();
        assertThat(series).contains(
                entry("cxone_skill_contacts_queued{skill_id=\"2005\"}", 0.0),
                entry("cxone_skill_oldest_contact_age_seconds{skill_id=\"2005\"}", 0.0),
                entry("cxone_skill_agents{availability=\"AVAILABLE\",skill_id=\"2005\"}", 1.0),
                entry("cxone_skill_agents{availability=\"UNAVAILABLE\",skill_id=\"2005\"}", 0.0),
                entry("cxone_skill_service_level_ratio{skill_id=\"2005\"}", 0.25),
                entry("cxone_skill_poll_last_success_timestamp_seconds", (double) START.plusSeconds(150).getEpochSecond()));
    }

    @Test
    void onlyTheFirstShardReadsTheSkillActivitySoASkillIsCountedOnceAcrossShards() {
        for (int index : new int[] {1, 0}) {
            RosterState state = new RosterState();
            PrometheusMeterRegistry shardRegistry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            RosterPoller shard = new RosterPoller(clients, state, new AgentMetrics(shardRegistry, state, true), clock);
            try {
                shard.skillPolling(SkillSettings.everySkill(), new SkillMetrics(shardRegistry, true));
                shard.configure(new MonitorSettings(List.of(RosterEntry.of("1003"), RosterEntry.of("1001")),
                        ((PollSchedule.Valid) PollSchedule.parse("30s", Optional.empty())).schedule(), 2, Duration.ofMinutes(10), false,
                        PollStrategy.BULK, Duration.ofMinutes(10)).withShard(new ShardAssignment(index, 2)),
                        DemoSettings.forKey(simulator.baseUrl(), "demo-supervisor"));
                simulator.requests().reset();

                shard.pollOnce();

                PrometheusText text = PrometheusText.parse(shardRegistry.scrape());
                if (index == 0) {
                    assertThat(simulator.requests().count(SimulatorOperations.SKILL_ACTIVITY)).isGreaterThanOrEqualTo(1);
                    assertThat(text.value("cxone_skill_info{direction=\"inbound\",media=\"Email\",skill_id=\"2005\",skill_name=\"Support Email\"}"))
                            .hasValue(1.0);
                } else {
                    assertThat(simulator.requests().count(SimulatorOperations.SKILL_ACTIVITY)).isZero();
                    assertThat(text.all().keySet()).as("shard 1 exports no skill series")
                            .noneMatch(name -> name.startsWith("cxone_skill_") && !name.startsWith("cxone_skill_poll_"));
                }
            } finally {
                shard.shutdown();
            }
        }
    }

    @Test
    void a403OnSkillActivityLeavesTheAgentMetricsAloneAndRemovesTheSkillSeries() {
        RosterState state = poller("demo-noskills", SkillSettings.everySkill());

        poller.pollOnce();
        poller.pollOnce();

        assertThat(state.current("1003").orElseThrow().status()).isEqualTo(AgentStatus.LOGGED_IN);
        assertThat(state.current("1003").orElseThrow().error()).isEmpty();
        assertThat(state.current("1001").orElseThrow().error()).isEmpty();
        PrometheusText text = PrometheusText.parse(registry.scrape());
        assertThat(text.value("cxone_agent_state{agent_id=\"1003\",state=\"LOGGED_IN\"}")).hasValue(1.0);
        assertThat(text.value("cxone_skill_poll_errors_total{reason=\"scope\"}")).hasValue(2.0);
        assertThat(text.value("cxone_skill_poll_last_success_timestamp_seconds")).hasValue(0.0);
        assertThat(skillSeries().keySet()).as("no per-skill series without a read")
                .allMatch(name -> name.startsWith("cxone_skill_poll_"));
    }

    @Test
    void aSkillSeriesGoesWhenALaterReadFailsAndTheLogSaysSoOncePerChange() {
        List<java.util.logging.LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger.getLogger("dev.cxmon.monitor.SkillPoll").addHandler(capture);
        try {
            poller("demo-supervisor", SkillSettings.everySkill());
            poller.pollOnce();
            assertThat(skillSeries()).containsKey("cxone_skill_contacts_queued{skill_id=\"2002\"}");

            simulator.faults().set(new dev.cxmon.simulator.Fault(dev.cxmon.simulator.FaultKind.SERVER_ERROR, 503, null, -1, "skills/activity"));
            for (int poll = 0; poll < 3; poll++) {
                clock.advance(Duration.ofSeconds(30));
                poller.pollOnce();
            }

            assertThat(skillSeries().keySet()).allMatch(name -> name.startsWith("cxone_skill_poll_"));
            assertThat(skillSeries()).containsEntry("cxone_skill_poll_errors_total{reason=\"server\"}", 3.0);
            assertThat(logged).filteredOn(r -> r.getLevel().intValue() == java.util.logging.Level.WARNING.intValue()).as("one warning for three failed polls")
                    .singleElement().satisfies(r -> assertThat(r.getMessage()).contains("skill activity: not read"));

            simulator.faults().clear();
            clock.advance(Duration.ofSeconds(30));
            poller.pollOnce();

            assertThat(skillSeries()).containsKey("cxone_skill_contacts_queued{skill_id=\"2002\"}");
            assertThat(logged).filteredOn(r -> r.getLevel().intValue() == java.util.logging.Level.INFO.intValue()).as("the recovery, once")
                    .singleElement().satisfies(r -> assertThat(r.getMessage()).contains("read again"));
        } finally {
            java.util.logging.Logger.getLogger("dev.cxmon.monitor.SkillPoll").removeHandler(capture);
        }
    }

    @Test
    void whileNothingIsQueuedADeltaIsMergedIntoTheLastFullRead() {
        poller("demo-supervisor", SkillSettings.everySkill());
        poller.pollOnce();
        assertThat(simulator.requests().lastQuery(SimulatorOperations.SKILL_ACTIVITY)).doesNotContainKey("updatedSince");
        String lastPollTime = "2026-11-25T10:00:00.000Z";

        clock.advance(Duration.ofSeconds(30));
        simulator.setAgentState(1001, 2, "Break");
        poller.pollOnce();

        assertThat(simulator.requests().lastQuery(SimulatorOperations.SKILL_ACTIVITY)).containsEntry("updatedSince", lastPollTime);
        Map<String, Double> series = skillSeries();
        assertThat(series).as("2002 and 2003 changed (1001 holds both): their new counts")
                .containsEntry("cxone_skill_agents{availability=\"AVAILABLE\",skill_id=\"2002\"}", 0.0)
                .containsEntry("cxone_skill_agents{availability=\"UNAVAILABLE\",skill_id=\"2003\"}", 1.0)
                .as("2004 did not change: kept from the full read")
                .containsEntry("cxone_skill_agents{availability=\"UNAVAILABLE\",skill_id=\"2004\"}", 2.0);
        assertThat(series.keySet().stream().filter(n -> n.startsWith("cxone_skill_info{"))).hasSize(5);

        clock.advance(Duration.ofSeconds(30));
        poller.pollOnce();
        assertThat(skillSeries().keySet().stream().filter(n -> n.startsWith("cxone_skill_info{"))).as("a 304 keeps every skill").hasSize(5);
        assertThat(skillSeries()).containsEntry("cxone_skill_poll_last_success_timestamp_seconds", (double) START.plusSeconds(60).getEpochSecond());
    }

    @Test
    void withSkillsOffThereIsNoCallAndNoSeries() {
        poller("demo-supervisor", SkillSettings.OFF);
        simulator.requests().reset();

        poller.pollOnce();

        assertThat(simulator.requests().count(SimulatorOperations.SKILL_ACTIVITY)).isZero();
        assertThat(skillSeries()).isEmpty();
    }
}
