package dev.cxmon.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** One source of truth: the Kubernetes PrometheusRule must carry exactly the rules file's groups. */
class PrometheusRuleDriftTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void prometheusRuleMatchesTheRulesFile() throws Exception {
        JsonNode rules = YAML.readTree(Path.of("deploy/prometheus/cxone-agent-monitor.rules.yml").toFile());
        JsonNode prometheusRule = YAML.readTree(Path.of("deploy/kubernetes/prometheusrule.yaml").toFile());

        assertThat(prometheusRule.path("kind").asText()).isEqualTo("PrometheusRule");
        assertThat(rules.path("groups").isArray()).isTrue();
        assertThat(rules.path("groups")).isNotEmpty();
        assertThat(prometheusRule.path("spec").path("groups"))
                .as("deploy/kubernetes/prometheusrule.yaml differs from the rules file: run deploy/kubernetes/generate-prometheusrule.sh")
                .isEqualTo(rules.path("groups"));
    }
}
