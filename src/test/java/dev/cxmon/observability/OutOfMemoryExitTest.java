package dev.cxmon.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A JVM that ran out of heap loses threads at random (the scheduler, Vert.x) and may neither poll nor stop: every way
 * of running the container makes it exit instead, so Kubernetes or compose restarts it.
 */
class OutOfMemoryExitTest {

    private static final String FLAG = "-XX:+ExitOnOutOfMemoryError";

    @Test
    void theImageExitsOnOutOfMemory() throws Exception {
        Matcher opts = Pattern.compile("ENV JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(Files.readString(Path.of("src/main/docker/Dockerfile.jvm")));
        assertThat(opts.find()).as("JAVA_OPTS_APPEND in the Dockerfile").isTrue();
        assertThat(opts.group(1)).contains(FLAG);
    }

    @Test
    void kubernetesAndComposeKeepItWhateverJavaOptsAppendSays() throws Exception {
        for (Path file : new Path[] {Path.of("deploy/kubernetes/deployment.yaml"), Path.of("deploy/kubernetes-sharded/statefulset.yaml")}) {
            assertThat(Files.readString(file)).as(file.toString())
                    .containsPattern("- name: JAVA_TOOL_OPTIONS\\s+value: \"[^\"]*" + Pattern.quote(FLAG));
        }
        assertThat(Files.readString(Path.of("deploy/compose.yaml"))).containsPattern("JAVA_TOOL_OPTIONS: \"[^\"]*" + Pattern.quote(FLAG));
    }
}
