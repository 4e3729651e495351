package dev.cxmon.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The skills' side of the demo: what each skill is (media, direction, service level goal and threshold) and how many
 * contacts arrive in its queue at each step of the scripted day ({@code src/main/resources/simulator/demo-queue.yaml}).
 * Skills the tenant's agents hold but the script does not name are inbound Phone skills that receive no contacts.
 */
record QueueScript(List<ScriptedSkill> skills) {

    static final String DEMO_QUEUE_RESOURCE = "/simulator/demo-queue.yaml";

    private static final ObjectMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    QueueScript {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    /**
     * One scripted skill: {@code arrivals} contacts come into its queue at each step (the list loops), and each of its
     * Available agents answers up to {@code answersPerAgent} of the oldest queued contacts per step.
     */
    record ScriptedSkill(long skillId, String mediaTypeName, Boolean isOutbound, Integer serviceLevelGoal, Integer serviceLevelThreshold,
            Integer answersPerAgent, List<Integer> arrivals) {

        ScriptedSkill {
            if (skillId <= 0) {
                throw new IllegalArgumentException("queue script: skillId must be a positive number");
            }
            mediaTypeName = mediaTypeName == null ? "Phone" : mediaTypeName;
            isOutbound = isOutbound != null && isOutbound;
            serviceLevelGoal = serviceLevelGoal == null ? 80 : serviceLevelGoal;
            serviceLevelThreshold = serviceLevelThreshold == null ? 30 : serviceLevelThreshold;
            answersPerAgent = answersPerAgent == null ? 1 : answersPerAgent;
            arrivals = arrivals == null || arrivals.isEmpty() ? List.of(0) : List.copyOf(arrivals);
            if (arrivals.stream().anyMatch(a -> a == null || a < 0) || answersPerAgent < 0) {
                throw new IllegalArgumentException("queue script: skill " + skillId + " needs arrivals and answersPerAgent of 0 or more");
            }
        }

        static ScriptedSkill unscripted(long skillId) {
            return new ScriptedSkill(skillId, null, null, null, null, null, null);
        }

        int arrivalsAt(int step) {
            return arrivals.get(Math.floorMod(step, arrivals.size()));
        }
    }

    Map<Long, ScriptedSkill> bySkillId() {
        return skills.stream().collect(Collectors.toMap(ScriptedSkill::skillId, Function.identity(), (a, b) -> a));
    }

    static QueueScript demoQueue() {
        try (InputStream in = QueueScript.class.getResourceAsStream(DEMO_QUEUE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("queue script " + DEMO_QUEUE_RESOURCE + " is missing from the classpath");
            }
            return YAML.readValue(in, QueueScript.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("queue script " + DEMO_QUEUE_RESOURCE + " is invalid: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
