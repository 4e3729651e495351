package dev.cxmon.cxone;

import com.fasterxml.jackson.databind.JsonNode;

/** An agent's identity: GET .../agents?searchString= and GET .../agents/{agentId} (cxone-api.md §5). */
public record AgentRecord(
        Long agentId,
        String userName,
        String firstName,
        String lastName,
        String emailAddress,
        Boolean isActive,
        String teamId,
        String teamName,
        String userId) {

    public static AgentRecord fromJson(JsonNode node) {
        return new AgentRecord(
                Lenient.longValue(node, "agentId"),
                Lenient.text(node, "userName"),
                Lenient.text(node, "firstName"),
                Lenient.text(node, "lastName"),
                Lenient.text(node, "emailAddress"),
                Lenient.bool(node, "isActive"),
                Lenient.text(node, "teamId"),
                Lenient.text(node, "teamName"),
                userId(node));
    }

    /** NICE's OpenAPI spells it userID in the agents list; public callers read userId. */
    private static String userId(JsonNode node) {
        String userId = Lenient.text(node, "userId");
        return userId != null ? userId : Lenient.text(node, "userID");
    }

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? (userName == null ? "" : userName) : name;
    }

    /** CXone omits isActive on some records; only an explicit false means inactive. */
    public boolean inactive() {
        return Boolean.FALSE.equals(isActive);
    }
}
