package dev.cxmon.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.RestClients;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.SimulatorPerClass;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** CXone answering 400 for a parameter of our request: the request was wrong, not the answer. */
@QuarkusTest
class RejectedParameterTest extends SimulatorPerClass {

    @Inject
    RestClients clients;

    @Test
    void anUpdatedSinceCxoneRejectsIsOurRequestsFaultNotAMalformedAnswer() {
        DiagnosisRequest request = DiagnosisRequest.of("1001", DemoSettings.forKey(simulator.baseUrl(), "demo-supervisor"))
                .withUpdatedSince("yesterday");

        DiagnosisReport report = DiagnosisRules.evaluate(new EvidenceCollector(clients, Clock.systemUTC()).collect(request));

        assertThat(report.findings()).noneMatch(f -> f.code() == DiagnosisCode.MALFORMED_RESPONSE);
        assertThat(report.rootCause()).as("findings " + report.findings()).isEqualTo(DiagnosisCode.CONFIG_INVALID);
        assertThat(report.exitCode()).isEqualTo(2);
        Finding finding = report.findings().stream().filter(f -> f.code() == DiagnosisCode.CONFIG_INVALID).findFirst().orElseThrow();
        assertThat(finding.title()).contains("--updated-since").contains("yesterday");
        assertThat(String.join("\n", finding.evidence())).contains("HTTP 400").contains("updatedSince");
    }
}
