package dev.cxmon.cxone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cxmon.state.Classification;
import dev.cxmon.state.StateClassifier;

/** One record of GET .../agents/states or .../agents/{agentId}/states (NICE's AgentStateResponse). */
public record AgentStateRecord(
        Long agentId,
        String userId,
        Integer agentStateId,
        String agentStateName,
        String outStateCode,
        String outStateDescription,
        String contactId,
        String userName,
        String firstName,
        String lastName,
        Boolean isActive,
        String teamId,
        String teamName,
        String skillName,
        String mediaName,
        String startDate,
        String lastUpdateTime) {

    public static AgentStateRecord fromJson(JsonNode node) {
        return new AgentStateRecord(
                Lenient.longValue(node, "agentId"),
                Lenient.text(node, "userId"),
                Lenient.intValue(node, "agentStateId"),
                Lenient.text(node, "agentStateName"),
                Lenient.text(node, "outStateCode"),
                Lenient.text(node, "outStateDescription"),
                Lenient.text(node, "contactId"),
                Lenient.text(node, "userName"),
                Lenient.text(node, "firstName"),
                Lenient.text(node, "lastName"),
                Lenient.bool(node, "isActive"),
                Lenient.text(node, "teamId"),
                Lenient.text(node, "teamName"),
                Lenient.text(node, "skillName"),
                Lenient.text(node, "mediaName"),
                Lenient.text(node, "startDate"),
                Lenient.text(node, "lastUpdateTime"));
    }

    public Classification classify() {
        return StateClassifier.classify(agentStateId, agentStateName, outStateDescription, outStateCode);
    }

    /** The state as CXone names it, for evidence lines. */
    public String stateLabel() {
        if (agentStateName != null) {
            return agentStateId == null ? agentStateName : agentStateName + " (" + agentStateId + ")";
        }
        return agentStateId == null ? "no state" : "state id " + agentStateId;
    }
}
