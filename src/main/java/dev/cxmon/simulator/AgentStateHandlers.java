package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;

/** {@code agents/{agentId}/states}, {@code agents/states} and {@code cache/agentstate}. */
final class AgentStateHandlers {

    private final SimulatorTenant tenant;
    private final AgentLookup lookup;

    AgentStateHandlers(SimulatorTenant tenant) {
        this.tenant = tenant;
        this.lookup = new AgentLookup(tenant);
    }

    void perAgent(RoutingContext ctx, Caller caller) {
        SimulatedUser user = lookup.visibleAgent(ctx.pathParam("agentId"), caller);
        long agentId = user.agent().agentId();
        AgentState state = tenant.agentState(agentId).orElseThrow();
        FieldSelection fields = FieldSelection.parse(ctx.queryParams().get("fields"));
        ObjectNode body = JsonResponses.object();
        ArrayNode records = body.putArray("agentStates");
        if (state.isLoggedOut()) {
            switch (tenant.settings().perAgentWhenLoggedOut()) {
                case NOT_FOUND -> throw ApiError.notFound("agent " + agentId + " has no active session");
                case EMPTY -> {
                    JsonResponses.ok(ctx, body);
                    return;
                }
                case RECORD -> { /* the LoggedOut record below */ }
            }
        }
        records.add(fields.apply(AgentStateJson.record(user, state, tenant)));
        JsonResponses.ok(ctx, body);
    }

    void bulk(RoutingContext ctx, Caller caller) {
        answerDelta(ctx, caller, (records, lastPollTime) -> {
            ObjectNode body = JsonResponses.object();
            body.set("agentStates", records);
            body.put("lastPollTime", lastPollTime);
            return body;
        });
    }

    void cache(RoutingContext ctx, Caller caller) {
        answerDelta(ctx, caller, (records, lastPollTime) -> {
            ObjectNode body = JsonResponses.object();
            ObjectNode resultSet = body.putObject("resultSet");
            resultSet.set("agentState", records);
            resultSet.put("lastPollTime", lastPollTime);
            return body;
        });
    }

    /**
     * The delta: visible agents that have at least one skill (some CXone views hide agents without one)
     * whose lastUpdateTime is after updatedSince. Nothing changed since a given updatedSince is a 304.
     */
    private void answerDelta(RoutingContext ctx, Caller caller, Envelope envelope) {
        String updatedSinceText = QueryParams.text(ctx, "updatedSince");
        Instant updatedSince = updatedSinceText == null ? null : Timestamps.parse(updatedSinceText)
                .orElseThrow(() -> ApiError.badRequest("InvalidParameter",
                        "updatedSince '" + updatedSinceText + "' is not an ISO-8601 timestamp such as 2026-11-25T10:00:00.000Z"));
        FieldSelection fields = FieldSelection.parse(ctx.queryParams().get("fields"));
        AgentStateStore.DeltaPoll poll = tenant.pollStates(updatedSince);
        List<ObjectNode> visible = poll.changed().stream()
                .flatMap(state -> tenant.userByAgentId(state.agentId()).stream()
                        .filter(user -> caller.canSee(user) && user.agent().hasSkills())
                        .map(user -> fields.apply(AgentStateJson.record(user, state, tenant))))
                .toList();
        if (updatedSince != null && visible.isEmpty()) {
            JsonResponses.empty(ctx, 304);
            return;
        }
        ArrayNode records = JsonResponses.MAPPER.createArrayNode().addAll(visible);
        JsonResponses.ok(ctx, envelope.wrap(records, Timestamps.format(poll.lastPollTime())));
    }

    @FunctionalInterface
    private interface Envelope {
        ObjectNode wrap(ArrayNode records, String lastPollTime);
    }
}
