package dev.cxmon.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnknownSettingsTest {

    @TempDir
    Path workingDirectory;

    private GivenSettings given(Map<String, String> environment, Map<String, String> systemProperties) {
        Properties properties = new Properties();
        properties.putAll(systemProperties);
        return GivenSettings.read(environment, properties, workingDirectory);
    }

    @Test
    void aMisspeltVariableNamesTheClosestKnownVariableAndItsKey() {
        assertThat(UnknownSettings.find(given(Map.of("CXONE_POL_EVERY", "5s", "PATH", "/bin"), Map.of())))
                .extracting(ConfigProblem::describe).containsExactly("CXONE_POL_EVERY: is not a setting this monitor knows (found in "
                        + "environment); did you mean CXONE_POLL_EVERY (cxone.poll.every)? Fix: correct its spelling (see the configuration "
                        + "table in README.md), or remove it");
    }

    @Test
    void aMisspeltPropertyNamesTheClosestKnownKeyAndItsVariable() {
        assertThat(UnknownSettings.find(given(Map.of(), Map.of("cxone.shard.cont", "3", "java.home", "/jdk"))))
                .singleElement().satisfies(p -> {
                    assertThat(p.key()).isEqualTo("cxone.shard.cont");
                    assertThat(p.problem()).contains("system property (-D)", "did you mean cxone.shard.count (CXONE_SHARD_COUNT)?");
                });
    }

    @Test
    void aMisspeltHistorySizeNamesTheKeyOfTheStatusApi() {
        assertThat(UnknownSettings.find(given(Map.of("CXONE_API_HISTORY_SIZ", "50"), Map.of("cxone.api.histroy-size", "50"))))
                .extracting(ConfigProblem::problem).containsExactlyInAnyOrder(
                        "is not a setting this monitor knows (found in environment); did you mean CXONE_API_HISTORY_SIZE (cxone.api.history-size)?",
                        "is not a setting this monitor knows (found in system property (-D)); did you mean cxone.api.history-size (CXONE_API_HISTORY_SIZE)?");
    }

    @Test
    void theDotEnvFileIsCheckedAndNamedAsWhereTheTypoIs() throws IOException {
        Files.writeString(workingDirectory.resolve(".env"), "CXONE_CLIENT_ID=abc\nCXONE_ROSTR=1001\n");
        assertThat(UnknownSettings.find(given(Map.of(), Map.of()))).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("CXONE_ROSTR");
            assertThat(p.problem()).contains(".env file", "did you mean CXONE_ROSTER (cxone.roster)?");
        });
    }

    @Test
    void everyVariableTheDeploymentsScriptsAndExamplesUseIsKnown() throws IOException {
        Map<String, String> used = new TreeMap<>();
        Pattern variable = Pattern.compile("CXONE_[A-Z0-9_]*[A-Z0-9]");
        for (String directory : List.of("deploy", "scripts", "src/main/docker", "config")) {
            try (Stream<Path> files = Files.walk(Path.of(directory))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher found = variable.matcher(Files.readString(file));
                    while (found.find()) {
                        // Comments about Kubernetes service links write CXONE_AGENT_MONITOR_...: stands for CXONE_AGENT_MONITOR_SERVICE_HOST and the like.
                        used.put(found.group().startsWith("CXONE_AGENT_MONITOR") ? "CXONE_AGENT_MONITOR_SERVICE_HOST" : found.group(), "x");
                    }
                }
            }
        }
        assertThat(used).as("the scan found the deployments' variables").containsKeys("CXONE_CLIENT_ID", "CXONE_SHARD_COUNT");
        assertThat(UnknownSettings.find(given(used, Map.of("cxone.roster[0]", "1001", "cxone.http.read-timeout", "5s")))).isEmpty();
    }

    @Test
    void theDistanceCountsSingleCharacterEdits() {
        assertThat(Spelling.distance("CXONE_POL_EVERY", "CXONE_POLL_EVERY")).isEqualTo(1);
        assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Spelling.distance("", "abc")).isEqualTo(3);
    }
}
