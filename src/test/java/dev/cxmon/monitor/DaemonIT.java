package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.testing.JarRunner;
import dev.cxmon.testing.PrometheusText;
import dev.cxmon.testing.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged daemon, started as the README says, observed only through its HTTP endpoints. */
class DaemonIT {

    @Test
    void demoDaemonExportsStatesErrorsAndTransitionsAndRecoversFromRateLimiting() throws Exception {
        try (ServiceProcess daemon = ServiceProcess.start()) {
            // Startup plus two poll intervals of 2 s.
            PrometheusText first = daemon.awaitMetrics(Duration.ofSeconds(25),
                    m -> m.value("cxone_agent_state{agent_id=\"1001\",state=\"LOGGED_IN\"}").orElse(0) == 1.0
                            && m.value("cxone_agent_state{agent_id=\"9999\",state=\"ERROR\"}").orElse(0) == 1.0);
            assertThat(first.all().entrySet()).anyMatch(e -> e.getKey().startsWith("cxone_agent_state{") && e.getKey().endsWith("state=\"LOGGED_OUT\"}")
                    && e.getValue() == 1.0);
            for (String availability : List.of("AVAILABLE", "UNAVAILABLE", "WORKING", "LOGGED_OUT", "UNKNOWN")) {
                assertThat(first.value("cxone_agent_availability{agent_id=\"1001\",availability=\"" + availability + "\"}")).isPresent();
            }
            String errors9999 = "cxone_agent_poll_errors_total{agent_id=\"9999\",reason=\"agent_id\"}";
            double firstErrors = first.valueOrZero(errors9999);
            double firstTransitions = first.sum("cxone_agent_state_transitions_total{");

            PrometheusText later = daemon.awaitMetrics(Duration.ofSeconds(15),
                    m -> m.valueOrZero(errors9999) > firstErrors && m.sum("cxone_agent_state_transitions_total{") > firstTransitions + 1);
            assertThat(later.valueOrZero(errors9999)).isGreaterThan(firstErrors);

            daemon.fault("{\"kind\":\"RATE_LIMIT\",\"retryAfterSeconds\":1,\"pathContains\":\"/states\"}");
            String limited = "cxone_agent_poll_errors_total{agent_id=\"1001\",reason=\"rate_limited\"}";
            daemon.awaitMetrics(Duration.ofSeconds(10), m -> m.valueOrZero(limited) >= 1
                    && m.valueOrZero("cxone_agent_state{agent_id=\"1001\",state=\"ERROR\"}") == 1.0);
            daemon.clearFaults();
            daemon.awaitMetrics(Duration.ofSeconds(10), m -> m.valueOrZero("cxone_agent_state{agent_id=\"1001\",state=\"ERROR\"}") == 0.0
                    && m.valueOrZero("cxone_agent_state{agent_id=\"1001\",state=\"LOGGED_IN\"}") == 1.0);
            assertThat(daemon.process().isAlive()).isTrue();
        }
    }

    @Test
    void withoutAgentStatePermissionEveryAgentIsAScopeError() throws Exception {
        try (ServiceProcess daemon = ServiceProcess.start("-Dcxone.simulator.enabled=true", "-Dcxone.username=demo-noscope",
                "-Dcxone.password=demo-noscope-secret")) {
            List<String> agents = List.of("1001", "1002", "1003", "1004", "1005", "1006", "9999");
            PrometheusText metrics = daemon.awaitMetrics(Duration.ofSeconds(25), m -> agents.stream().allMatch(a ->
                    m.valueOrZero("cxone_agent_state{agent_id=\"" + a + "\",state=\"ERROR\"}") == 1.0
                            && m.valueOrZero("cxone_agent_poll_errors_total{agent_id=\"" + a + "\",reason=\"scope\"}") >= 1));
            assertThat(metrics.value("cxone_agent_poll_errors_total{agent_id=\"notagent@demo.example\",reason=\"agent_id\"}"))
                    .as("a user without the agent role is an ID problem, whatever the token may see").isPresent();
        }
    }

