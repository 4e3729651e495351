package dev.cxmon.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The field names NICE's published OpenAPI of the real-time data API documents per resource, which is what the
 * {@code fields=} parameter may name (docs/cxone-api.md §4.3). The simulator refuses any other name with a 400, as the
 * API's parameter validation may, so that a client asking for an undocumented field fails here before it fails at
 * CXone.
 */
public enum DocumentedFields {

    /** {@code GET agents/states}: NICE's OpenAPI, getAgentStates. */
    BULK_STATES(List.of("agentId", "agentStateId", "agentStateName", "agentStateCategory", "businessUnitId", "contactId",
            "contactStartHandleTime", "isActive", "isACW", "isOutbound", "firstName", "fromAddress", "lastName", "lastUpdateTime",
            "mediaTypeName", "mediaTypeId", "openContacts", "outStateDescription", "outStateId", "sessionStartTime", "skillId",
            "skillName", "startDate", "stationId", "stationPhoneNumber", "teamId", "teamName", "toAddress", "userName")),

    /** {@code GET agents/{agentId}/states}: NICE's OpenAPI, getAgentStateByid. */
    AGENT_STATE(List.of("agentId", "agentStateId", "agentStateName", "businessUnitId", "contactId", "isACW", "isOutbound",
            "firstName", "fromAddress", "lastName", "lastPollTime", "lastUpdateTime", "mediaName", "mediaType", "openContacts",
            "outStateDescription", "outStateId", "skillId", "skillName", "startDate", "stationId", "stationPhoneNumber", "teamId",
            "teamName", "toAddress")),

    /** {@code GET skills/activity}: NICE's OpenAPI, getSkillsActivity. */
    SKILL_ACTIVITY(List.of("serverTime", "businessUnitId", "agentsACW", "agentsAvailable", "agentsIdle", "agentsLoggedIn",
            "agentsUnavailable", "agentsWorking", "campaignId", "campaignName", "contactsActive", "earliestQueueTime", "isActive",
            "inSLA", "outSLA", "isNaturalCalling", "isOutbound", "mediaTypeId", "mediaTypeName", "queueCount", "serviceLevel",
            "serviceLevelGoal", "serviceLevelThreshold", "skillName", "skillId", "skillQueueCount", "personalQueueCount",
            "parkedCount", "divisionNo"));

    private final List<String> names;
    private final Set<String> lowerCase;

    DocumentedFields(List<String> names) {
        this.names = names;
        this.lowerCase = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public List<String> names() {
        return names;
    }

    /** The resource a request path names, if the simulator validates its fields: {@code .../agents/states}, {@code .../agents/{id}/states} or {@code .../skills/activity}. */
    public static Optional<DocumentedFields> forPath(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith("/agents/states")) {
            return Optional.of(BULK_STATES);
        }
        if (lower.endsWith("/skills/activity")) {
            return Optional.of(SKILL_ACTIVITY);
        }
        return lower.matches(".*/agents/[^/]+/states") ? Optional.of(AGENT_STATE) : Optional.empty();
    }

    /** Field names are matched without regard to case, as the simulator's field selection does. */
    public boolean documents(String name) {
        return lowerCase.contains(name.toLowerCase(Locale.ROOT));
    }
}
