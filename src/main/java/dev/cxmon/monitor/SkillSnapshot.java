package dev.cxmon.monitor;

import dev.cxmon.cxone.SkillActivity;
import dev.cxmon.cxone.SkillActivityRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last full picture of GET /skills/activity with the deltas since merged into it, as {@link BulkSnapshot} does for the
 * agent states. updatedSince is always the server's lastPollTime. A delta helps only while no skill has contacts queued:
 * the age of a queued contact is measured against the serverTime of the skill's own record, so a skill left out of a delta
 * (nothing changed) would keep the age of an earlier answer; with contacts queued, every poll reads all skills. Pure.
 */
final class SkillSnapshot {

    private final Map<Long, SkillActivityRecord> skills = new LinkedHashMap<>();
    private String lastPollTime;
    private Instant fullSyncAt;

    /** Whether this poll reads every skill: none read yet, the resync period passed, no lastPollTime, or contacts queued. */
    boolean fullReadDue(Instant now, Duration fullResyncEvery) {
        return fullSyncAt == null || lastPollTime == null || !now.isBefore(fullSyncAt.plus(fullResyncEvery))
                || skills.values().stream().anyMatch(s -> s.queueCount() == null || s.queueCount() > 0);
    }

    Optional<String> updatedSince(boolean full) {
        return full ? Optional.empty() : Optional.of(lastPollTime);
    }

    /** A full answer replaces the picture; a record without a skillId names no skill and is left out. */
    void applyFull(SkillActivity answer, Instant now) {
        skills.clear();
        merge(answer);
        lastPollTime = answer.lastPollTime().orElse(null);
        fullSyncAt = now;
    }

    /** A delta replaces the skills it lists; not modified (304) keeps everything. */
    void applyDelta(SkillActivity answer) {
        if (answer.notModified()) {
            return;
        }
        merge(answer);
        answer.lastPollTime().ifPresent(time -> lastPollTime = time);
    }

    void invalidate() {
        skills.clear();
        lastPollTime = null;
        fullSyncAt = null;
    }

    List<SkillActivityRecord> skills() {
        return new ArrayList<>(skills.values());
    }

    private void merge(SkillActivity answer) {
        answer.skills().stream().filter(s -> s.skillId() != null).forEach(s -> skills.put(s.skillId(), s));
    }
}
