package dev.cxmon.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongToIntFunction;

/**
 * The live queue of every skill: contacts arrive at each step of the scripted day ({@link QueueScript}), wait, and are
 * answered oldest first by the skill's Available agents, each answer counting in or out of the service level by its wait.
 * Times come from the simulator's clock. Thread-safe.
 */
final class SkillQueues {

    /** One skill's queue now: arrival times of the waiting contacts (oldest first), answers in and out of SLA. */
    record QueueState(Deque<Instant> waiting, long inSla, long outSla, Instant lastChange) {

        int queued() {
            return waiting.size();
        }

        Optional<Instant> earliest() {
            return Optional.ofNullable(waiting.peekFirst());
        }

        /** Percent of answered contacts answered within the threshold; 100 before any answer. */
        long serviceLevelPercent() {
            long answered = inSla + outSla;
            return answered == 0 ? 100 : Math.round(100.0 * inSla / answered);
        }
    }

    private final Clock clock;
    private final Map<Long, QueueScript.ScriptedSkill> script;
    private final Map<Long, Deque<Instant>> waiting = new LinkedHashMap<>();
    private final Map<Long, long[]> answered = new LinkedHashMap<>();
    private final Map<Long, Instant> lastChange = new LinkedHashMap<>();
    private final Instant created;
    private int steps;
    private Instant newestHandedOut = Instant.EPOCH;

    SkillQueues(Clock clock, QueueScript script) {
        this.clock = clock;
        this.script = script.bySkillId();
        this.created = now();
    }

    QueueScript.ScriptedSkill skill(long skillId) {
        return script.getOrDefault(skillId, QueueScript.ScriptedSkill.unscripted(skillId));
    }

    /**
     * One step: each scripted skill's arrivals of this step join its queue, then its Available agents answer.
     *
     * @param availableAgents the skill's agents in state Available now
     */
    synchronized void step(LongToIntFunction availableAgents) {
        steps++;
        Instant now = now();
        // A change must come after any lastPollTime already handed out, or an updatedSince delta would miss it.
        Instant stamp = now.isAfter(newestHandedOut) ? now : newestHandedOut.plusMillis(1);
        for (QueueScript.ScriptedSkill skill : script.values()) {
            Deque<Instant> queue = waiting.computeIfAbsent(skill.skillId(), id -> new ArrayDeque<>());
            int arrivals = skill.arrivalsAt(steps);
            for (int i = 0; i < arrivals; i++) {
                queue.addLast(now);
            }
            int answers = Math.min(queue.size(), availableAgents.applyAsInt(skill.skillId()) * skill.answersPerAgent());
            long[] counts = answered.computeIfAbsent(skill.skillId(), id -> new long[2]);
            Duration threshold = Duration.ofSeconds(skill.serviceLevelThreshold());
            for (int i = 0; i < answers; i++) {
                Instant arrived = queue.removeFirst();
                counts[Duration.between(arrived, now).compareTo(threshold) <= 0 ? 0 : 1]++;
            }
            if (arrivals > 0 || answers > 0) {
                lastChange.put(skill.skillId(), stamp);
            }
        }
    }

    synchronized QueueState state(long skillId) {
        long[] counts = answered.getOrDefault(skillId, new long[2]);
        return new QueueState(new ArrayDeque<>(waiting.getOrDefault(skillId, new ArrayDeque<>())), counts[0], counts[1],
                lastChange.getOrDefault(skillId, created));
    }

    /** Notes a lastPollTime handed to a client; returns it. */
    synchronized Instant handOut(Instant lastPollTime) {
        if (lastPollTime.isAfter(newestHandedOut)) {
            newestHandedOut = lastPollTime;
        }
        return lastPollTime;
    }

    synchronized int steps() {
        return steps;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
