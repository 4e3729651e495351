package dev.cxmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.testing.JarRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A malformed supervisor limit stops the packaged daemon at start (exit 2), naming the entry and the fix. */
class SupervisorLimitsStartupIT {

    @Test
    void aMalformedReasonLimitEntryStopsTheDaemonNamingTheEntry() {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts("-Dcxone.supervisor.reason-limits=Break=15m,Lunch,Training=soon"), List.of());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.stderr()).as(result.all()).contains("not starting")
                .contains("cxone.supervisor.reason-limits: entry 'Lunch' is not <reason>=<limit>. Fix: write each entry as <reason>=<limit>")
                .contains("cxone.supervisor.reason-limits: entry 'Training=soon': 'soon' is not a duration of at least 1s.")
                .doesNotContain("entry 'Break=15m'").doesNotContain("Exception");
    }

    @Test
    void loggedInAsAReasonFromTheEnvironmentIsRefusedWithTheKeyThatLimitsIt() {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts(), List.of(), Map.of("CXONE_SUPERVISOR_REASON_LIMITS", "LoggedIn=5m"),
                Path.of("."));

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.stderr()).as(result.all()).contains("entry 'LoggedIn=5m' sets a limit for LoggedIn")
                .contains("set cxone.supervisor.never-available-limit=5m instead");
    }
}
