package dev.cxmon.cxone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiEndpointsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://api-c32.incontact.com", "https://api-c32.incontact.com/", "  https://api-c32.incontact.com/  "})
    void fromDiscoveredApiEndpoint(String apiEndpoint) {
        ApiEndpoints endpoints = ApiEndpoints.fromApiEndpoint(apiEndpoint, "27.0");
        assertThat(endpoints.servicesBase()).isEqualTo(URI.create("https://api-c32.incontact.com/incontactapi/services/v27.0"));
        assertThat(endpoints.hostRoot()).isEqualTo(URI.create("https://api-c32.incontact.com"));
    }

    @Test
    void versionIsConfigurable() {
        assertThat(ApiEndpoints.fromApiEndpoint("https://api-b2.incontact.com", "23.0").servicesBase())
                .hasToString("https://api-b2.incontact.com/incontactapi/services/v23.0");
    }

    @Test
    void simulatorStyleEndpointWithPort() {
        ApiEndpoints endpoints = ApiEndpoints.fromApiEndpoint("http://127.0.0.1:8089", "27.0");
        assertThat(endpoints.servicesBase()).hasToString("http://127.0.0.1:8089/incontactapi/services/v27.0");
        assertThat(endpoints.hostRoot()).hasToString("http://127.0.0.1:8089");
    }

    @ParameterizedTest
    @CsvSource({
        "https://api-c32.incontact.com/incontactapi/services/v27.0, https://api-c32.incontact.com/incontactapi/services/v27.0, https://api-c32.incontact.com",
        "https://api-c32.incontact.com/incontactapi/services/v27.0/, https://api-c32.incontact.com/incontactapi/services/v27.0, https://api-c32.incontact.com",
        "https://api-c32.incontact.com/InContactAPI/services/v23.0, https://api-c32.incontact.com/InContactAPI/services/v23.0, https://api-c32.incontact.com",
        "http://localhost:8089/prefix/incontactapi/services/v27.0, http://localhost:8089/prefix/incontactapi/services/v27.0, http://localhost:8089/prefix",
        "https://gateway.example.com/cxone/v27, https://gateway.example.com/cxone/v27, https://gateway.example.com",
        "https://gateway.example.com:8443/, https://gateway.example.com:8443, https://gateway.example.com:8443"
    })
    void fromExplicitUrl(String apiUrl, String services, String root) {
        ApiEndpoints endpoints = ApiEndpoints.fromExplicitUrl(URI.create(apiUrl));
        assertThat(endpoints.servicesBase()).hasToString(services);
        assertThat(endpoints.hostRoot()).hasToString(root);
    }

    @Test
    void explicitUrlKeepsUserInfoAuthority() {
        ApiEndpoints endpoints = ApiEndpoints.fromExplicitUrl(URI.create("https://user@gateway.example.com/api"));
        assertThat(endpoints.hostRoot()).hasToString("https://user@gateway.example.com");
    }

    @Test
    void discoveredAndExplicitAgree() {
        ApiEndpoints discovered = ApiEndpoints.fromApiEndpoint("https://api-c32.incontact.com", "27.0");
        ApiEndpoints explicit = ApiEndpoints.fromExplicitUrl(discovered.servicesBase());
        assertThat(explicit).isEqualTo(discovered);
    }
}
