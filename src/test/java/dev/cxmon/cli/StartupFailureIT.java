package dev.cxmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.testing.JarRunner;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way the packaged jar can fail to start says why on stderr, and exits with 2 (configuration) rather than 1,
 * which {@code diagnose} uses for "warnings only".
 */
class StartupFailureIT {

    @Test
    void aMissingSimulatorTenantFileNamesTheKeyAndTheFile() {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts("-Dcxone.simulator.tenant-file=/nonexistent/tenant.yaml"), List.of());

        assertRefused(result, "cxone.simulator.tenant-file", "/nonexistent/tenant.yaml does not exist");
    }

    @Test
    void anInvalidSimulatorTenantFileSaysWhatIsWrongWithIt(@TempDir Path directory) throws IOException {
        Path tenant = Files.writeString(directory.resolve("tenant.yaml"), "users: [\n");

        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts("-Dcxone.simulator.tenant-file=" + tenant), List.of());

        assertRefused(result, "cxone.simulator.tenant-file", tenant + " is invalid");
    }

    @Test
    void aRosterFileThatNeverEndsIsRefusedWithinItsSizeBound() {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts("-Xmx128m", "-Dcxone.roster-file=/dev/zero"), List.of());

        assertRefused(result, "cxone.roster-file", "/dev/zero is larger than");
    }

    @Test
    void aPortInUseNamesThePortAndTheKeyThatChoosesIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            JarRunner.Result http = JarRunner.run(List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                    "-Dquarkus.management.port=0"), List.of());
            assertRefused(http, "quarkus.http.port", "port " + port + " is already in use");

            JarRunner.Result management = JarRunner.run(List.of("-Dquarkus.http.port=0", "-Dquarkus.management.host=127.0.0.1",
                    "-Dquarkus.management.port=" + port), List.of());
            assertRefused(management, "quarkus.management.port", "port " + port + " is already in use");
        }
    }

    @Test
    void typosAsANewUserMakesThemNameTheKey() {
        JarRunner.Result value = JarRunner.run(JarRunner.anyPorts("-Dcxone.poll.strategy=bulkk", "-Dcxone.roster=1001"), List.of());
        assertRefused(value, "cxone.poll.strategy", "'bulkk' is not per-agent, bulk or auto");

        JarRunner.Result key = JarRunner.run(JarRunner.anyPorts("-Dcxone.pol.every=30s", "-Dcxone.roster=1001"), List.of());
        assertRefused(key, "cxone.pol.every", "is not a setting this monitor knows");
        assertThat(key.stderr()).doesNotContain("SRCFG");

        JarRunner.Result simulatorPort = JarRunner.run(JarRunner.anyPorts("-Dcxone.simulator.port=99999"), List.of());
        assertRefused(simulatorPort, "cxone.simulator.port", "99999");
    }

    @Test
    void aValueOutOfRangeOrNotAmongTheChoicesStopsTheDaemonAndDiagnoseNamingTheKeyAndTheFix() {
        for (List<String> command : List.of(List.<String>of(), List.of("diagnose", "--agent", "1001"))) {
            JarRunner.Result range = JarRunner.run(JarRunner.anyPorts("-Dcxone.poll.concurrency=0"), command);
            assertRefused(range, "cxone.poll.concurrency: '0' is outside 1..256.", "Fix: set how many agents are read at once, e.g. 8");

            JarRunner.Result choice = JarRunner.run(JarRunner.anyPorts("-Dcxone.poll.strategy=fast"), command);
            assertRefused(choice, "cxone.poll.strategy: 'fast' is not per-agent, bulk or auto.", "Fix: set per-agent, bulk or auto");

            JarRunner.Result environment = JarRunner.run(JarRunner.anyPorts(), command, Map.of("CXONE_RATE_LIMIT_MAX_RETRIES", "11"),
                    Path.of("."));
            assertRefused(environment, "cxone.rate-limit.max-retries: '11' is outside 0..10.", "Fix: retry transient failures");

            for (JarRunner.Result refused : List.of(range, choice, environment)) {
                assertThat(refused.stderr()).as(command + "\n" + refused.all()).doesNotContain("SRCFG").doesNotContain("\tat ")
                        .as("only the message: not Hibernate Validator's version in java.util.logging's format above it").doesNotContain("HV000001");
                assertThat(refused.stdout()).as(command + ": no report of a diagnosis that never ran\n" + refused.all()).isBlank();
            }
        }
    }

    @Test
    void aMisspeltEnvironmentVariableIsRefusedWithTheClosestKnownName() {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts(), List.of(), Map.of("CXONE_POL_EVERY", "5s"), Path.of("."));

        assertRefused(result, "CXONE_POL_EVERY", "is not a setting this monitor knows");
        assertThat(result.stderr()).contains("did you mean CXONE_POLL_EVERY (cxone.poll.every)?");
    }

    @Test
    void aMisspeltNameInTheDotEnvFileIsRefusedNamingTheFile(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve(".env"), "CXONE_ROSTR=1001\n");

        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts(), List.of(), Map.of(), directory);

        assertRefused(result, "CXONE_ROSTR", "is not a setting this monitor knows");
        assertThat(result.stderr()).contains(".env").contains("did you mean CXONE_ROSTER (cxone.roster)?");
    }

    @Test
    void aMisspeltSystemPropertyNamesTheClosestKnownKey() {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts("-Dcxone.rate-limit.per-secnd=5"), List.of());

        assertRefused(result, "cxone.rate-limit.per-secnd", "did you mean cxone.rate-limit.per-second (CXONE_RATE_LIMIT_PER_SECOND)?");
        assertThat(result.stderr()).doesNotContain("SRCFG");
    }

    @Test
    void rosterEntriesThatCanNeverBeAgentIdsAreRefusedAtStartNamingEachEntry() {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts("-Dcxone.roster=1001,0,-5,1001.5"), List.of());

        assertRefused(result, "cxone.roster", "entry '0'");
        assertThat(result.stderr()).contains("entry '-5'").contains("entry '1001.5'").doesNotContain("entry '1001' ");
    }

    @Test
    void aRosterFileWithAnUnknownKeyOrAnImpossibleIdIsRefusedNamingTheEntry(@TempDir Path directory) throws IOException {
        Path roster = Files.writeString(directory.resolve("roster.yaml"), "agents:\n  - agent: 1001\n    tem: Support\n  - agent: 0\n");

        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts("-Dcxone.roster-file=" + roster), List.of());

        assertRefused(result, "cxone.roster-file", roster + " entry 1: 'tem' is not a roster key; did you mean 'team'?");
        assertThat(result.stderr()).contains(roster + " entry 2: '0' can never be an agent ID");
    }

    @Test
    void aCronAndAnIntervalTogetherAreRefusedRatherThanOneSilentlyWinning() {
        JarRunner.Result result = JarRunner.run(JarRunner.anyPorts("-Dcxone.poll.every=5s", "-Dcxone.poll.cron=0/20 * * * * ?",
                "-Dcxone.roster=1001"), List.of());

        assertRefused(result, "cxone.poll.cron", "cxone.poll.every is set too");
    }

    private static void assertRefused(JarRunner.Result result, String key, String detail) {
        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.stderr()).as(result.all()).contains("not starting").contains(key).contains(detail)
                .doesNotContain("Exception");
    }
}
