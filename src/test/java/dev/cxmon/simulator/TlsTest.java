package dev.cxmon.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxmon.testing.TestTls;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class TlsTest {

    private static final String PASSWORD = "changeit";

    @Test
    void servesHttpsWithAPkcs12KeyStore() throws Exception {
        SimulatorOptions options = SimulatorOptions.defaults().withTls(new TlsOptions(keyStorePath(), PASSWORD));

        try (SimulatorHarness sim = SimulatorHarness.start(options, HttpClient.newBuilder().sslContext(TestTls.trusting(keyStorePath(), PASSWORD)))) {
            assertThat(sim.simulator.baseUrl()).isEqualTo("https://127.0.0.1:" + sim.simulator.port());
            assertThat(SimulatorHarness.json(sim.get("/.well-known/openid-configuration")).get("token_endpoint").asText())
                    .isEqualTo(sim.simulator.baseUrl() + "/auth/token");
            assertThat(sim.api("agents/1001", sim.token("demo-supervisor")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aClientWithoutTheCertificateFailsTheHandshake() throws Exception {
        SimulatorOptions options = SimulatorOptions.defaults().withTls(new TlsOptions(keyStorePath(), PASSWORD));

        try (SimulatorHarness sim = SimulatorHarness.start(options)) {
            assertThatThrownBy(() -> sim.get("/.well-known/openid-configuration"))
                    .hasCauseInstanceOf(SSLHandshakeException.class);
        }
    }

    private static Path keyStorePath() throws URISyntaxException {
        return Path.of(TlsTest.class.getResource("/tls/simulator-test.p12").toURI());
    }
}
