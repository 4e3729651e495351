package dev.cxmon.monitor;

import dev.cxmon.config.CxoneConfig;
import dev.cxmon.cxone.SkillActivityRecord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the poll reads GET /skills/activity (cxone.metrics.skills), and which of the skills it lists are kept
 * (cxone.skills: skill IDs or names, case-insensitive; empty keeps every skill the token can see).
 */
public record SkillSettings(boolean enabled, Set<String> filter) {

    public static final SkillSettings OFF = new SkillSettings(false, Set.of());

    public SkillSettings {
        filter = filter.stream().map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every skill the token can see. */
    public static SkillSettings everySkill() {
        return new SkillSettings(true, Set.of());
    }

    public static SkillSettings of(CxoneConfig config) {
        return new SkillSettings(config.metrics().skills(), Set.copyOf(config.skills().orElse(List.of())));
    }

    /** Whether cxone.skills admits the skill: by its ID or its name. */
    public boolean admits(SkillActivityRecord skill) {
        if (filter.isEmpty()) {
            return true;
        }
        return skill.skillId() != null && filter.contains(skill.skillId().toString())
                || skill.skillName() != null && filter.contains(skill.skillName().trim().toLowerCase(Locale.ROOT));
    }
}
