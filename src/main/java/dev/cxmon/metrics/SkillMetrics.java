package dev.cxmon.metrics;

import dev.cxmon.config.CxoneConfig;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.cxone.SkillActivityRecord;
import dev.cxmon.monitor.SkillObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The cxone_skill_* families, from the last GET /skills/activity read: one series per skill the token can see (and
 * cxone.skills admits). A value CXone left out or sent unreadable leaves that skill's series of it out (never 0, which
 * would claim an empty queue); when a poll cannot read the skills, every per-skill series goes until a read succeeds, so
 * no alert acts on an old queue. With cxone.metrics.skills=false nothing here is registered.
 */
@ApplicationScoped
public class SkillMetrics implements SkillObserver {

    public static final String INFO = "cxone.skill.info";
    public static final String QUEUED = "cxone.skill.contacts.queued";
    public static final String OLDEST_AGE = "cxone.skill.oldest.contact.age.seconds";
    public static final String AGENTS = "cxone.skill.agents";
    public static final String LOGGED_IN = "cxone.skill.agents.logged.in";
    public static final String ACTIVE = "cxone.skill.contacts.active";
    public static final String SERVICE_LEVEL = "cxone.skill.service.level.ratio";
    public static final String SERVICE_LEVEL_GOAL = "cxone.skill.service.level.goal.ratio";
    public static final String SERVICE_LEVEL_THRESHOLD = "cxone.skill.service.level.threshold.seconds";
    public static final String LAST_SUCCESS = "cxone.skill.poll.last.success.timestamp.seconds";
    public static final String POLL_ERRORS = "cxone.skill.poll.errors";

    private final boolean enabled;
    private final Map<String, MultiGauge> perSkill = new java.util.LinkedHashMap<>();
    private final Map<FailureKind, Counter> errors = new EnumMap<>(FailureKind.class);
    private final AtomicLong lastSuccessEpochSeconds = new AtomicLong();

    @Inject
    public SkillMetrics(MeterRegistry registry, CxoneConfig config) {
        this(registry, config.metrics().skills());
    }

    public SkillMetrics(MeterRegistry registry, boolean enabled) {
        this.enabled = enabled;
        if (!enabled) {
            return;
        }
        family(registry, INFO, "A skill CXone's skill activity lists: its name, media and direction (value always 1)");
        family(registry, QUEUED, "Contacts waiting in the skill's queue (queueCount)");
        family(registry, OLDEST_AGE, "Age of the skill's oldest queued contact, from CXone's serverTime minus earliestQueueTime "
                + "(0 when nothing is queued)");
        family(registry, AGENTS, "Agents of the skill by availability (agentsAvailable, agentsUnavailable, agentsWorking, agentsACW)");
        family(registry, LOGGED_IN, "Agents of the skill logged in (agentsLoggedIn)");
        family(registry, ACTIVE, "Active contacts of the skill (contactsActive)");
        family(registry, SERVICE_LEVEL, "The skill's service level as CXone computes it (serviceLevel / 100)");
        family(registry, SERVICE_LEVEL_GOAL, "The skill's service level goal (serviceLevelGoal / 100)");
        family(registry, SERVICE_LEVEL_THRESHOLD, "The skill's service level threshold: a contact answered within it counts as in "
                + "service level (serviceLevelThreshold)");
        Gauge.builder(LAST_SUCCESS, lastSuccessEpochSeconds, AtomicLong::get)
                .description("Unix time of the last poll that read the skill activity (0 before the first)").register(registry);
        for (FailureKind kind : FailureKind.values()) {
            errors.put(kind, Counter.builder(POLL_ERRORS).tag("reason", kind.label())
                    .description("Polls whose skill activity call failed, by reason").register(registry));
        }
    }

    private void family(MeterRegistry registry, String name, String help) {
        perSkill.put(name, MultiGauge.builder(name).description(help).register(registry));
    }

    @Override
    public synchronized void skillsRead(List<SkillActivityRecord> read, Instant at) {
        if (!enabled) {
            return;
        }
        // One row per skill: a record without a skillId names no series, and of two with one ID the later one counts.
        Map<Long, SkillActivityRecord> byId = new java.util.LinkedHashMap<>();
        read.stream().filter(s -> s.skillId() != null).forEach(s -> byId.put(s.skillId(), s));
        List<SkillActivityRecord> skills = List.copyOf(byId.values());
        register(INFO, skills, s -> List.of(MultiGauge.Row.of(Tags.of("skill_id", id(s), "skill_name", text(s.skillName()),
                "media", text(s.mediaTypeName()), "direction", direction(s)), 1)));
        register(QUEUED, skills, s -> row(s, s.queueCount()));
        register(OLDEST_AGE, skills, s -> row(s, s.oldestContactAgeSeconds()));
        register(AGENTS, skills, s -> {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            availability(rows, s, "AVAILABLE", s.agentsAvailable());
            availability(rows, s, "UNAVAILABLE", s.agentsUnavailable());
            availability(rows, s, "WORKING", s.agentsWorking());
            availability(rows, s, "ACW", s.agentsACW());
            return rows;
        });
        register(LOGGED_IN, skills, s -> row(s, s.agentsLoggedIn()));
        register(ACTIVE, skills, s -> row(s, s.contactsActive()));
        register(SERVICE_LEVEL, skills, s -> row(s, percentAsRatio(s.serviceLevel())));
        register(SERVICE_LEVEL_GOAL, skills, s -> row(s, percentAsRatio(s.serviceLevelGoal())));
        register(SERVICE_LEVEL_THRESHOLD, skills, s -> row(s, s.serviceLevelThreshold()));
        lastSuccessEpochSeconds.set(at.getEpochSecond());
    }

    @Override
    public synchronized void skillsNotRead(FailureKind reason) {
        if (!enabled) {
            return;
        }
        perSkill.values().forEach(gauge -> gauge.register(List.of(), true));
        errors.get(reason).increment();
    }

    private void register(String family, List<SkillActivityRecord> skills, Function<SkillActivityRecord, List<MultiGauge.Row<?>>> rows) {
        perSkill.get(family).register(skills.stream().flatMap(s -> rows.apply(s).stream()).toList(), true);
    }

    private static List<MultiGauge.Row<?>> row(SkillActivityRecord skill, Number value) {
        return value == null ? List.of() : List.of(MultiGauge.Row.of(Tags.of("skill_id", id(skill)), value));
    }

    private static List<MultiGauge.Row<?>> row(SkillActivityRecord skill, OptionalDouble value) {
        return value.isEmpty() ? List.of() : row(skill, value.getAsDouble());
    }

    private static void availability(List<MultiGauge.Row<?>> rows, SkillActivityRecord skill, String availability, Long agents) {
        if (agents != null) {
            rows.add(MultiGauge.Row.of(Tags.of("skill_id", id(skill), "availability", availability), agents));
        }
    }

    private static Double percentAsRatio(Double percent) {
        return percent == null ? null : percent / 100.0;
    }

    private static String id(SkillActivityRecord skill) {
        return skill.skillId().toString();
    }

    private static String direction(SkillActivityRecord skill) {
        if (skill.isOutbound() == null) {
            return "";
        }
        return skill.isOutbound() ? "outbound" : "inbound";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
