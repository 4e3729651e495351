package dev.cxmon.simulator;

/** Resolves the {agentId} path segment to an agent the caller may see, or answers 400, 404 or (tenant option) 403. */
final class AgentLookup {

    private final SimulatorTenant tenant;

    AgentLookup(SimulatorTenant tenant) {
        this.tenant = tenant;
    }

    SimulatedUser visibleAgent(String rawAgentId, Caller caller) {
        long agentId = parseAgentId(rawAgentId);
        SimulatedUser user = tenant.userByAgentId(agentId).orElseThrow(() -> ApiError.notFound("agent " + agentId + " not found"));
        if (caller.canSee(user)) {
            return user;
        }
        throw switch (tenant.settings().perAgentWhenNotVisible()) {
            case NOT_FOUND -> ApiError.notFound("agent " + agentId + " not found");
            case FORBIDDEN -> ApiError.forbidden("agent " + agentId + " is outside the token user's view");
        };
    }

    // A UUID (a user id) lands here: CXone answers 400 for a non-integer agent id.
    private static long parseAgentId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("InvalidAgentId", "agentId must be an integer, was '" + raw + "'");
        }
    }
}
