package dev.cxmon.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The image's JVM defaults for a small pod (docs/performance.md, "Memory and start"): the heap at most half the container's
 * memory, the serial collector instead of the image's ParallelGC; the manifests say the same, next to the limit they fit.
 */
class SmallPodJvmDefaultsTest {

    private static final String RATIO = "50";
    private static final String GC = "-XX:+UseSerialGC";

    @Test
    void theImageGivesTheHeapHalfTheContainerAndTheSerialCollector() throws Exception {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        assertThat(dockerfile).containsPattern("(?m)^ENV JAVA_MAX_MEM_RATIO=" + RATIO + "$")
                .containsPattern("(?m)^ENV GC_CONTAINER_OPTIONS=\"" + Pattern.quote(GC) + "\"$");
        Matcher append = Pattern.compile("ENV JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(dockerfile);
        assertThat(append.find()).isTrue();
        assertThat(append.group(1)).as("a second GC flag next to the image's would stop the JVM").doesNotContain("GC");
    }

    @Test
    void theManifestsSayTheSameNextToA512MiLimit() throws Exception {
        for (Path file : new Path[] {Path.of("deploy/kubernetes/deployment.yaml"), Path.of("deploy/kubernetes-sharded/statefulset.yaml")}) {
            String manifest = Files.readString(file);
            assertThat(manifest).as(file.toString())
                    .containsPattern("- name: JAVA_MAX_MEM_RATIO\\s+value: \"" + RATIO + "\"")
                    .containsPattern("- name: GC_CONTAINER_OPTIONS\\s+value: \"" + Pattern.quote(GC) + "\"")
                    .containsPattern("limits:\\s+cpu: \"1\"\\s+memory: 512Mi");
        }
        assertThat(Files.readString(Path.of("deploy/compose.yaml")))
                .contains("JAVA_MAX_MEM_RATIO: \"" + RATIO + "\"").contains("GC_CONTAINER_OPTIONS: \"" + GC + "\"");
    }
}
