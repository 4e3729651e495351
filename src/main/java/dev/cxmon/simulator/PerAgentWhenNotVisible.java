package dev.cxmon.simulator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How {@code GET agents/{agentId}}, {@code .../states} and {@code .../skills} answer for an agent that exists but that the
 * token's visibility hides (e.g. another agent, asked with an agent's own access key). Tenants differ: most answer 404
 * as if the agent did not exist, some answer 403.
 */
public enum PerAgentWhenNotVisible {
    NOT_FOUND("notFound"),
    FORBIDDEN("forbidden");

    private final String wireName;

    PerAgentWhenNotVisible(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static PerAgentWhenNotVisible fromWireName(String name) {
        for (PerAgentWhenNotVisible v : values()) {
            if (v.wireName.equalsIgnoreCase(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown perAgentWhenNotVisible '" + name + "', expected notFound or forbidden");
    }
}
