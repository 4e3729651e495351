package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cxmon.simulator.AgentProfile.Skill;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** {@code GET agents}, {@code agents/{agentId}} and {@code agents/{agentId}/skills}. */
final class AgentHandlers {

    private final SimulatorTenant tenant;
    private final AgentLookup lookup;
    private final int pageSize;

    AgentHandlers(SimulatorTenant tenant, int pageSize) {
        this.tenant = tenant;
        this.lookup = new AgentLookup(tenant);
        this.pageSize = pageSize;
    }

    void search(RoutingContext ctx, Caller caller) {
        String search = QueryParams.text(ctx, "searchString");
        PageRequest request = PageRequest.of(ctx, pageSize);
        FieldSelection fields = FieldSelection.parse(ctx.queryParams().get("fields"));
        List<SimulatedUser> matches = tenant.agentUsers().stream()
                .filter(caller::canSee)
                .filter(user -> search == null || matches(user, search.toLowerCase(Locale.ROOT)))
                .toList();
        List<SimulatedUser> page = request.slice(matches);
        if (page.isEmpty()) {
            JsonResponses.empty(ctx, 204);
            return;
        }
        ObjectNode body = request.describe(JsonResponses.object(), matches.size());
        ArrayNode agents = body.putArray("agents");
        page.forEach(user -> agents.add(fields.apply(AgentJson.agent(user, tenant))));
        JsonResponses.ok(ctx, body);
    }

    void get(RoutingContext ctx, Caller caller) {
        SimulatedUser user = lookup.visibleAgent(ctx.pathParam("agentId"), caller);
        FieldSelection fields = FieldSelection.parse(ctx.queryParams().get("fields"));
        ObjectNode body = JsonResponses.object();
        body.putArray("agents").add(fields.apply(AgentJson.agent(user, tenant)));
        JsonResponses.ok(ctx, body);
    }

    void skills(RoutingContext ctx, Caller caller) {
        SimulatedUser user = lookup.visibleAgent(ctx.pathParam("agentId"), caller);
        List<Skill> skills = user.agent().skills();
        if (skills.isEmpty()) {
            JsonResponses.empty(ctx, 204);
            return;
        }
        ObjectNode body = JsonResponses.object().put("totalRecords", skills.size());
        ArrayNode assignments = body.putArray("agentSkillAssignments");
        skills.forEach(skill -> assignments.add(AgentJson.skillAssignment(skill)));
        JsonResponses.ok(ctx, body);
    }

    private static boolean matches(SimulatedUser user, String needle) {
        return Stream.of(user.userName(), user.firstName(), user.lastName(), user.emailAddress())
                .anyMatch(field -> field.toLowerCase(Locale.ROOT).contains(needle));
    }
}
