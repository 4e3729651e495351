package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** {@code agents/{agentId}/states}, {@code agents/states} and {@code cache/agentstate}. */
final class AgentStateHandlers {

    private final SimulatorTenant tenant;
    private final AgentLookup lookup;
    private final int pageSize;

    AgentStateHandlers(SimulatorTenant tenant, int pageSize) {
        this.tenant = tenant;
        this.lookup = new AgentLookup(tenant);
        this.pageSize = pageSize;
    }

    void perAgent(RoutingContext ctx, Caller caller) {
        FieldSelection fields = FieldSelection.parse(ctx.queryParams().get("fields"), DocumentedFields.AGENT_STATE);
        SimulatedUser user = lookup.visibleAgent(ctx.pathParam("agentId"), caller);
        long agentId = user.agent().agentId();
        AgentState state = tenant.agentState(agentId).orElseThrow();
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
        records.add(fields.apply(AgentStateJson.record(user, state, tenant, AgentStateJson.View.PER_AGENT)));
        JsonResponses.ok(ctx, body);
    }

    /** Paged: at most the page size per answer, with totalRecords and _links (NICE's OpenAPI). */
    void bulk(RoutingContext ctx, Caller caller) {
        FieldSelection fields = FieldSelection.parse(ctx.queryParams().get("fields"), DocumentedFields.BULK_STATES);
        PageRequest page = PageRequest.of(ctx, pageSize);
        BusinessUnitFilter units = BusinessUnitFilter.of(ctx, tenant.info());
        answerDelta(ctx, caller, user -> units.admits(user, tenant.info()), fields, page, (records, lastPollTime, total) -> {
            ObjectNode body = page.describe(JsonResponses.object(), total);
            body.put("lastPollTime", lastPollTime);
            body.set("agentStates", records);
            return body;
        });
    }

    /** Not in NICE's OpenAPI (NICE's agent app calls it): any field name, and one answer with every record of every business unit. */
    void cache(RoutingContext ctx, Caller caller) {
        answerDelta(ctx, caller, user -> true, FieldSelection.parse(ctx.queryParams().get("fields")), null, (records, lastPollTime, total) -> {
            ObjectNode body = JsonResponses.object();
            ObjectNode resultSet = body.putObject("resultSet");
            resultSet.set("agentState", records);
            resultSet.put("lastPollTime", lastPollTime);
            return body;
        });
    }

    /**
     * The delta: visible agents that have at least one skill (some CXone views hide agents without one), of the business
     * units asked for, whose lastUpdateTime is after updatedSince. Nothing changed since a given updatedSince is a 304.
     */
    private void answerDelta(RoutingContext ctx, Caller caller, Predicate<SimulatedUser> asked, FieldSelection fields, PageRequest page,
            Envelope envelope) {
        String updatedSinceText = QueryParams.text(ctx, "updatedSince");
        Instant updatedSince = updatedSinceText == null ? null : Timestamps.parse(updatedSinceText)
                .orElseThrow(() -> ApiError.badRequest("InvalidParameter",
                        "updatedSince '" + updatedSinceText + "' is not an ISO-8601 timestamp such as 2026-11-25T10:00:00.000Z"));
        AgentStateStore.DeltaPoll poll = tenant.pollStates(updatedSince);
        List<ObjectNode> visible = poll.changed().stream()
                .flatMap(state -> tenant.userByAgentId(state.agentId()).stream()
                        .filter(user -> caller.canSee(user) && user.agent().hasSkills() && asked.test(user))
                        .map(user -> fields.apply(AgentStateJson.record(user, state, tenant, AgentStateJson.View.BULK))))
                .toList();
        if (updatedSince != null && visible.isEmpty()) {
            JsonResponses.empty(ctx, 304);
            return;
        }
        ArrayNode records = JsonResponses.MAPPER.createArrayNode().addAll(page == null ? visible : page.slice(visible));
        JsonResponses.ok(ctx, envelope.wrap(records, Timestamps.format(poll.lastPollTime()), visible.size()));
    }

    @FunctionalInterface
    private interface Envelope {
        ObjectNode wrap(ArrayNode records, String lastPollTime, int totalRecords);
    }
}
