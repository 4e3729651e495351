package dev.cxmon.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.testing.ExternalServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** promtool and amtool over the shipped files: syntax, and the alert unit tests in deploy/prometheus/tests. */
class PromtoolIT {

    @Test
    void rulesPassPromtoolCheck() throws Exception {
        ExternalServer.requireBinary("promtool", "prometheus");
        assertPasses(List.of("promtool", "check", "rules", "deploy/prometheus/cxone-agent-monitor.rules.yml"));
    }

    @Test
    void alertUnitTestsPass() throws Exception {
        ExternalServer.requireBinary("promtool", "prometheus");
        List<String> command = new ArrayList<>(List.of("promtool", "test", "rules"));
        try (Stream<Path> tests = Files.list(Path.of("deploy/prometheus/tests"))) {
            List<String> files = tests.map(Path::toString).filter(p -> p.endsWith(".yml") || p.endsWith(".yaml")).sorted().toList();
            assertThat(files).isNotEmpty();
            command.addAll(files);
        }
        String output = assertPasses(command);
        assertThat(output).contains("SUCCESS");
    }

    @Test
    void alertmanagerConfigPassesAmtool() throws Exception {
        ExternalServer.requireBinary("amtool", "prometheus-alertmanager");
        assertPasses(List.of("amtool", "check-config", "deploy/alertmanager/alertmanager.yml"));
    }

    private static String assertPasses(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }
}
