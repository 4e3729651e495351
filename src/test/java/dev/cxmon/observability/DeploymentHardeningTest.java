package dev.cxmon.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.configuration.DurationConverter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What no Docker engine here can show: the shipped container, Compose and Kubernetes files run the monitor as a
 * non-root user on a read-only root file system, leave it time for its graceful shutdown, and nothing switches TLS
 * verification off.
 */
class DeploymentHardeningTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** cxone.shutdown.grace's default, plus the JVM's own shutdown. */
    private static final Duration SHUTDOWN_NEEDS = Duration.ofSeconds(10 + 5);

    @Test
    void theImageRunsAsANonRootUser() throws Exception {
        List<String> users = Files.readAllLines(Path.of("src/main/docker/Dockerfile.jvm")).stream()
                .map(String::trim).filter(l -> l.startsWith("USER ")).toList();
        assertThat(users).isNotEmpty();
        assertThat(users.get(users.size() - 1).substring(5).trim()).isNotIn("0", "root");
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy/kubernetes/deployment.yaml", "deploy/kubernetes-sharded/statefulset.yaml"})
    void kubernetesRunsItNonRootReadOnlyAndWaitsForItsShutdown(String file) throws Exception {
        JsonNode pod = workload(Path.of(file)).path("spec").path("template").path("spec");
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as(file).isTrue();
        assertThat(Duration.ofSeconds(pod.path("terminationGracePeriodSeconds").asLong(30))).as(file).isGreaterThan(SHUTDOWN_NEEDS);
        assertThat(pod.path("containers")).as(file).isNotEmpty().allSatisfy(container -> {
            JsonNode security = container.path("securityContext");
            assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
            assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
            assertThat(security.path("runAsUser").asInt(0)).isNotZero();
        });
    }

    /** The file's Deployment or StatefulSet; the file may hold other documents (a Service) too. */
    private static JsonNode workload(Path file) throws Exception {
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (List.of("Deployment", "StatefulSet").contains(document.path("kind").asText())) {
                    return document;
                }
            }
        }
        throw new AssertionError(file + " has no Deployment or StatefulSet");
    }

    @Test
    void composeRunsItNonRootReadOnlyAndWaitsForItsShutdown() throws Exception {
        JsonNode monitor = YAML.readTree(Path.of("deploy/compose.yaml").toFile()).path("services").path("monitor");
        assertThat(monitor.path("read_only").asBoolean()).isTrue();
        assertThat(monitor.path("user").asText()).isNotIn("", "0", "root");
        assertThat(DurationConverter.parseDuration(monitor.path("stop_grace_period").asText("10s")))
                .isGreaterThan(SHUTDOWN_NEEDS);
    }

    @Test
    void noShippedConfigurationSwitchesTlsVerificationOff() throws Exception {
        for (Path file : List.of(Path.of("src/main/resources/application.properties"), Path.of("config/.env.example"),
                Path.of("deploy/kubernetes/configmap.yaml"), Path.of("deploy/compose.yaml"))) {
            String text = Files.readString(file).toLowerCase(Locale.ROOT);
            assertThat(text).as(file.toString()).doesNotContain("trust-all", "trust_all", "verify-host=false", "verify_host=false");
        }
    }
}
