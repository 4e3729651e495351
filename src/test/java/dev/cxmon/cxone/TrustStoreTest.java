package dev.cxmon.cxone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.config.ConnectionSettingsFactory;
import dev.cxmon.diagnose.DiagnosisCode;
import dev.cxmon.diagnose.DiagnosisRequest;
import dev.cxmon.diagnose.DiagnosisRules;
import dev.cxmon.diagnose.EvidenceCollector;
import dev.cxmon.simulator.CxoneSimulator;
import dev.cxmon.simulator.SimulatorOptions;
import dev.cxmon.simulator.TlsOptions;
import dev.cxmon.testing.ConfigProfile;
import dev.cxmon.testing.DemoSettings;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * A corporate proxy's CA configured as cxone.http.trust-store makes its certificates trusted; without it the same
 * endpoint is TLS_FAILURE (DiagnosisCodesTest). Verification itself is never switched off.
 */
@QuarkusTest
@TestProfile(TrustStoreTest.WithTrustStore.class)
class TrustStoreTest {

    public static class WithTrustStore extends ConfigProfile {
        public WithTrustStore() {
            super("cxone.http.trust-store", "src/test/resources/tls/simulator-test.p12", "cxone.http.trust-store-password", "changeit");
        }
    }

    @Inject
    RestClients clients;

    @Inject
    ConnectionSettingsFactory connection;

    @Test
    void certificatesOfTheConfiguredTrustStoreAreTrusted() {
        Vertx vertx = Vertx.vertx();
        CxoneSimulator tls = CxoneSimulator.start(vertx, SimulatorOptions.defaults()
                .withTls(new TlsOptions(Path.of("src/test/resources/tls/simulator-test.p12"), "changeit")));
        try {
            assertThat(tls.baseUrl()).startsWith("https://");
            var report = DiagnosisRules.evaluate(new EvidenceCollector(clients, Clock.systemUTC())
                    .collect(DiagnosisRequest.of("1001", DemoSettings.forKey(tls.baseUrl(), "demo-supervisor"))));
            assertThat(report.rootCause()).as(String.valueOf(report.findings())).isEqualTo(DiagnosisCode.AGENT_AVAILABLE);
            assertThat(connection.problems()).isEmpty();
        } finally {
            tls.close();
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
