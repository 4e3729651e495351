package dev.cxmon.simulator;

import static java.util.Objects.requireNonNull;

public record Skill(long skillId, String skillName) {

    public Skill {
        requireNonNull(skillName, "skillName is required");
        if (skillId <= 0) {
            throw new IllegalArgumentException("skill " + skillName + ": skillId must be a positive number");
        }
    }
}
