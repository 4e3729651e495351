package dev.cxmon.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.cxone.ApiEndpoints;
import dev.cxmon.cxone.CallRunner;
import dev.cxmon.cxone.DiscoveryClient;
import dev.cxmon.cxone.HttpReply;
import dev.cxmon.cxone.JsonBodies;
import dev.cxmon.cxone.Operation;
import dev.cxmon.cxone.RestClients;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {auth-url}/.well-known/cxone-configuration?tenantId= → the tenant's api_endpoint (cxone-api.md §2). */
final class TenantDiscovery {

    private TenantDiscovery() {}

    static ApiEndpoints discover(ConnectionSettings settings, RestClients clients, CallRunner runner, String tenantId) {
        DiscoveryClient discovery = clients.get(DiscoveryClient.class, settings.authUrl(), settings.connectTimeout(), settings.readTimeout());
        String url = settings.authUrl() + "/.well-known/cxone-configuration?tenantId=" + URLEncoder.encode(tenantId, StandardCharsets.UTF_8);
        HttpReply reply = runner.run(Operation.TENANT_DISCOVERY, "GET", url, () -> discovery.cxoneConfiguration(tenantId, "application/json"));
        JsonNode document = JsonBodies.requireSuccess(reply);
        URI apiEndpoint = JsonBodies.requireCredentialSafeUrl(reply, document, "api_endpoint",
                "the cxone-configuration document has no api_endpoint");
        return ApiEndpoints.fromApiEndpoint(apiEndpoint.toString(), settings.apiVersion());
    }
}
