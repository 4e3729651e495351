package dev.cxmon.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cxmon.config.ConnectionSettingsFactory;
import dev.cxmon.demo.SimulatorLauncher;
import dev.cxmon.monitor.MonitorSettings;
import dev.cxmon.monitor.PollSchedule;
import dev.cxmon.monitor.RosterEntry;
import dev.cxmon.monitor.RosterPoller;
import dev.cxmon.testing.TestHttp;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The exported names, types and label sets must match src/test/resources/stable-metrics.yaml exactly: its first
 * document with the default cxone.metrics.per-agent=true; see {@link StableRosterAggregateMetricsTest} for the second.
 */
@QuarkusTest
class StableMetricsTest extends DemoRosterScrape {

    /** @param help the family's HELP text, exactly */
    record StableMetric(String name, String type, String help, List<String> labels) {}

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? .*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"(?:[^\"\\\\]|\\\\.)*\"");

    @Test
    void exportedMetricsMatchTheStableList() throws Exception {
        String exposition = pollAndScrape(poller, connection, simulator, metricsUrl);
        StableMetricsFile.updateIfAsked(0, exposition, family -> true);
        assertMatches(exposition, stableList(0));
    }

    /**
     * Polls a demo roster twice, with one state change between, and returns the exposition. 1003 is on Break throughout, so
     * that the families of Unavailable agents (which exist only while one is) are exported too.
     */
    static String pollAndScrape(RosterPoller poller, ConnectionSettingsFactory connection, SimulatorLauncher simulator, URL metricsUrl)
            throws Exception {
        simulator.running().setAgentState(1003, 2, "Break");
        poller.configure(new MonitorSettings(List.of(RosterEntry.of("1001"), RosterEntry.of("9999"), RosterEntry.of("1003")),
                ((PollSchedule.Valid) PollSchedule.parse("30s", Optional.empty())).schedule(), 2, Duration.ofMinutes(10), true),
                connection.fromConfig());
        poller.pollOnce();
        simulator.running().setAgentState(1001, 0, null);
        poller.pollOnce();
        simulator.running().setAgentState(1001, 1, null);
        return TestHttp.client().send(HttpRequest.newBuilder(URI.create(metricsUrl.toString())).timeout(TestHttp.REQUEST_TIMEOUT)
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** One YAML document of stable-metrics.yaml: 0 = the default metrics, 1 = the roster aggregates of per-agent=false. */
    static List<StableMetric> stableList(int document) throws Exception {
        String[] documents = Files.readString(Path.of("src/test/resources/stable-metrics.yaml")).split("(?m)^---$");
        return new ObjectMapper(new YAMLFactory()).readValue(documents[document], new TypeReference<>() {});
    }

    static void assertMatches(String exposition, List<StableMetric> stable) {
        Exposition parsed = Exposition.parse(exposition);
        Map<String, String> types = parsed.types();
        Map<String, Set<Set<String>>> labelSets = parsed.labelSets();
        for (StableMetric metric : stable) {
            // The exposition's TYPE line names the family: a counter's samples carry _total, a summary's _count/_sum.
            String family = metric.type().equals("counter") ? metric.name().replaceFirst("_total$", "") : metric.name();
            assertThat(types).as("TYPE of " + metric.name()).containsEntry(family, metric.type());
            assertThat(parsed.helps().get(family)).as("HELP of " + metric.name()).isEqualTo(metric.help());
            String sampleName = metric.type().equals("summary") ? metric.name() + "_count" : metric.name();
            assertThat(labelSets.get(sampleName)).as("label sets of " + sampleName).containsExactly(new TreeSet<>(metric.labels()));
        }
        Set<String> exported = new TreeSet<>(types.keySet());
        exported.removeIf(name -> !name.startsWith("cxone_"));
        assertThat(exported).as("every cxone_ metric family is in the stable list").containsExactlyInAnyOrderElementsOf(
                stable.stream().map(m -> m.type().equals("counter") ? m.name().replaceFirst("_total$", "") : m.name()).toList());
    }

    /** The TYPE and HELP of each family and the label sets of each sample name, as exposed. */
    record Exposition(Map<String, String> types, Map<String, String> helps, Map<String, Set<Set<String>>> labelSets) {

        static Exposition parse(String exposition) {
            Map<String, String> types = new HashMap<>();
            Map<String, String> helps = new HashMap<>();
            Map<String, Set<Set<String>>> labelSets = new HashMap<>();
            for (String line : exposition.lines().toList()) {
                if (line.startsWith("# TYPE ")) {
                    String[] parts = line.split(" ");
                    types.put(parts[2], parts[3]);
                } else if (line.startsWith("# HELP ")) {
                    String[] parts = line.split(" ", 4);
                    helps.put(parts[2], parts.length > 3 ? parts[3] : "");
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    Matcher sample = SAMPLE.matcher(line);
                    assertThat(sample.matches()).as(line).isTrue();
                    Set<String> labels = new TreeSet<>();
                    if (sample.group(3) != null) {
                        Matcher label = LABEL.matcher(sample.group(3));
                        while (label.find()) {
                            labels.add(label.group(1));
                        }
                    }
                    labelSets.computeIfAbsent(sample.group(1), k -> new HashSet<>()).add(labels);
                }
            }
            return new Exposition(types, helps, labelSets);
        }
    }
}
