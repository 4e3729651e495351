package dev.cxmon.simulator;

import static dev.cxmon.simulator.SimulatorHarness.json;
import static dev.cxmon.simulator.SimulatorHarness.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class UserHubTest {

    @RegisterExtension
    static final SimulatorHarness sim = SimulatorHarness.perClassWithTokenOf("demo-supervisor");

    @Test
    void userByIdHasTheUserHubShape() {
        JsonNode user = okJson(sim.get("/user-management/v1/users/" + DemoTenant.NOT_AGENT, sim.bearer())).get("user");
        assertThat(user.get("id").asText()).isEqualTo(DemoTenant.NOT_AGENT.toString());
        assertThat(user.get("userName").asText()).isEqualTo("notagent@demo.example");
        assertThat(user.get("firstName").asText()).isEqualTo("Nora");
        assertThat(user.get("lastName").asText()).isEqualTo("Notagent");
        assertThat(user.get("emailAddress").asText()).isEqualTo("notagent@demo.example");
        assertThat(user.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(user.get("teamId").asText()).isEqualTo("5003");
        assertThat(user.get("type").asText()).isEqualTo("STANDARD");
    }

    @Test
    void unknownUserIs404() {
        assertThat(sim.get("/user-management/v1/users/00000000-0000-4000-8000-000000000000", sim.bearer()).statusCode())
                .isEqualTo(404);
        assertThat(sim.get("/user-management/v1/users/1001", sim.bearer()).statusCode()).isEqualTo(404);
    }

    @Test
    void searchByExactUserNameIgnoresCase() {
        JsonNode body = json(sim.get("/user-management/v1/users?userName=Available@Demo.Example", sim.bearer()));

        assertThat(body.get("totalRecords").asInt()).isEqualTo(1);
        assertThat(body.get("users").get(0).get("id").asText()).isEqualTo(DemoTenant.AVAILABLE.toString());
    }

    @Test
    void searchIsExactNotSubstring() {
        JsonNode body = json(sim.get("/user-management/v1/users?userName=available", sim.bearer()));

        assertThat(body.get("totalRecords").asInt()).isZero();
        assertThat(body.get("users")).isEmpty();
    }

    @Test
    void userHubNeedsABearerToken() {
        HttpResponse<String> response = sim.get("/user-management/v1/users/" + DemoTenant.SUPERVISOR);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("error").asText()).isEqualTo("invalid_token");
    }

    @Test
    void userHubNeedsTheUsersPermission(@TempDir Path dir) {
        Path tenant = DemoTenant.writeEdited(dir, yaml -> yaml.replace(
                "    userName: reporting@demo.example\n    permissions: [agents, users, skills]",
                "    userName: reporting@demo.example\n    permissions: [agents, skills]"));
        try (SimulatorHarness restricted = SimulatorHarness.start(SimulatorOptions.defaults().withTenantFile(tenant))) {
            HttpResponse<String> response = restricted.get("/user-management/v1/users/" + DemoTenant.SUPERVISOR,
                    restricted.token("demo-noscope"));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json(response).get("error_description").asText()).contains("users permission");
        }
    }
}
