package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.testing.ServiceProcess;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM, as Kubernetes sends it, with and without a poll in flight: the daemon lets a poll finish within
 * cxone.shutdown.grace and abandons one that cannot, so the pod never waits for a hung CXone call.
 */
class GracefulShutdownIT {

    private static final String AGENT_1001_LOGGED_IN = "cxone_agent_state{agent_id=\"1001\",state=\"LOGGED_IN\"}";
    private static final String AGENT_1001_ERROR = "cxone_agent_state{agent_id=\"1001\",state=\"ERROR\"}";

    @Test
    void aPollHungOnCxoneIsAbandonedWithinTheGracePeriod() throws Exception {
        // A poll lasts at most 8 s here (its deadline, 0.8 × the interval), far beyond the grace period.
        try (ServiceProcess daemon = ServiceProcess.start("-Dcxone.poll.every=10s", "-Dcxone.shutdown.grace=2s",
                "-Dcxone.http.read-timeout=120s")) {
            daemon.awaitMetrics(Duration.ofSeconds(30), m -> m.valueOrZero(AGENT_1001_LOGGED_IN) == 1.0);
            // Every CXone answer now takes 100 s: the next poll hangs until its deadline and reports ERROR at 8 s; the
            // poll after it starts 2 s later, and is 1 s into its hang when SIGTERM comes.
            daemon.fault("{\"kind\":\"SLOW\",\"retryAfterSeconds\":100}");
            daemon.awaitMetrics(Duration.ofSeconds(30), m -> m.valueOrZero(AGENT_1001_ERROR) == 1.0);
            Thread.sleep(3_000);

            long start = System.nanoTime();
            daemon.process().destroy();
            assertThat(daemon.process().waitFor(30, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            String log = Files.readString(daemon.log());
            assertThat(log).contains("did not finish within 2 s (cxone.shutdown.grace) and was abandoned");
            // 2 s of grace plus the JVM's own shutdown; the hung call alone would have taken 100 s.
            assertThat(took).as("shutdown time").isLessThan(Duration.ofSeconds(12));
            assertThat(log).doesNotContain("Exception");
        }
    }

    @Test
    void betweenPollsShutdownLeavesNothingUnfinished() throws Exception {
        try (ServiceProcess daemon = ServiceProcess.start("-Dcxone.poll.every=1h")) {
            daemon.awaitMetrics(Duration.ofSeconds(30), m -> m.valueOrZero(AGENT_1001_LOGGED_IN) == 1.0);
            daemon.process().destroy();
            assertThat(daemon.process().waitFor(30, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
            assertThat(Files.readString(daemon.log())).contains("no poll left unfinished").doesNotContain("abandoned");
        }
    }
}
