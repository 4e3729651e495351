package dev.cxmon.cxone;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The agent and user resources of one tenant, typed. Each call retries once after a 401 with a fresh
 * token (rate limiting and transient-failure retries happen below, in {@link CallRunner}); every other
 * failure leaves as a {@link CxoneCallException}.
 */
public final class CxoneApi {

    public static final String STATE_FIELDS = "agentId,userId,agentStateId,agentStateName,outStateCode,outStateDescription,"
            + "contactId,userName,firstName,lastName,isActive,teamId,teamName,skillName,mediaName,startDate,lastUpdateTime";

    private final ApiEndpoints endpoints;
    private final AgentsClient agents;
    private final UserHubClient users;
    private final CallRunner runner;
    private final BearerSource bearer;

    public CxoneApi(ApiEndpoints endpoints, RestClients clients, CallRunner runner, BearerSource bearer, Duration connectTimeout,
            Duration readTimeout) {
        this.endpoints = endpoints;
        this.agents = clients.get(AgentsClient.class, endpoints.servicesBase(), connectTimeout, readTimeout);
        this.users = clients.get(UserHubClient.class, endpoints.hostRoot(), connectTimeout, readTimeout);
        this.runner = runner;
        this.bearer = bearer;
    }

    public ApiEndpoints endpoints() {
        return endpoints;
    }

