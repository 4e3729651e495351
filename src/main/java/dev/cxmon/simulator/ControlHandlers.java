package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;

/**
 * Unauthenticated routes under {@code /simulator} for demos and tests: inspect the tenant (with its unavailable codes),
 * change agent states (with a reason and after-call work, see {@link StateChangeRequest}), switch faults, read request
 * counters. Never shows a secret.
 */
final class ControlHandlers {

    private final SimulatorTenant tenant;
    private final FaultSwitches faults;
    private final RequestCounters counters;

    ControlHandlers(SimulatorTenant tenant, FaultSwitches faults, RequestCounters counters) {
        this.tenant = tenant;
        this.faults = faults;
        this.counters = counters;
    }

    void tenant(RoutingContext ctx) {
        TenantInfo info = tenant.info();
        ObjectNode body = JsonResponses.object();
        body.putObject("tenant")
                .put("tenantId", info.tenantId().toString())
                .put("businessUnitId", info.businessUnitId())
                .put("cluster", info.cluster())
                .put("area", info.area());
        body.putObject("application")
                .put("clientId", tenant.application().clientId())
                .put("authMethod", tenant.application().authMethod().oauthName());
        body.putObject("settings")
                .put("perAgentWhenLoggedOut", tenant.settings().perAgentWhenLoggedOut().wireName())
                .put("perAgentWhenNotVisible", tenant.settings().perAgentWhenNotVisible().wireName())
                .put("tokenLifetimeSeconds", tenant.settings().tokenLifetime().toSeconds());
        ArrayNode codes = body.putArray("unavailableCodes");
        tenant.unavailableCodes().forEach(code -> codes.addObject()
                .put("id", code.id()).put("name", code.name()).put("isACW", code.acw()));
        ArrayNode agents = body.putArray("agents");
        for (SimulatedUser user : tenant.agentUsers()) {
            ObjectNode agent = AgentJson.agent(user, tenant);
            ArrayNode skills = agent.putArray("skills");
            user.agent().skills().forEach(skill -> skills.add(AgentJson.skillAssignment(skill)));
            tenant.agentState(user.agent().agentId())
                    .ifPresent(state -> agent.set("state", AgentStateJson.record(user, state, tenant, AgentStateJson.View.PER_AGENT)));
            agents.add(agent);
        }
        ArrayNode users = body.putArray("users");
        tenant.users().forEach(user -> {
            ObjectNode json = UserHubJson.user(user);
            json.put("agentId", user.agentProfile().map(AgentProfile::agentId).orElse(null));
            users.add(json);
        });
        ArrayNode keys = body.putArray("accessKeys");
        tenant.accessKeys().forEach(key -> {
            ObjectNode json = keys.addObject().put("id", key.id()).put("userName", key.userName());
            ArrayNode permissions = json.putArray("permissions");
            key.permissions().stream().map(Permission::wireName).sorted().forEach(permissions::add);
            json.put("visibility", key.visibility().wireName()).put("expired", key.expired());
        });
        JsonResponses.ok(ctx, body);
    }

    void setAgentState(RoutingContext ctx) {
        String rawId = ctx.pathParam("agentId");
        long agentId;
        try {
            agentId = Long.parseLong(rawId);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("InvalidAgentId", "agentId must be an integer, was '" + rawId + "'");
        }
        SimulatedUser user = tenant.userByAgentId(agentId)
                .orElseThrow(() -> ApiError.notFound("agent " + agentId + " not found"));
        StateChangeRequest change;
        try {
            change = StateChangeRequest.parse(jsonBody(ctx), tenant.codes());
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid_request", e.getMessage());
        }
        AgentState state = tenant.setAgentState(agentId, change.stateId(), change.outState());
        JsonResponses.ok(ctx, AgentStateJson.record(user, state, tenant, AgentStateJson.View.PER_AGENT));
    }

    void faults(RoutingContext ctx) {
        ObjectNode body = JsonResponses.object();
        faults.active().ifPresentOrElse(f -> body.set("active", FaultJson.render(f)), () -> body.putNull("active"));
        JsonResponses.ok(ctx, body);
    }

    void setFault(RoutingContext ctx) {
        Fault fault;
        try {
            fault = FaultJson.parse(jsonBody(ctx));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid_request", e.getMessage());
        }
        faults.set(fault);
        JsonResponses.ok(ctx, FaultJson.render(fault));
    }

    void clearFault(RoutingContext ctx) {
        faults.clear();
        JsonResponses.empty(ctx, 204);
    }

    void requests(RoutingContext ctx) {
        ObjectNode body = JsonResponses.object().put("total", counters.total());
        ObjectNode operations = body.putObject("operations");
        counters.snapshot().forEach(operations::put);
        JsonResponses.ok(ctx, body);
    }

    void resetRequests(RoutingContext ctx) {
        counters.reset();
        JsonResponses.empty(ctx, 204);
    }

    private static JsonNode jsonBody(RoutingContext ctx) {
        String text = ctx.body().asString();
        if (text == null || text.isBlank()) {
            throw ApiError.badRequest("invalid_request", "a JSON body is required");
        }
        try {
            return JsonResponses.MAPPER.readTree(text);
        } catch (IOException e) {
            throw ApiError.badRequest("invalid_request", "the body is not valid JSON");
        }
    }
}
