package dev.cxmon.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.config.ConfigValidatorTest.FakeConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TutorialEndpointsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://us-1.api.cxone.com", "https://us-1.api.cxone.com/", "https://eu-1.api.cxone.com/agents",
            "https://api.cxone.com", "HTTPS://US-1.API.CXONE.COM", "us-1.api.cxone.com", "  https://us-1.api.cxone.com  "})
    void tutorialHost(String url) {
        assertThat(TutorialEndpoints.detect(url)).hasValueSatisfying(m -> {
            assertThat(m.what()).contains("api.cxone.com").contains("not a CXone host");
            assertThat(m.realEquivalent()).contains("https://cxone.niceincontact.com").contains("/incontactapi/services/v27.0");
        });
    }

    @Test
    void hostRuleWinsWhenPathIsAlsoWrong() {
        assertThat(TutorialEndpoints.detect("https://us-1.api.cxone.com/oauth/token"))
                .hasValueSatisfying(m -> assertThat(m.what()).contains("not a CXone host"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://cxone.niceincontact.com/oauth/token", "https://auth.example.com/OAuth/Token",
            "https://cxone.niceincontact.com/oauth/token?grant_type=password"})
    void tutorialTokenPath(String url) {
        assertThat(TutorialEndpoints.detect(url)).hasValueSatisfying(m -> {
            assertThat(m.what()).contains("/oauth/token");
            assertThat(m.realEquivalent()).contains("/.well-known/openid-configuration").contains("/auth/token");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api-c32.incontact.com/api/v2/users?username=jdoe", "https://host.example.com/api/v2",
            "https://host.example.com/API/V2/agents/1234/states", "https://host.example.com/api/v2/users?username="})
    void tutorialApiV2Path(String url) {
        assertThat(TutorialEndpoints.detect(url)).hasValueSatisfying(m -> {
            assertThat(m.what()).contains("/api/v2").contains("another vendor");
            assertThat(m.realEquivalent()).contains("/incontactapi/services/v{N}.0/");
        });
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"https://cxone.niceincontact.com", "https://cxone.niceincontact.com/auth/token",
            "https://cxone.niceincontact.com/.well-known/openid-configuration",
            "https://api-c32.incontact.com/incontactapi/services/v27.0",
            "https://api-c32.incontact.com/InContactAPI/services/v23.0/agents/states", "https://api.incontact.com/InContactAuthorizationServer/Token",
            "https://na1.nice-incontact.com", "http://127.0.0.1:8089", "https://myapi.cxone.com", "https://host.example.com/api/v21/x",
            "https://cxone.niceincontact.com/oauth2/token"})
    void realOrUnrelatedUrlsAreNotFlagged(String url) {
        assertThat(TutorialEndpoints.detect(url)).isEmpty();
    }

    @Test
    void configValidatorReportsBothKeys() {
        FakeConfig config = FakeConfig.defaults().authUrl("https://us-1.api.cxone.com/oauth/token")
                .apiUrl("https://us-1.api.cxone.com/api/v2/users?username=");
        List<ConfigProblem> found = ConfigValidator.tutorialEndpoints(config);
        assertThat(found).extracting(ConfigProblem::key).containsExactly("cxone.auth-url", "cxone.api-url");
        assertThat(found).allSatisfy(p -> {
            assertThat(p.problem()).endsWith(".");
            assertThat(p.fix()).isNotBlank();
        });
    }

    @Test
    void configValidatorReportsPathOnApiUrl() {
        FakeConfig config = FakeConfig.defaults().apiUrl("https://api-c32.incontact.com/api/v2/users?username=");
        assertThat(ConfigValidator.tutorialEndpoints(config)).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("cxone.api-url");
            assertThat(p.problem()).contains("/api/v2");
        });
    }

    @Test
    void realCxoneConfigurationHasNoTutorialEndpoints() {
        FakeConfig config = FakeConfig.defaults().authUrl("https://cxone.niceincontact.com")
                .apiUrl("https://api-c32.incontact.com/incontactapi/services/v27.0");
        assertThat(ConfigValidator.tutorialEndpoints(config)).isEmpty();
        assertThat(ConfigValidator.validate(config)).isEmpty();
    }

    @Test
    void unsetUrlsHaveNoTutorialEndpoints() {
        assertThat(ConfigValidator.tutorialEndpoints(FakeConfig.defaults())).isEmpty();
    }
}
