package dev.cxmon.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.testing.BuildCommit;
import dev.cxmon.testing.PrometheusText;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** What runs: cxone_build_info carries the pom's version and the commit the classes were built from. */
@QuarkusTest
class BuildInfoMetricsTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metricsUrl;

    @Test
    void buildInfoNamesTheVersionAndTheCommit() {
        String version = System.getProperty("project.version");
        assertThat(version).as("surefire passes project.version").isNotBlank();

        PrometheusText metrics = PrometheusText.scrape(metricsUrl);

        assertThat(metrics.value("cxone_build_info{commit=\"" + BuildCommit.expected() + "\",version=\"" + version + "\"}"))
                .as("cxone_build_info among %s", metrics.all().keySet()).hasValue(1);
    }
}
