package dev.cxmon.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every alert links to its runbook as {@code <runbook base URL>/<AlertName>.md}, the base being the one documented in
 * docs/alerts/README.md (scripts/set-runbook-base-url.sh changes all of them at once), and that runbook exists.
 */
class RunbookLinksTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path RULES = Path.of("deploy/prometheus/cxone-agent-monitor.rules.yml");
    private static final Path RUNBOOKS = Path.of("docs/alerts");
    private static final Pattern DOCUMENTED_BASE = Pattern.compile("runbook base URL is `([^`]+)`");

    @Test
    void everyAlertLinksToItsRunbookUnderTheDocumentedBase() throws Exception {
        String base = documentedBase();
        List<String> alerts = new ArrayList<>();
        for (JsonNode group : YAML.readTree(RULES.toFile()).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                if (rule.has("alert")) {
                    String alert = rule.path("alert").asText();
                    alerts.add(alert);
                    assertThat(rule.path("annotations").path("runbook_url").asText()).as(alert + "'s runbook_url")
                            .isEqualTo(base + "/" + alert + ".md");
                    assertThat(RUNBOOKS.resolve(alert + ".md")).as("the runbook of " + alert).isRegularFile();
                }
            }
        }
        assertThat(alerts).as("alerts in " + RULES).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void theAlertUnitTestsExpectTheSameLinks() throws Exception {
        String base = documentedBase();
        int expected = 0;
        try (Stream<Path> files = Files.list(Path.of("deploy/prometheus/tests"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                for (JsonNode test : YAML.readTree(file.toFile()).path("tests")) {
                    for (JsonNode alertTest : test.path("alert_rule_test")) {
                        for (JsonNode alert : alertTest.path("exp_alerts")) {
                            expected++;
                            assertThat(alert.path("exp_annotations").path("runbook_url").asText()).as(file + ": " + alertTest)
                                    .isEqualTo(base + "/" + alertTest.path("alertname").asText() + ".md");
                        }
                    }
                }
            }
        }
        assertThat(expected).as("expected alerts in deploy/prometheus/tests").isGreaterThan(10);
    }

    private static String documentedBase() throws Exception {
        Matcher matcher = DOCUMENTED_BASE.matcher(Files.readString(RUNBOOKS.resolve("README.md")));
        assertThat(matcher.find()).as("docs/alerts/README.md says: the runbook base URL is `...`").isTrue();
        String base = matcher.group(1);
        assertThat(matcher.find()).as("one documented base").isFalse();
        return base;
    }
}
