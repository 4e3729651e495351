package dev.cxmon.simulator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How {@code GET agents/{agentId}/states} answers for an agent without a session. Real CXone's behaviour
 * is unconfirmed (404 or an empty list are both reported), so the simulator can play each.
 */
public enum PerAgentWhenLoggedOut {
    NOT_FOUND("notFound"),
    EMPTY("empty"),
    RECORD("record");

    private final String wireName;

    PerAgentWhenLoggedOut(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static PerAgentWhenLoggedOut fromWireName(String name) {
        for (PerAgentWhenLoggedOut v : values()) {
            if (v.wireName.equalsIgnoreCase(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException(
                "unknown perAgentWhenLoggedOut '" + name + "', expected notFound, empty or record");
    }
}
