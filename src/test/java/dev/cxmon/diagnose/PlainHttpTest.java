package dev.cxmon.diagnose;

import static dev.cxmon.testing.CxoneAnswers.json;
import static dev.cxmon.testing.CxoneAnswers.tokenAnswer;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.Exchange;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.WireMockPerTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * Discovery documents that name plain-HTTP endpoints on hosts other than loopback: the monitor sends neither the
 * password grant nor a bearer token there, and the diagnosis says why instead of "OK".
 */
@QuarkusTest
class PlainHttpTest extends WireMockPerTest {

    private static final String PLAIN_TOKEN_ENDPOINT = "http://token.cxmon-test.invalid/auth/token";
    private static final String PLAIN_API_ENDPOINT = "http://api.cxmon-test.invalid";

    @Test
    void aPlainHttpTokenEndpointGetsNoCredentials() {
        discovery(PLAIN_TOKEN_ENDPOINT);

        DiagnosisReport report = diagnose();

        assertThat(report.rootCause().name()).as("findings " + report.findings()).isEqualTo("INSECURE_TRANSPORT");
        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.evidence()).extracting(Exchange::url).noneMatch(url -> url.contains("cxmon-test.invalid"));
        assertThat(report.checks()).filteredOn(c -> c.name().equals("discovery")).singleElement()
                .satisfies(c -> assertThat(c.status()).isNotEqualTo(Check.Status.OK));
        assertThat(String.join("\n", report.findings().get(0).evidence())).contains(PLAIN_TOKEN_ENDPOINT);
    }

    @Test
    void aPlainHttpApiEndpointGetsNoBearerToken() {
        discovery(server.baseUrl() + "/auth/token");
        server.stubFor(post("/auth/token").willReturn(json(tokenAnswer())));
        server.stubFor(get(urlPathEqualTo("/.well-known/cxone-configuration"))
                .willReturn(json("{\"api_endpoint\":\"" + PLAIN_API_ENDPOINT + "\",\"area\":\"na1\"}")));

        DiagnosisReport report = diagnose();

        assertThat(report.rootCause().name()).as("findings " + report.findings()).isEqualTo("INSECURE_TRANSPORT");
        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.evidence()).extracting(Exchange::url).noneMatch(url -> url.contains("cxmon-test.invalid"));
        assertThat(String.join("\n", report.findings().get(0).evidence())).contains(PLAIN_API_ENDPOINT);
    }

    private DiagnosisReport diagnose() {
        return DiagnosisRules.evaluate(new EvidenceCollector(clients, Clock.systemUTC())
                .collect(DiagnosisRequest.of("1001", DemoSettings.forKey(server.baseUrl(), "demo-supervisor"))));
    }

    private void discovery(String tokenEndpoint) {
        server.stubFor(get("/.well-known/openid-configuration")
                .willReturn(json("{\"issuer\":\"https://cxone.niceincontact.com\",\"token_endpoint\":\"" + tokenEndpoint + "\"}")));
    }

}