    /**
     * Port 0 for every server, as the tests' runs use: the startup of the demo daemon, up to its "Monitoring" line, logs no
     * WARN (it used to log Micrometer's "This Gauge has been already registered (http.server.active.connections)").
     */
    @Test
    void startupOnAnyPortsLogsNoWarning() throws Exception {
        Path log = Files.createTempFile("cxmon-any-ports", ".log");
        Process process = new ProcessBuilder(JarRunner.command(JarRunner.anyPorts("-Dcxone.simulator.port=0"), List.of()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String startup = startupLines(log, process, Duration.ofSeconds(30));
            assertThat(startup).contains("Listening on: http://0.0.0.0:").contains("Management interface listening on");
            assertThat(startup.lines().filter(line -> line.contains(" WARN ")).toList()).as(startup).isEmpty();
            assertThat(Files.readString(log)).doesNotContain("already registered");
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
            Files.deleteIfExists(log);
        }
    }

    /** The daemon's output up to and including its "Monitoring ..." line, which it logs once polling is scheduled. */
    private static String startupLines(Path log, Process process, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            String output = Files.readString(log);
            int monitoring = output.indexOf("] (main) Monitoring ");
            if (monitoring >= 0 && output.indexOf('\n', monitoring) > 0) {
                return output.substring(0, output.indexOf('\n', monitoring));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no \"Monitoring\" line within " + within + ":\n" + Files.readString(log));
    }

    @Test
    void invalidConfigurationStopsStartupWithAMessageNamingTheKey() {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts("-Dcxone.poll.every=soon", "-Dcxone.roster=1001"), List.of());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("cxone.poll.every").contains("not starting");

        JarRunner.Result roster = JarRunner.run(JarRunner.anyPorts("-Dcxone.roster=1001,not an id!", "-Dcxone.poll.cron=every minute"),
                List.of());
        assertThat(roster.exitCode()).isEqualTo(2);
        assertThat(roster.stderr()).contains("cxone.roster: entry 'not an id!' is neither an agent ID nor a user name")
                .contains("cxone.poll.cron: 'every minute' is not a valid Quartz cron expression").contains("Fix:");

        JarRunner.Result rate = JarRunner.run(JarRunner.anyPorts("-Dcxone.rate-limit.per-second=-1", "-Dcxone.roster=1001"), List.of());
        assertThat(rate.exitCode()).isEqualTo(2);
        assertThat(rate.stderr()).contains("cxone.rate-limit.per-second").contains("not starting").doesNotContain("Exception");

        JarRunner.Result trust = JarRunner.run(JarRunner.anyPorts("-Dcxone.http.trust-store=/nonexistent/proxy-ca.p12", "-Dcxone.roster=1001"),
                List.of());
        assertThat(trust.exitCode()).isEqualTo(2);
        assertThat(trust.stderr()).contains("cxone.http.trust-store").contains("/nonexistent/proxy-ca.p12");
    }

    @Test
    void plainHttpToAHostOtherThanLoopbackStopsStartupNamingTheKey() {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts("-Dcxone.auth-url=http://cxone.example.invalid", "-Dcxone.client-id=app",
                "-Dcxone.client-secret=app-secret", "-Dcxone.username=key", "-Dcxone.password=key-secret", "-Dcxone.roster=1001"), List.of());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("not starting").contains("cxone.auth-url").contains("plain HTTP");
    }

    @Test
    void valuesThatCannotEvenBeReadStopStartupTheSameWay() {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts("-Dcxone.poll.every=", "-Dcxone.http.read-timeout=15 seconds",
                "-Dcxone.poll.concurrency=eight", "-Dcxone.roster=1001"), List.of());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("Invalid configuration, not starting:")
                .contains("cxone.poll.every: is set but empty. Fix:", "to use the default 30s")
                .contains("cxone.http.read-timeout: '15 seconds' cannot be read. Fix: set a duration such as 500ms, 30s")
                .contains("cxone.poll.concurrency: 'eight' cannot be read. Fix: set a whole number")
                .doesNotContain("Exception");
    }

}
