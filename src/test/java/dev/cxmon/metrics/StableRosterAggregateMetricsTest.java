package dev.cxmon.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.metrics.StableMetricsTest.StableMetric;
import dev.cxmon.testing.ConfigProfile;
import dev.cxmon.testing.PrometheusText;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * With cxone.metrics.per-agent=false the exposition is stable-metrics.yaml's first document without every metric
 * labelled agent_id, plus its second document (the roster aggregates), and no series carries agent_id.
 */
@QuarkusTest
@TestProfile(StableRosterAggregateMetricsTest.PerAgentOff.class)
class StableRosterAggregateMetricsTest extends DemoRosterScrape {

    public static class PerAgentOff extends ConfigProfile {
        public PerAgentOff() {
            super("cxone.metrics.per-agent", "false");
        }
    }

    @Test
    void exportedMetricsMatchTheStableListWithoutAgentSeries() throws Exception {
        String exposition = StableMetricsTest.pollAndScrape(poller, connection, simulator, metricsUrl);
        Set<String> inFirstDocument = StableMetricsTest.stableList(0).stream()
                .map(m -> m.type().equals("counter") ? m.name().replaceFirst("_total$", "") : m.name()).collect(Collectors.toSet());
        StableMetricsFile.updateIfAsked(1, exposition, family -> !inFirstDocument.contains(family));

        List<StableMetric> expected = new ArrayList<>(StableMetricsTest.stableList(0));
        expected.removeIf(metric -> metric.labels().contains("agent_id"));
        expected.addAll(StableMetricsTest.stableList(1));
        StableMetricsTest.assertMatches(exposition, expected);
        assertThat(exposition.lines().filter(line -> line.startsWith("cxone_"))).noneMatch(line -> line.contains("agent_id="));
        // 1001 went LOGGED_IN -> LOGGED_OUT, 9999 is ERROR (unknown agent) at every poll, 1003 (team Support) on Break throughout
        PrometheusText samples = PrometheusText.parse(exposition);
        assertThat(samples.value("cxone_roster_agents_by_state{state=\"ERROR\"}")).hasValue(1);
        assertThat(samples.value("cxone_roster_agents_by_state{state=\"LOGGED_OUT\"}")).hasValue(1);
        assertThat(samples.value("cxone_roster_agents_by_state{state=\"LOGGED_IN\"}")).as("1003").hasValue(1);
        assertThat(samples.value("cxone_roster_agents_unavailable{reason=\"Break\",team=\"Support\"}")).hasValue(1);
        assertThat(samples.value("cxone_roster_availability_transitions_total{from=\"AVAILABLE\",to=\"LOGGED_OUT\"}")).hasValue(1);
        assertThat(samples.value("cxone_roster_state_transitions_total{from=\"LOGGED_IN\",to=\"LOGGED_OUT\"}")).hasValue(1);
        assertThat(samples.value("cxone_roster_poll_errors_total{reason=\"agent_id\"}")).hasValue(2);
    }
}
