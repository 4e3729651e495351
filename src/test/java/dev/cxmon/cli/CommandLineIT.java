package dev.cxmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cxmon.testing.BuildCommit;
import dev.cxmon.testing.JarRunner;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The command line of the packaged jar, run as a new user would: without port flags, while the default ports 8080 and
 * 9000 are busy (held here, or by a daemon already running on this machine). Only the daemon listens; help, version,
 * {@code diagnose} and {@code bench} must work next to it.
 */
class CommandLineIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Integer> DEFAULT_PORTS = List.of(8080, 9000);

    private final List<ServerSocket> held = new ArrayList<>();

    @BeforeEach
    void holdTheDefaultPorts() {
        for (int port : DEFAULT_PORTS) {
            try {
                held.add(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()));
            } catch (IOException alreadyBusy) {
                // Another process holds it: just as busy for the jar.
            }
        }
    }

    @AfterEach
    void release() throws IOException {
        for (ServerSocket socket : held) {
            socket.close();
        }
    }

    @Test
    void helpOfEveryCommandIsPrintedWithExitZeroAndNoPortOrSimulator() {
        for (List<String> args : List.of(List.of("--help"), List.of("diagnose", "--help"), List.of("bench", "--help"))) {
            JarRunner.Result result = JarRunner.run(List.of(), args);

            assertThat(result.exitCode()).as(args + "\n" + result.all()).isZero();
            assertThat(result.stdout()).as(args + "\n" + result.all()).contains("Usage: ").contains("--help");
            assertThat(result.stderr()).as(args + ": the help is all it says, no start or stop of Quarkus").isBlank();
            assertOpenedNothing(args, result);
        }
        JarRunner.Result top = JarRunner.run(List.of(), List.of("--help"));
        assertThat(top.stdout()).contains("diagnose").contains("bench").contains("Exit codes:");
        JarRunner.Result diagnose = JarRunner.run(List.of(), List.of("diagnose", "--help"));
        assertThat(diagnose.stdout()).contains("--agent").contains("--json").contains("--updated-since").contains("Exit codes:");
        JarRunner.Result bench = JarRunner.run(List.of(), List.of("bench", "--help"));
        assertThat(bench.stdout()).contains("--agents").contains("--cycles").contains("--latency").contains("--modes")
                .contains("--max-estimated-seconds").contains("--write-tenant").contains("--token-lifetime");
    }

    @Test
    void versionIsThePomVersionAndCommitWithExitZeroAndNoPort() {
        String version = System.getProperty("project.version");
        assertThat(version).as("failsafe passes project.version").isNotBlank();

        JarRunner.Result result = JarRunner.run(List.of(), List.of("--version"));

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.stdout()).as(result.all()).contains("cxone-agent-monitor " + version)
                .as("the commit it was built from").contains("commit " + BuildCommit.expected());
        assertThat(result.stderr()).as("the version is all it says").isBlank();
        assertOpenedNothing(List.of("--version"), result);
    }

    @Test
    void diagnoseWorksNextToTheBusyDefaultPorts() throws IOException {
        JarRunner.Result result = JarRunner.run(List.of(), List.of("diagnose", "--agent", "1002", "--json"));

        JsonNode report = JSON.readTree(result.stdout());
        assertThat(report.path("rootCause").asText()).as(result.stderr()).isEqualTo("AGENT_LOGGED_IN_NOT_AVAILABLE");
        assertThat(result.exitCode()).isZero();
        assertThat(result.stderr()).as("demo mode: diagnose starts the simulator it needs").contains("Demo mode");
        assertThat(result.stderr()).doesNotContain("Listening on").doesNotContain("Management interface listening");
    }

    @Test
    void benchWritesItsTenantNextToTheBusyDefaultPortsAndSaysWhenItCannot() throws IOException {
        Path tenant = Files.createTempFile("bench-tenant", ".yaml");
        try {
            JarRunner.Result written = JarRunner.run(List.of(), List.of("bench", "--write-tenant", tenant.toString(), "--agents", "5",
                    "--token-lifetime", "60s"));

            assertThat(written.exitCode()).as(written.all()).isZero();
            assertThat(Files.readString(tenant)).contains("bench-key").contains("100004");
            assertOpenedNothing(List.of("bench", "--write-tenant"), written);
        } finally {
            Files.deleteIfExists(tenant);
        }
        JarRunner.Result unwritable = JarRunner.run(List.of(), List.of("bench", "--write-tenant", "/nonexistent/dir/tenant.yaml"));
        assertThat(unwritable.exitCode()).as("could not finish, not 'warnings'\n" + unwritable.all()).isEqualTo(3);
        assertThat(unwritable.stderr()).contains("cannot write /nonexistent/dir/tenant.yaml");
    }

    @Test
    void benchPrintsItsTableWithResidentMemoryAndTheScrapeOverHttpNextToTheBusyDefaultPorts() {
        JarRunner.Result result = JarRunner.run(List.of(), List.of("bench", "--agents", "20", "--modes", "bulk", "--cycles", "1",
                "--latency", "0ms"));

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.stdout()).as(result.all()).contains("| RSS (MB) |").contains("| scrape over HTTP (ms) |").contains("| series |");
        String row = result.stdout().lines().filter(line -> line.startsWith("| 20 | bulk delta |")).findFirst().orElseThrow(
                () -> new AssertionError("no row for 20 agents\n" + result.all()));
        List<String> header = cells(result.stdout().lines().filter(line -> line.startsWith("| agents |")).findFirst().orElseThrow());
        List<String> cells = cells(row);
        assertThat(cells).as("a cell under every heading: " + row).hasSameSizeAs(header);
        assertThat(Double.parseDouble(cells.get(header.indexOf("RSS (MB)")))).as("RSS in MB: " + row).isBetween(30.0, 4096.0);
        assertThat(Double.parseDouble(cells.get(header.indexOf("scrape over HTTP (ms)")))).as("scrape over HTTP in ms: " + row)
                .isGreaterThanOrEqualTo(0).isLessThan(30_000);
        assertThat(Long.parseLong(cells.get(header.indexOf("series")))).as("series: " + row).isGreaterThan(20 * 9);
        assertThat(Long.parseLong(cells.get(header.indexOf("response (KB)")))).as("response KB: " + row).isPositive();
        assertThat(Double.parseDouble(cells.get(header.indexOf("first poll calls")))).as("the token and one bulk read: " + row)
                .isEqualTo(2.0);
        assertThat(result.stdout()).contains("RSS: VmRSS of the whole bench process");
        assertThat(result.stderr()).as("bench runs a simulator and a scrape endpoint of its own on loopback, never the service's ports")
                .doesNotContain("Listening on").doesNotContain("already in use");
    }

    @Test
    void theDaemonOnABusyDefaultPortSaysWhyAndExitsWithTheConfigurationCode() {
        JarRunner.Result result = JarRunner.run(List.of(), List.of());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.stderr()).as(result.all()).contains("not starting").contains("is already in use")
                .containsAnyOf("port 8080", "port 9000").doesNotContain("Exception");
    }

    @Test
    void anUnknownOptionIsAUsageErrorNamingIt() {
        record Case(List<String> args, String named) {}
        for (Case c : List.of(new Case(List.of("--bogus"), "--bogus"), new Case(List.of("diagnose", "--agent", "1001", "--bogus"), "--bogus"),
                new Case(List.of("bench", "--frobnicate"), "--frobnicate"), new Case(List.of("bench", "--cycles", "many"), "many"),
                new Case(List.of("bench", "--modes", "sideways"), "sideways"), new Case(List.of("frobnicate"), "frobnicate"))) {
            JarRunner.Result result = JarRunner.run(List.of(), c.args());

            assertThat(result.exitCode()).as(c.args() + "\n" + result.all()).isEqualTo(2);
            assertThat(result.stderr()).as(c.args() + "\n" + result.all()).contains(c.named()).contains("Usage: ");
            assertThat(result.stdout()).as("nothing but the error on stdout").isEmpty();
            assertOpenedNothing(c.args(), result);
        }
    }

    /** The cells of a Markdown table row, without the empty ones before the first and after the last bar. */
    private static List<String> cells(String row) {
        List<String> parts = List.of(row.split("\\|")); // split drops the empty string after the last bar
        return parts.subList(1, parts.size()).stream().map(String::trim).toList();
    }

    private static void assertOpenedNothing(List<String> args, JarRunner.Result result) {
        assertThat(result.stderr()).as(args + "\n" + result.all()).doesNotContain("Listening on").doesNotContain("already in use")
                .doesNotContain("simulator listening").doesNotContain("Demo mode");
    }
}
