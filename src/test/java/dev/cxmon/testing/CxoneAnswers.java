package dev.cxmon.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** CXone's answers as a WireMock stub serves them: JSON bodies and a token answer whose JWT carries NICE's claims. */
public final class CxoneAnswers {

    private CxoneAnswers() {}

    public static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    /** A password-grant answer: an unsigned JWT for tenant t-1, user u-1, agent 1000, valid for an hour. */
    public static String tokenAnswer() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"tenantId\":\"t-1\",\"userId\":\"u-1\",\"icAgentId\":\"1000\"}".getBytes(StandardCharsets.UTF_8));
        return "{\"access_token\":\"" + header + "." + payload + ".sig\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
    }
}
