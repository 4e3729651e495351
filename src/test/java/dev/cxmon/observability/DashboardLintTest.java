package dev.cxmon.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped dashboards as Grafana loads them, without Grafana: each file is one JSON dashboard with its own uid,
 * every panel reads the data source variable and has a query, panels neither share an id nor overlap, and every
 * template variable a query uses is one the dashboard defines and {@link GrafanaTargets} expands, so that
 * ObservabilityStackIT runs each query as Grafana would send it. Whether the queries return data is that test's job.
 */
class DashboardLintTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DASHBOARDS = Path.of("grafana/dashboards");
    private static final String DATASOURCE = "${DS_PROMETHEUS}";
    /** Variables Grafana itself defines. */
    private static final Set<String> BUILT_IN = Set.of("__rate_interval", "__interval", "__range");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

    static List<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void theDashboardsHaveDistinctUidsAndTitles() throws IOException {
        List<String> uids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Path file : dashboards()) {
            JsonNode dashboard = JSON.readTree(file.toFile());
            uids.add(dashboard.path("uid").asText());
            titles.add(dashboard.path("title").asText());
        }
        assertThat(uids).as("uids").doesNotHaveDuplicates().allMatch(uid -> uid.matches("[a-z0-9-]{1,40}"));
        assertThat(titles).as("titles").doesNotHaveDuplicates().noneMatch(String::isBlank);
    }

    @ParameterizedTest
    @MethodSource("dashboards")
    void everyPanelReadsTheDataSourceVariableAndHasAQuery(Path file) throws IOException {
        JsonNode dashboard = JSON.readTree(file.toFile());
        JsonNode datasource = variable(dashboard, "DS_PROMETHEUS");
        assertThat(datasource).as(file + ": the data source variable DS_PROMETHEUS").isNotNull();
        assertThat(datasource.path("type").asText()).as(file + ": DS_PROMETHEUS is a data source choice").isEqualTo("datasource");
        assertThat(dashboard.path("tags")).as(file + ": tagged cxone, for the dashboards' links to each other")
                .extracting(JsonNode::asText).contains("cxone");

        List<JsonNode> panels = panels(dashboard);
        assertThat(panels).as(file + ": panels").isNotEmpty();
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : panels) {
            String name = file.getFileName() + " / " + panel.path("title").asText();
            assertThat(panel.path("id").isInt()).as(name + ": id").isTrue();
            assertThat(ids.add(panel.path("id").asInt())).as(name + ": id " + panel.path("id") + " is unique").isTrue();
            if ("row".equals(panel.path("type").asText())) {
                continue;
            }
            assertThat(panel.path("title").asText()).as(name + ": title").isNotBlank();
            assertThat(panel.path("datasource").path("uid").asText()).as(name + ": data source").isEqualTo(DATASOURCE);
            assertThat(panel.path("targets")).as(name + ": targets").isNotEmpty();
            Set<String> refIds = new HashSet<>();
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.path("datasource").path("uid").asText()).as(name + ": target data source").isEqualTo(DATASOURCE);
                assertThat(target.path("expr").asText()).as(name + ": expr").isNotBlank();
                assertThat(refIds.add(target.path("refId").asText())).as(name + ": refId " + target.path("refId") + " is unique").isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dashboards")
    void panelsDoNotOverlap(Path file) throws IOException {
        List<JsonNode> panels = panels(JSON.readTree(file.toFile()));
        for (int i = 0; i < panels.size(); i++) {
            for (int j = i + 1; j < panels.size(); j++) {
                assertThat(overlap(panels.get(i).path("gridPos"), panels.get(j).path("gridPos")))
                        .as(file.getFileName() + ": '" + panels.get(i).path("title").asText() + "' and '" + panels.get(j).path("title").asText() + "' overlap")
                        .isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dashboards")
    void everyVariableAQueryUsesIsDefinedAndExpandedByTheStackTest(Path file) throws IOException {
        JsonNode dashboard = JSON.readTree(file.toFile());
        Map<String, JsonNode> defined = new HashMap<>();
        dashboard.path("templating").path("list").forEach(v -> defined.put(v.path("name").asText(), v));
        List<String> queries = new ArrayList<>(GrafanaTargets.of(dashboard).values());
        defined.values().stream().filter(v -> "query".equals(v.path("type").asText()))
                .forEach(v -> queries.add(v.path("query").asText()));
        for (String query : queries) {
            for (String used : variablesIn(query)) {
                assertThat(defined.containsKey(used) || BUILT_IN.contains(used)).as(file.getFileName() + ": $" + used + " in " + query).isTrue();
            }
        }
        for (Map.Entry<String, String> target : GrafanaTargets.of(dashboard).entrySet()) {
            assertThat(GrafanaTargets.substituteVariables(target.getValue())).as(file.getFileName() + " / " + target.getKey()
                    + ": ObservabilityStackIT sends it with every variable expanded").doesNotContain("$");
        }
    }

    static Set<String> variablesIn(String query) {
        Set<String> names = new HashSet<>();
        Matcher m = VARIABLE.matcher(query);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static JsonNode variable(JsonNode dashboard, String name) {
        for (JsonNode v : dashboard.path("templating").path("list")) {
            if (name.equals(v.path("name").asText())) {
                return v;
            }
        }
        return null;
    }

    /** Every panel, rows and the panels of collapsed rows included. */
    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            all.add(panel);
            panel.path("panels").forEach(all::add);
        }
        return all;
    }

    private static boolean overlap(JsonNode a, JsonNode b) {
        return a.path("x").asInt() < b.path("x").asInt() + b.path("w").asInt() && b.path("x").asInt() < a.path("x").asInt() + a.path("w").asInt()
                && a.path("y").asInt() < b.path("y").asInt() + b.path("h").asInt() && b.path("y").asInt() < a.path("y").asInt() + a.path("h").asInt();
    }
}
