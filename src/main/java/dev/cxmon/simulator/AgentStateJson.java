package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cxmon.simulator.AgentProfile.Skill;
import dev.cxmon.simulator.SimulatorTenant.Team;

/**
 * The agent state record (NICE's {@code AgentStateResponse}). Ids arrive as strings and isActive as
 * "True"/"False", as real CXone sometimes sends them. Only the bulk record has {@code sessionStartTime}.
 */
final class AgentStateJson {

    private static final String VOICE = "PhoneCall";

    /** The bulk and the per-agent record differ in a few names (NICE's OpenAPI): mediaTypeName against mediaName. */
    enum View { BULK, PER_AGENT }

    private AgentStateJson() {
    }

    static ObjectNode record(SimulatedUser user, AgentState state, SimulatorTenant tenant, View view) {
        AgentProfile agent = user.agent();
        AgentStateId stateId = state.stateId();
        Skill contactSkill = stateId.isOnContact() && agent.hasSkills() ? agent.skills().get(0) : null;
        Long outStateId = state.outState() == null ? null : state.outState().id();

        ObjectNode json = JsonResponses.object();
        json.put("agentId", String.valueOf(agent.agentId()));
        json.put("userId", user.userId().toString());
        json.put("agentStateId", String.valueOf(stateId.id()));
        json.put("agentStateName", stateId.cxoneName());
        json.put("contactId", state.contactId());
        json.put("firstName", user.firstName());
        json.put("lastName", user.lastName());
        json.put("userName", user.userName());
        json.put("isActive", JsonResponses.cxoneBoolean(agent.isActive()));
        json.put("isOutbound", stateId.isOutbound());
        json.put("lastUpdateTime", Timestamps.format(state.lastUpdateTime()));
        json.put("startDate", Timestamps.format(state.startDate()));
        json.put(view == View.BULK ? "mediaTypeName" : "mediaName", stateId.isOnContact() ? VOICE : null);
        if (view == View.BULK) {
            json.put("sessionStartTime", Timestamps.format(state.sessionStartTime()));
        }
        json.put("isACW", state.isAcw());
        // the unavailable code: outStateId as the OpenAPI names it, outStateCode as NICE's agent-app SDK model does
        json.put("outStateId", outStateId);
        json.put("outStateCode", outStateId);
        json.put("outStateDescription", state.outStateDescription());
        json.put("skillId", contactSkill == null ? null : contactSkill.skillId());
        json.put("skillName", contactSkill == null ? null : contactSkill.skillName());
        json.put("stationPhoneNumber", state.isLoggedOut() ? null : agent.stationPhoneNumber());
        json.put("businessUnitId", agent.businessUnitId(tenant.info()));
        json.put("teamId", user.teamId());
        json.put("teamName", tenant.team(user.teamId()).map(Team::name).orElse(null));
        return json;
    }
}
