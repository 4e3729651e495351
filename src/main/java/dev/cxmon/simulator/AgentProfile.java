package dev.cxmon.simulator;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The ACD agent record of a user who has the agent role. */
public record AgentProfile(
        long agentId,
        @JsonProperty("isActive") Boolean active,
        Integer securityProfileId,
        String stationPhoneNumber,
        List<Skill> skills,
        InitialAgentState state,
        Long businessUnitId) {

    public AgentProfile {
        if (agentId <= 0) {
            throw new IllegalArgumentException("agent.agentId must be a positive number");
        }
        active = active == null ? Boolean.TRUE : active;
        securityProfileId = securityProfileId == null ? 2 : securityProfileId;
        skills = skills == null ? List.of() : List.copyOf(skills);
        state = state == null ? InitialAgentState.loggedOut() : state;
        if (businessUnitId != null && businessUnitId <= 0) {
            throw new IllegalArgumentException("agent " + agentId + ": businessUnitId must be a positive number");
        }
    }

    /** The agent's business unit: its own when given, else the tenant's (the icBUId of the tokens it issues). */
    public long businessUnitId(TenantInfo tenant) {
        return businessUnitId == null ? tenant.businessUnitId() : businessUnitId;
    }

    public boolean isActive() {
        return active;
    }

    public boolean hasSkills() {
        return !skills.isEmpty();
    }

    /** A skill assigned to the agent. */
    public record Skill(long skillId, String skillName) {

        public Skill {
            requireNonNull(skillName, "skillName is required");
            if (skillId <= 0) {
                throw new IllegalArgumentException("skill " + skillName + ": skillId must be a positive number");
            }
        }
    }
}
