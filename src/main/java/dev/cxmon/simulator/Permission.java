package dev.cxmon.simulator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What an access key's owner may read; stands in for a CXone security profile. */
public enum Permission {
    AGENTS("agents", "AdminApi"),
    AGENT_STATES("agentStates", "RealTimeApi"),
    USERS("users", "AdminApi"),
    SKILLS("skills", "AdminApi"),
    /** GET skills/activity, a real-time resource. */
    SKILL_ACTIVITY("skillActivity", "RealTimeApi");

    private final String wireName;
    private final String scopeWord;

    Permission(String wireName, String scopeWord) {
        this.wireName = wireName;
        this.scopeWord = scopeWord;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The legacy scope word shown (informatively) in the token response. */
    public String scopeWord() {
        return scopeWord;
    }

    @JsonCreator
    public static Permission fromWireName(String name) {
        return Arrays.stream(values())
                .filter(p -> p.wireName.equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown permission '" + name + "', expected one of agents, agentStates, users, skills, skillActivity"));
    }
}
