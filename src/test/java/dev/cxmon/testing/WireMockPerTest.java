package dev.cxmon.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.cxmon.auth.CxoneSession;
import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.cxone.CxoneApi;
import dev.cxmon.cxone.ExchangeListener;
import dev.cxmon.cxone.RestClients;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh WireMock server on loopback for each test of a Quarkus test, standing in for CXone, and the application's
 * REST clients to call it. A base class rather than WireMock's JUnit extension because Quarkus tests run on a copy of
 * the test instance that extensions do not see. The subclass's {@code @BeforeEach} runs after the server started.
 */
public abstract class WireMockPerTest {

    @Inject
    protected RestClients clients;

    protected WireMockServer server;

    /** How the server starts: a free port on loopback, plus whatever a test adds (it must keep both). */
    protected WireMockConfiguration wireMockOptions() {
        return options().dynamicPort().bindAddress("127.0.0.1");
    }

    @BeforeEach
    void startWireMock() {
        server = new WireMockServer(wireMockOptions());
        server.start();
    }

    @AfterEach
    void stopWireMock() {
        server.stop();
    }

    /** CXone's discovery document, naming this server's token endpoint, and the token endpoint's answer. */
    protected void stubDiscoveryAndToken(ResponseDefinitionBuilder tokenAnswer) {
        server.stubFor(get("/.well-known/openid-configuration")
                .willReturn(CxoneAnswers.json("{\"issuer\":\"x\",\"token_endpoint\":\"" + server.baseUrl() + "/auth/token\"}")));
        server.stubFor(post("/auth/token").willReturn(tokenAnswer));
    }

    /** As above, the token endpoint answering with {@link CxoneAnswers#tokenAnswer()}. */
    protected void stubDiscoveryAndToken() {
        stubDiscoveryAndToken(CxoneAnswers.json(CxoneAnswers.tokenAnswer()));
    }

    /** The API of a session on this server for a demo access key, with its API at {@code apiPath} here, on the system clock. */
    protected CxoneApi demoApi(String apiPath) {
        ConnectionSettings settings = DemoSettings.forKey(server.baseUrl(), "key").withApiUrl(URI.create(server.baseUrl() + apiPath));
        return new CxoneSession(settings, clients, ExchangeListener.NONE, Clock.systemUTC()).api();
    }
}
