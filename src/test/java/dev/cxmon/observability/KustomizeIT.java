package dev.cxmon.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cxmon.testing.ExternalServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Renders the two kustomizations with {@code kubectl kustomize}, as {@code kubectl apply -k} would: the single
 * instance and the sharded overlay each run exactly one kind of poller, one image setting reaches both, and the
 * ServiceMonitor carries the label the PrometheusRule is selected by.
 */
class KustomizeIT {

    private static final Path SINGLE = Path.of("deploy/kubernetes");
    private static final Path SHARDED = Path.of("deploy/kubernetes-sharded");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod", "Job", "CronJob");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theSingleInstanceRunsOneDeployment() throws Exception {
        List<JsonNode> workloads = workloads(render(SINGLE));

        assertThat(workloads).extracting(w -> w.get("kind").asText()).containsExactly("Deployment");
        assertThat(workloads.get(0).at("/spec/replicas").asInt()).isEqualTo(1);
    }

    @Test
    void theShardedOverlayReplacesTheDeploymentWithTheStatefulSet() throws Exception {
        List<JsonNode> all = render(SHARDED);
        List<JsonNode> workloads = workloads(all);

        assertThat(workloads).as("exactly one kind of poller, never the Deployment beside the shards")
                .extracting(w -> w.get("kind").asText()).containsExactly("StatefulSet");
        JsonNode shards = workloads.get(0);
        assertThat(shards.at("/metadata/namespace").asText()).isEqualTo("cxone-agent-monitor");
        assertThat(env(shards, "CXONE_SHARD_COUNT")).isEqualTo(shards.at("/spec/replicas").asText());
        assertThat(all).extracting(d -> d.get("kind").asText()).contains("ConfigMap", "Service", "ServiceMonitor", "PrometheusRule");
    }

    @Test
    void oneImageSettingReachesTheDeploymentAndTheStatefulSet() throws Exception {
        Path copy = Files.createTempDirectory("kustomize");
        copyTree(SINGLE, copy.resolve("kubernetes"));
        copyTree(SHARDED, copy.resolve("kubernetes-sharded"));
        Path imageSetting = copy.resolve("kubernetes/image/kustomization.yaml");
        Files.writeString(imageSetting, Files.readString(imageSetting)
                .replace("newName: cxone-agent-monitor", "newName: registry.example.com/ops/cxone-agent-monitor")
                .replace("newTag: latest", "newTag: 1.2.3"));

        for (Path root : List.of(copy.resolve("kubernetes"), copy.resolve("kubernetes-sharded"))) {
            List<JsonNode> workloads = workloads(render(root));
            assertThat(workloads).isNotEmpty();
            for (JsonNode workload : workloads) {
                assertThat(workload.at("/spec/template/spec/containers").findValuesAsText("image"))
                        .as(workload.get("kind").asText()).containsOnly("registry.example.com/ops/cxone-agent-monitor:1.2.3");
            }
        }
    }

    @Test
    void theServiceMonitorCarriesTheLabelThePrometheusRuleIsSelectedBy() throws Exception {
        for (Path root : List.of(SINGLE, SHARDED)) {
            List<JsonNode> all = render(root);
            JsonNode rule = only(all, "PrometheusRule");
            JsonNode monitor = only(all, "ServiceMonitor");

            assertThat(rule.at("/metadata/labels/release").asText()).isNotEmpty();
            assertThat(monitor.at("/metadata/labels/release").asText()).as(root + ": a default Prometheus Operator selects both by release")
                    .isEqualTo(rule.at("/metadata/labels/release").asText());
        }
    }

    private static List<JsonNode> render(Path root) throws Exception {
        // kubectl 1.21 or later: older ones embed a kustomize without components (Debian bookworm ships 1.20).
        ExternalServer.requireBinary("kubectl", "kubectl (1.21 or later, from the Kubernetes apt repository)");
        Process process = new ProcessBuilder("kubectl", "kustomize", root.toString()).start();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize " + root + "\n" + err).isZero();
        List<JsonNode> documents = new ArrayList<>();
        try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(out)) {
            values.forEachRemaining(d -> {
                if (d != null && !d.isNull() && !d.isMissingNode()) {
                    documents.add(d);
                }
            });
        }
        return documents;
    }

    private static List<JsonNode> workloads(List<JsonNode> documents) {
        return documents.stream().filter(d -> WORKLOADS.contains(d.path("kind").asText())).toList();
    }

    private static JsonNode only(List<JsonNode> documents, String kind) {
        List<JsonNode> matching = documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
        assertThat(matching).as(kind).hasSize(1);
        return matching.get(0);
    }

    private static String env(JsonNode workload, String name) {
        for (JsonNode variable : workload.at("/spec/template/spec/containers/0/env")) {
            if (name.equals(variable.path("name").asText())) {
                return variable.path("value").asText();
            }
        }
        throw new AssertionError(name + " not set on " + workload.get("kind").asText());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