    public AgentRecord agent(String agentId) {
        HttpReply reply = get(Operation.AGENT, "/agents/" + encode(agentId), auth -> agents.agent(auth, agentId));
        requireSuccess(reply);
        JsonNode list = Lenient.array(JsonBodies.require(reply), "agents");
        if (list == null || list.isEmpty()) {
            throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.UNEXPECTED_SHAPE, "no 'agents' array in the answer"));
        }
        AgentRecord record = AgentRecord.fromJson(list.get(0));
        requireAbout(agentId, record.agentId(), reply);
        return record;
    }

    public List<AgentRecord> searchAgents(String searchString) {
        HttpReply reply = get(Operation.AGENT_SEARCH, "/agents?searchString=" + encode(searchString),
                auth -> agents.searchAgents(auth, searchString, null, 0, 100));
        requireSuccess(reply);
        if (reply.status() == 204 || reply.emptyBody()) {
            return List.of();
        }
        JsonNode list = Lenient.array(JsonBodies.require(reply), "agents");
        List<AgentRecord> found = new ArrayList<>();
        if (list != null) {
            list.forEach(node -> found.add(AgentRecord.fromJson(node)));
        }
        return found;
    }

    /** The agent's state record; empty when CXone answers with no record (no session). A 404 leaves as AGENT_ID. */
    public Optional<AgentStateRecord> agentState(String agentId) {
        HttpReply reply = get(Operation.AGENT_STATE, "/agents/" + encode(agentId) + "/states", auth -> agents.agentStates(auth, agentId));
        requireSuccess(reply);
        if (reply.status() == 204 || reply.emptyBody()) {
            return Optional.empty();
        }
        List<AgentStateRecord> records = StateEnvelopes.read(reply, AnswerLimits.PER_AGENT_RECORDS).records();
        if (records.isEmpty()) {
            return Optional.empty();
        }
        requireAbout(agentId, records.get(0).agentId(), reply);
        return Optional.of(records.get(0));
    }

    /**
     * A per-agent answer must be about the agent asked for: another agent's record credited to this one would show both
     * wrongly. A record without an agentId cannot contradict and is taken as the agent's.
     */
    private static void requireAbout(String askedAgentId, Long answeredAgentId, HttpReply reply) {
        if (answeredAgentId != null && !sameAgentId(askedAgentId, answeredAgentId)) {
            throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.UNEXPECTED_SHAPE,
                    "asked about agent " + askedAgentId + ", the answer is a record of agent " + answeredAgentId));
        }
    }

    public BulkStates bulkStates(Optional<String> updatedSince) {
        String path = "/agents/states" + updatedSince.map(s -> "?updatedSince=" + encode(s)).orElse("");
        HttpReply reply = get(Operation.BULK_STATES, path, auth -> agents.bulkStates(auth, updatedSince.orElse(null), STATE_FIELDS));
        if (reply.status() == 304) {
            return new BulkStates(List.of(), Optional.empty(), 304, true);
        }
        requireSuccess(reply);
        if (reply.status() == 204 || reply.emptyBody()) {
            return new BulkStates(List.of(), Optional.empty(), reply.status(), true);
        }
        StateEnvelopes.StateList answer = StateEnvelopes.read(reply, AnswerLimits.BULK_RECORDS);
        return new BulkStates(answer.records(), answer.lastPollTime(), reply.status(), answer.records().isEmpty());
    }

    /** Skill names assigned to the agent; empty when it has none (204 or an empty list). */
    public List<String> agentSkills(String agentId) {
        HttpReply reply = get(Operation.AGENT_SKILLS, "/agents/" + encode(agentId) + "/skills", auth -> agents.agentSkills(auth, agentId));
        requireSuccess(reply);
        if (reply.status() == 204 || reply.emptyBody()) {
            return List.of();
        }
        JsonNode body = JsonBodies.require(reply);
        JsonNode list = Lenient.array(body, "agentSkillAssignments", "skills");
        if (list == null && body.has("resultSet")) {
            list = Lenient.array(body.get("resultSet"), "agentSkillAssignments", "skills");
        }
        List<String> skills = new ArrayList<>();
        if (list != null) {
            list.forEach(node -> skills.add(Optional.ofNullable(Lenient.text(node, "skillName"))
                    .orElse(String.valueOf(Lenient.longValue(node, "skillId")))));
        }
        return skills;
    }

    /** A User Hub user by UUID; empty on 404. */
    public Optional<UserRecord> user(String userId) {
        HttpReply reply = getHub(Operation.USER, "/user-management/v1/users/" + encode(userId), auth -> users.user(auth, userId));
        if (reply.status() == 404) {
            return Optional.empty();
        }
        requireSuccess(reply);
        JsonNode user = JsonBodies.require(reply).get("user");
        return user == null || !user.isObject() ? Optional.empty() : Optional.of(UserRecord.fromJson(user));
    }

    /** User Hub search by exact user name. A tenant without this resource answers with a failure, left to the caller. */
    public List<UserRecord> searchUsers(String userName) {
        HttpReply reply = getHub(Operation.USER_SEARCH, "/user-management/v1/users?userName=" + encode(userName),
                auth -> users.searchByUserName(auth, userName));
        requireSuccess(reply);
        if (reply.status() == 204 || reply.emptyBody()) {
            return List.of();
        }
        JsonNode list = Lenient.array(JsonBodies.require(reply), "users");
        List<UserRecord> found = new ArrayList<>();
        if (list != null) {
            list.forEach(node -> found.add(UserRecord.fromJson(node)));
        }
        return found;
    }

    private HttpReply get(Operation operation, String path, Function<String, Response> call) {
        return withOneRefresh(operation, endpoints.servicesBase() + path, call);
    }

    private HttpReply getHub(Operation operation, String path, Function<String, Response> call) {
        return withOneRefresh(operation, endpoints.hostRoot() + path, call);
    }

    private HttpReply withOneRefresh(Operation operation, String url, Function<String, Response> call) {
        String authorization = bearer.authorization();
        HttpReply reply = runner.run(operation, "GET", url, () -> call.apply(authorization));
        if (reply.status() == 401) {
            String fresh = bearer.authorizationAfterRejection(authorization);
            reply = runner.run(operation, "GET", url, () -> call.apply(fresh));
        }
        return reply;
    }

    private static void requireSuccess(HttpReply reply) {
        if (!reply.success()) {
            throw JsonBodies.statusFailure(reply);
        }
    }

    private static boolean sameAgentId(String asked, long answered) {
        try {
            return Long.parseLong(asked.trim()) == answered;
        } catch (NumberFormatException notANumber) {
            return asked.trim().equals(String.valueOf(answered));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
