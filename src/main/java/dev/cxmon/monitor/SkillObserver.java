package dev.cxmon.monitor;

import dev.cxmon.cxone.FailureKind;
import dev.cxmon.cxone.SkillActivityRecord;
import java.time.Instant;
import java.util.List;

/** Who shows what the skill activity read gave (the metrics), so that the poller needs nothing of theirs. */
public interface SkillObserver {

    SkillObserver NONE = new SkillObserver() {
        @Override
        public void skillsRead(List<SkillActivityRecord> skills, Instant at) {}

        @Override
        public void skillsNotRead(FailureKind reason) {}
    };

    /** This poll's picture of the skills (the ones cxone.skills admits, each with a skillId); {@code at} is when it was read. */
    void skillsRead(List<SkillActivityRecord> skills, Instant at);

    /** This poll could not read the skills: its series must go (never left with old values), and the failure counted. */
    void skillsNotRead(FailureKind reason);
}
