package dev.cxmon.cxone;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The envelopes agent states arrive in: {"agentStates":[...]} (agents/states), {"resultSet":{"agentState":[...]}}
 * (cache/agentstate), the tutorial's {"states":[...]}, or a bare array.
 */
final class StateEnvelopes {

    private StateEnvelopes() {}

    static List<AgentStateRecord> records(JsonNode body, HttpReply reply) {
        JsonNode list = body.isArray() ? body : Lenient.array(body, "agentStates", "agentState", "states");
        if (list == null && body.has("resultSet")) {
            list = Lenient.array(body.get("resultSet"), "agentState", "agentStates");
        }
        if (list == null) {
            throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.UNEXPECTED_SHAPE,
                    "no agentStates array in the answer"));
        }
        List<AgentStateRecord> records = new ArrayList<>(list.size());
        for (JsonNode node : list) {
            if (node.isObject()) {
                records.add(AgentStateRecord.fromJson(node));
            }
        }
        return records;
    }

    static Optional<String> lastPollTime(JsonNode body) {
        String top = Lenient.text(body, "lastPollTime");
        if (top == null && body.has("resultSet")) {
            top = Lenient.text(body.get("resultSet"), "lastPollTime");
        }
        return Optional.ofNullable(top);
    }
}
