package dev.cxmon.cxone;

import java.util.List;
import java.util.Optional;

/**
 * One answer of GET .../skills/activity over all its pages. {@code notModified} is CXone's "nothing changed since
 * updatedSince" (304, 204 or an empty body), never "no skills".
 */
public record SkillActivity(List<SkillActivityRecord> skills, Optional<String> lastPollTime, boolean notModified) {
}
