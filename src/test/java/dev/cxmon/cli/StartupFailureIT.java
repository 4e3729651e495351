package dev.cxmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.testing.JarRunner;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    void anInvalidSimulatorTenantFileSaysWhatIsWrongWithIt() throws IOException {
        Path tenant = Files.createTempFile("tenant", ".yaml");
        Files.writeString(tenant, "users: [\n");
        try {
            JarRunner.Result result = JarRunner.run(JarRunner.anyPorts("-Dcxone.simulator.tenant-file=" + tenant), List.of());

            assertRefused(result, "cxone.simulator.tenant-file", tenant + " is invalid");
        } finally {
            Files.deleteIfExists(tenant);
        }
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
        assertRefused(value, "cxone.poll.strategy", "'bulkk' is not a polling strategy");

        JarRunner.Result key = JarRunner.run(JarRunner.anyPorts("-Dcxone.pol.every=30s", "-Dcxone.roster=1001"), List.of());
        assertRefused(key, "cxone.pol.every", "is not a setting this monitor knows");
        assertThat(key.stderr()).doesNotContain("SRCFG");

        JarRunner.Result simulatorPort = JarRunner.run(JarRunner.anyPorts("-Dcxone.simulator.port=99999"), List.of());
        assertRefused(simulatorPort, "cxone.simulator.port", "99999");
    }

    private static void assertRefused(JarRunner.Result result, String key, String detail) {
        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.stderr()).as(result.all()).contains("not starting").contains(key).contains(detail)
                .doesNotContain("Exception");
    }
}
