package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cxmon.simulator.AgentProfile.Skill;
import dev.cxmon.simulator.SimulatorTenant.Team;

/** The agent resource: {@code agents}, {@code agents/{id}} and the skill assignments. */
final class AgentJson {

    private AgentJson() {
    }

    static ObjectNode agent(SimulatedUser user, SimulatorTenant tenant) {
        AgentProfile agent = user.agent();
        ObjectNode json = JsonResponses.object();
        json.put("agentId", agent.agentId());
        json.put("userName", user.userName());
        json.put("firstName", user.firstName());
        json.put("lastName", user.lastName());
        json.put("emailAddress", user.emailAddress());
        json.put("isActive", JsonResponses.cxoneBoolean(agent.isActive()));
        json.put("teamId", user.teamId());
        json.put("teamName", tenant.team(user.teamId()).map(Team::name).orElse(null));
        json.put("userId", user.userId().toString());
        json.put("securityProfileId", agent.securityProfileId());
        return json;
    }

    static ObjectNode skillAssignment(Skill skill) {
        ObjectNode json = JsonResponses.object();
        json.put("skillId", skill.skillId());
        json.put("skillName", skill.skillName());
        json.put("isActive", true);
        json.put("agentProficiencyValue", 1);
        return json;
    }
}
