package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET skills/activity} in the shape of NICE's OpenAPI (getSkillsActivity): {@code totalRecords}, {@code _links},
 * {@code lastPollTime} and {@code skillActivity}, one record per skill held by an agent the caller can see, with
 * {@code serverTime}. Agent counts come from the live states of the agents holding the skill; the queue from
 * {@link SkillQueues}. Paged with {@code top}/{@code skip}; {@code updatedSince} lists only skills whose queue or agents
 * changed after it (none: 304).
 */
final class SkillActivityHandlers {

    private final SimulatorTenant tenant;
    private final SkillQueues queues;
    private final int pageSize;

    SkillActivityHandlers(SimulatorTenant tenant, SkillQueues queues, int pageSize) {
        this.tenant = tenant;
        this.queues = queues;
        this.pageSize = pageSize;
    }

    /** The tenant's skills, by ID in ascending order, with the agents that hold each. */
    static Map<Long, List<SimulatedUser>> holders(SimulatorTenant tenant) {
        Map<Long, List<SimulatedUser>> holders = new java.util.TreeMap<>();
        for (SimulatedUser user : tenant.agentUsers()) {
            user.agent().skills().forEach(skill -> holders.computeIfAbsent(skill.skillId(), id -> new ArrayList<>()).add(user));
        }
        return holders;
    }

    void activity(RoutingContext ctx, Caller caller) {
        FieldSelection fields = FieldSelection.parse(ctx.queryParams().get("fields"), DocumentedFields.SKILL_ACTIVITY);
        PageRequest page = PageRequest.of(ctx, pageSize);
        String updatedSinceText = QueryParams.text(ctx, "updatedSince");
        Instant updatedSince = updatedSinceText == null ? null : Timestamps.parse(updatedSinceText)
                .orElseThrow(() -> ApiError.badRequest("InvalidParameter",
                        "updatedSince '" + updatedSinceText + "' is not an ISO-8601 timestamp such as 2026-11-25T10:00:00.000Z"));
        Instant serverTime = queues.now();
        Instant lastPollTime = serverTime;
        List<ObjectNode> listed = new ArrayList<>();
        for (Map.Entry<Long, List<SimulatedUser>> skill : holders(tenant).entrySet()) {
            if (skill.getValue().stream().noneMatch(caller::canSee)) {
                continue;
            }
            Activity activity = activity(skill.getKey(), skill.getValue());
            if (activity.lastUpdate().isAfter(lastPollTime)) {
                lastPollTime = activity.lastUpdate();
            }
            if (updatedSince == null || activity.lastUpdate().isAfter(updatedSince)) {
                listed.add(fields.apply(record(skill.getKey(), skill.getValue(), activity, serverTime)));
            }
        }
        queues.handOut(lastPollTime);
        if (updatedSince != null && listed.isEmpty()) {
            JsonResponses.empty(ctx, 304);
            return;
        }
        ObjectNode body = page.describe(JsonResponses.object(), listed.size());
        body.put("lastPollTime", Timestamps.format(lastPollTime));
        ArrayNode records = body.putArray("skillActivity");
        page.slice(listed).forEach(records::add);
        JsonResponses.ok(ctx, body);
    }

    /** The skill's agents by what they do now, and when its record last changed. */
    private record Activity(int available, int unavailable, int working, int acw, int loggedIn, Instant lastUpdate) {}

    private Activity activity(long skillId, List<SimulatedUser> agents) {
        int available = 0;
        int unavailable = 0;
        int working = 0;
        int acw = 0;
        int loggedIn = 0;
        Instant lastUpdate = queues.state(skillId).lastChange();
        for (SimulatedUser agent : agents) {
            Optional<AgentState> state = tenant.agentState(agent.agent().agentId());
            if (state.isEmpty()) {
                continue;
            }
            AgentState s = state.get();
            if (s.lastUpdateTime().isAfter(lastUpdate)) {
                lastUpdate = s.lastUpdateTime();
            }
            if (s.isLoggedOut()) {
                continue;
            }
            loggedIn++;
            switch (s.stateId()) {
                case AVAILABLE -> available++;
                case UNAVAILABLE -> {
                    if (afterCallWork(s.outStateDescription())) {
                        acw++;
                    } else {
                        unavailable++;
                    }
                }
                case LOGGED_IN -> unavailable++;
                default -> working++;
            }
        }
        return new Activity(available, unavailable, working, acw, loggedIn, lastUpdate);
    }

    /** The demo's after-call work is Unavailable with the reason "After Call Work" (or ACW). */
    static boolean afterCallWork(String reason) {
        if (reason == null) {
            return false;
        }
        String squeezed = reason.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return squeezed.equals("acw") || squeezed.equals("aftercallwork");
    }

    private ObjectNode record(long skillId, List<SimulatedUser> agents, Activity activity, Instant serverTime) {
        QueueScript.ScriptedSkill scripted = queues.skill(skillId);
        SkillQueues.QueueState queue = queues.state(skillId);
        String skillName = agents.get(0).agent().skills().stream().filter(s -> s.skillId() == skillId).findFirst()
                .map(AgentProfile.Skill::skillName).orElse("");
        ObjectNode json = JsonResponses.object();
        json.put("serverTime", Timestamps.format(serverTime));
        json.put("businessUnitId", agents.get(0).agent().businessUnitId(tenant.info()));
        json.put("skillId", skillId);
        json.put("skillName", skillName);
        json.put("mediaTypeId", mediaTypeId(scripted.mediaTypeName()));
        json.put("mediaTypeName", scripted.mediaTypeName());
        json.put("isOutbound", JsonResponses.cxoneBoolean(scripted.isOutbound()));
        json.put("isActive", JsonResponses.cxoneBoolean(true));
        json.put("isNaturalCalling", JsonResponses.cxoneBoolean(false));
        json.putNull("campaignId");
        json.putNull("campaignName");
        json.put("queueCount", queue.queued());
        json.put("skillQueueCount", queue.queued());
        json.put("personalQueueCount", 0);
        json.put("parkedCount", 0);
        json.put("earliestQueueTime", queue.earliest().map(Timestamps::format).orElse(null));
        json.put("agentsAvailable", activity.available());
        json.put("agentsUnavailable", activity.unavailable());
        json.put("agentsWorking", activity.working());
        json.put("agentsACW", activity.acw());
        json.put("agentsIdle", activity.available());
        json.put("agentsLoggedIn", activity.loggedIn());
        json.put("contactsActive", queue.queued() + activity.working());
        json.put("serviceLevel", queue.serviceLevelPercent());
        json.put("serviceLevelGoal", scripted.serviceLevelGoal());
        json.put("serviceLevelThreshold", scripted.serviceLevelThreshold());
        json.put("inSLA", queue.inSla());
        json.put("outSLA", queue.outSla());
        json.putNull("divisionNo");
        return json;
    }

    /** CXone's media type IDs: 1 Email, 3 Chat, 4 Phone Call, 5 Voice Mail, 6 Work Item, 8 SMS, 9 Digital. */
    private static int mediaTypeId(String mediaTypeName) {
        return switch (mediaTypeName.toLowerCase(Locale.ROOT)) {
            case "email" -> 1;
            case "chat" -> 3;
            case "voicemail", "voice mail" -> 5;
            case "workitem", "work item" -> 6;
            case "sms" -> 8;
            case "digital" -> 9;
            default -> 4;
        };
    }
}
