package dev.cxmon.cxone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cxmon.state.Classification;
import dev.cxmon.state.StateClassifier;
import dev.cxmon.state.UnavailableReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One record of GET .../agents/states or .../agents/{agentId}/states. Read by the names NICE's OpenAPI documents
 * (cxone-api.md §4.3), and by the names of NICE's agent-app SDK model where the two differ: {@code outStateId}, else
 * {@code outStateCode}; {@code mediaTypeName} (bulk), else {@code mediaName} (per agent); {@code userId} only that model has.
 */
public record AgentStateRecord(
        Long agentId,
        String userId,
        Integer agentStateId,
        String agentStateName,
        String outStateId,
        String outStateDescription,
        String contactId,
        String userName,
        String firstName,
        String lastName,
        Boolean isActive,
        String teamId,
        String teamName,
        String skillName,
        String mediaTypeName,
        String startDate,
        String lastUpdateTime,
        Long businessUnitId,
        Boolean isACW,
        String sessionStartTime) {

    /** A record without the after-call-work flag and the session start. */
    public AgentStateRecord(Long agentId, String userId, Integer agentStateId, String agentStateName, String outStateId,
            String outStateDescription, String contactId, String userName, String firstName, String lastName, Boolean isActive,
            String teamId, String teamName, String skillName, String mediaTypeName, String startDate, String lastUpdateTime,
            Long businessUnitId) {
        this(agentId, userId, agentStateId, agentStateName, outStateId, outStateDescription, contactId, userName, firstName, lastName,
                isActive, teamId, teamName, skillName, mediaTypeName, startDate, lastUpdateTime, businessUnitId, null, null);
    }

    /** A record that names no business unit. */
    public AgentStateRecord(Long agentId, String userId, Integer agentStateId, String agentStateName, String outStateId,
            String outStateDescription, String contactId, String userName, String firstName, String lastName, Boolean isActive,
            String teamId, String teamName, String skillName, String mediaTypeName, String startDate, String lastUpdateTime) {
        this(agentId, userId, agentStateId, agentStateName, outStateId, outStateDescription, contactId, userName, firstName, lastName,
                isActive, teamId, teamName, skillName, mediaTypeName, startDate, lastUpdateTime, null);
    }

    /**
     * What the bulk call asks for with {@code fields=}: only names the OpenAPI documents for the bulk record, and only
     * those this record reads.
     */
    public static final List<String> BULK_FIELDS = List.of("agentId", "agentStateId", "agentStateName", "outStateId",
            "outStateDescription", "contactId", "userName", "firstName", "lastName", "isActive", "teamId", "teamName", "skillName",
            "mediaTypeName", "startDate", "lastUpdateTime", "isACW", "sessionStartTime");

    /** Every name {@link #fromJson} reads; a streamed answer keeps these and skips the rest. */
    static final Set<String> READ_FIELDS = Set.of("agentId", "userId", "agentStateId", "agentStateName", "outStateId", "outStateCode",
            "outStateDescription", "contactId", "userName", "firstName", "lastName", "isActive", "teamId", "teamName", "skillName",
            "mediaTypeName", "mediaName", "startDate", "lastUpdateTime", "businessUnitId", "isACW", "sessionStartTime");

    public static AgentStateRecord fromJson(JsonNode node) {
        return new AgentStateRecord(
                Lenient.longValue(node, "agentId"),
                Lenient.text(node, "userId"),
                Lenient.intValue(node, "agentStateId"),
                Lenient.text(node, "agentStateName"),
                firstText(node, "outStateId", "outStateCode"),
                Lenient.text(node, "outStateDescription"),
                Lenient.text(node, "contactId"),
                Lenient.text(node, "userName"),
                Lenient.text(node, "firstName"),
                Lenient.text(node, "lastName"),
                Lenient.bool(node, "isActive"),
                Lenient.text(node, "teamId"),
                Lenient.text(node, "teamName"),
                Lenient.text(node, "skillName"),
                firstText(node, "mediaTypeName", "mediaName"),
                Lenient.text(node, "startDate"),
                Lenient.text(node, "lastUpdateTime"),
                Lenient.longValue(node, "businessUnitId"),
                Lenient.bool(node, "isACW"),
                Lenient.text(node, "sessionStartTime"));
    }

    private static String firstText(JsonNode node, String documented, String alternative) {
        String value = Lenient.text(node, documented);
        return value != null ? value : Lenient.text(node, alternative);
    }

    public Classification classify() {
        return StateClassifier.classify(agentStateId, agentStateName, outStateDescription, outStateId, isACW);
    }

    /** When the agent's current state began ({@code startDate}); empty when absent or unparsable. */
    public Optional<Instant> stateStart() {
        return Lenient.instant(startDate);
    }

    /** When the agent's login began ({@code sessionStartTime}, bulk records only); empty when absent or unparsable. */
    public Optional<Instant> sessionStart() {
        return Lenient.instant(sessionStartTime);
    }

    /** The reason label of an Unavailable agent (state/UnavailableReason); empty in any other availability. */
    public Optional<String> unavailableReason() {
        return UnavailableReason.label(classify(), outStateDescription, outStateId);
    }

    /** The state as CXone names it, for evidence lines. */
    public String stateLabel() {
        if (agentStateName != null) {
            return agentStateId == null ? agentStateName : agentStateName + " (" + agentStateId + ")";
        }
        return agentStateId == null ? "no state" : "state id " + agentStateId;
    }
}
