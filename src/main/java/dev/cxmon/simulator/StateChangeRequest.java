package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The body of {@code PUT /simulator/agents/{id}/state}: {@code agentStateId} (0..8), and for Unavailable (2) the reason as
 * {@code outStateDescription} (a code's name) and/or {@code outStateId} (its id), and {@code isACW}. {@code {"isACW":true}}
 * alone is after-call work: Unavailable with the tenant's after-call-work code.
 */
record StateChangeRequest(AgentStateId stateId, UnavailableCode outState) {

    /** @throws IllegalArgumentException saying what in the body is wrong */
    static StateChangeRequest parse(JsonNode body, UnavailableCodes codes) {
        Boolean acw = acw(body.get("isACW"));
        AgentStateId stateId = stateId(body.get("agentStateId"), Boolean.TRUE.equals(acw));
        UnavailableCode byName = null;
        if (body.hasNonNull("outStateDescription") && !body.get("outStateDescription").asText().isBlank()) {
            byName = codes.requireName(body.get("outStateDescription").asText());
        }
        UnavailableCode byId = body.hasNonNull("outStateId") ? codes.requireId(id(body.get("outStateId"))) : null;
        if (byName != null && byId != null && !byName.equals(byId)) {
            throw new IllegalArgumentException("outStateDescription '" + byName.name() + "' and outStateId " + byId.id()
                    + " name different codes (" + byName.name() + " is " + byName.id() + ")");
        }
        UnavailableCode code = byName != null ? byName : byId;
        if (Boolean.TRUE.equals(acw)) {
            if (code == null) {
                code = codes.afterCallWork().orElseThrow(() -> new IllegalArgumentException(
                        "isACW true, but this tenant has no after-call-work code (" + codes.names() + ")"));
            } else if (!code.acw()) {
                throw new IllegalArgumentException("isACW true asks for after-call work, but " + code.name()
                        + " is not an after-call-work code of this tenant");
            }
        } else if (Boolean.FALSE.equals(acw) && code != null && code.acw()) {
            throw new IllegalArgumentException("isACW false contradicts " + code.name() + ", the after-call-work code");
        }
        if ((code != null || Boolean.TRUE.equals(acw)) && stateId != AgentStateId.UNAVAILABLE) {
            throw new IllegalArgumentException("a reason or isACW belongs only to Unavailable (2), not to "
                    + stateId.cxoneName() + " (" + stateId.id() + ")");
        }
        return new StateChangeRequest(stateId, code);
    }

    private static AgentStateId stateId(JsonNode node, boolean acw) {
        if (node == null || node.isNull()) {
            if (acw) {
                return AgentStateId.UNAVAILABLE;
            }
            throw new IllegalArgumentException("agentStateId (0..8) is required");
        }
        try {
            return AgentStateId.require(Integer.parseInt(node.asText().trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("agentStateId must be 0..8, was '" + node.asText() + "'");
        }
    }

    private static long id(JsonNode node) {
        try {
            return Long.parseLong(node.asText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("outStateId must be a code's id (a number), was '" + node.asText() + "'");
        }
    }

    private static Boolean acw(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.asText().trim().toLowerCase(Locale.ROOT);
        if (node.isBoolean() || text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException("isACW must be true or false, was '" + node.asText() + "'");
    }
}
