package dev.cxmon.cxone;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The agent and user resources of one tenant, typed. Each call retries once after a 401 with a fresh
 * token (rate limiting and transient-failure retries happen below, in {@link CallRunner}); every other
 * failure leaves as a {@link CxoneCallException}.
 */
public final class CxoneApi {

    /** The bulk call's fields=: names NICE's OpenAPI documents for the bulk record (cxone-api.md §4.4). */
    public static final String BULK_STATE_FIELDS = String.join(",", AgentStateRecord.BULK_FIELDS);
    /** The skill activity call's fields=: documented names this monitor reads (cxone-api.md §4a). */
    public static final String SKILL_ACTIVITY_FIELDS = String.join(",", SkillActivityRecord.FIELDS);
    /** The agents search asks for pages of this many (the OpenAPI's top); a server may answer fewer. */
    static final int SEARCH_PAGE = 100;

    private final ApiEndpoints endpoints;
    private final AgentsClient agents;
    private final UserHubClient users;
    private final CallRunner runner;
    private final BearerSource bearer;
    private final PagedRead pages;
    private final BusinessUnitScope businessUnits;

    public CxoneApi(ApiEndpoints endpoints, RestClients clients, CallRunner runner, BearerSource bearer, BusinessUnitScope businessUnits,
            Duration connectTimeout, Duration readTimeout) {
        this.endpoints = endpoints;
        this.agents = clients.get(AgentsClient.class, endpoints.servicesBase(), connectTimeout, readTimeout);
        this.users = clients.get(UserHubClient.class, endpoints.hostRoot(), connectTimeout, readTimeout);
        this.runner = runner;
        this.bearer = bearer;
        this.businessUnits = businessUnits;
        this.pages = new PagedRead(endpoints.servicesBase(), this::get);
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

    /** Every page of the matches (cxone-api.md §5); a page that fails fails the search. */
    public List<AgentRecord> searchAgents(String searchString) {
        return searchAgents(searchString, Integer.MAX_VALUE);
    }

    /**
     * The first page of the matches only (up to {@value #SEARCH_PAGE} agents): for a search that tries its luck, such as
     * one text shared by several user names, which may match most of a tenant and must not read all of it.
     */
    public List<AgentRecord> searchAgentsFirstPage(String searchString) {
        return searchAgents(searchString, 1);
    }

    private List<AgentRecord> searchAgents(String searchString, int pageLimit) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("searchString", searchString);
        query.put("skip", "0");
        query.put("top", Integer.toString(SEARCH_PAGE));
        return pages.read(Operation.AGENT_SEARCH, "/agents", query, agents::searchAgents, (reply, readBefore) -> {
            JsonNode body = JsonBodies.require(reply);
            JsonNode list = Lenient.array(body, "agents");
            List<AgentRecord> found = new ArrayList<>();
            if (list != null) {
                if (readBefore + list.size() > AnswerLimits.BULK_RECORDS) {
                    throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.UNEXPECTED_SHAPE, "more than "
                            + AnswerLimits.BULK_RECORDS + " agents in one search, more than the monitor reads: stopped reading"));
                }
                list.forEach(node -> found.add(AgentRecord.fromJson(node)));
            }
            return new PagedRead.Page<>(found, PageInfo.fromJson(body));
        }, pageLimit).items();
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

    /**
     * Every page of the states (cxone-api.md §4.6) of the business units {@link BusinessUnitScope} names, as one answer: a
     * page that fails, or a read that cannot be completed, throws, so a caller never takes the agents of a missing page for
     * agents that vanished. The lastPollTime is the first page's: a change while the later pages were read comes again with
     * the next delta rather than never.
     */
    public BulkStates bulkStates(Optional<String> updatedSince) {
        Map<String, String> query = new LinkedHashMap<>();
        updatedSince.ifPresent(since -> query.put("updatedSince", since));
        businessUnits.reqBUIds().ifPresent(units -> query.put("reqBUIds", units));
        query.put("fields", BULK_STATE_FIELDS);
        AtomicReference<Optional<String>> lastPollTime = new AtomicReference<>(Optional.empty());
        PagedRead.PageReader<AgentStateRecord> reader = (reply, readBefore) -> {
            StateEnvelopes.StateList answer = StateEnvelopes.read(reply, AnswerLimits.BULK_RECORDS, readBefore);
            if (readBefore == 0 && lastPollTime.get().isEmpty()) {
                lastPollTime.set(answer.lastPollTime());
            }
            return new PagedRead.Page<>(answer.records(), answer.page());
        };
        PagedRead.Pages<AgentStateRecord> read = pages.read(Operation.BULK_STATES, "/agents/states", query, agents::bulkStates, reader);
        if (read.firstStatus() == 304 || read.firstHadNoContent()) {
            return new BulkStates(List.of(), Optional.empty(), read.firstStatus(), true);
        }
        return new BulkStates(read.items(), lastPollTime.get(), read.firstStatus(), read.items().isEmpty());
    }

    /**
     * Every page of GET /skills/activity: every skill the token may see, with its queue and agent counts. As with
     * {@link #bulkStates}, a page that fails fails the read, and the lastPollTime is the first page's.
     *
     * @param updatedSince the lastPollTime of an earlier answer for a delta, empty for every skill
     */
    public SkillActivity skillActivity(Optional<String> updatedSince) {
        Map<String, String> query = new LinkedHashMap<>();
        updatedSince.ifPresent(since -> query.put("updatedSince", since));
        query.put("fields", SKILL_ACTIVITY_FIELDS);
        AtomicReference<Optional<String>> lastPollTime = new AtomicReference<>(Optional.empty());
        PagedRead.PageReader<SkillActivityRecord> reader = (reply, readBefore) -> {
            JsonNode body = JsonBodies.require(reply);
            JsonNode list = Lenient.array(body, "skillActivity");
            if (list == null) {
                throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.UNEXPECTED_SHAPE, "no skillActivity array in the answer"));
            }
            if (readBefore + list.size() > AnswerLimits.SKILL_RECORDS) {
                throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.UNEXPECTED_SHAPE, "more than "
                        + AnswerLimits.SKILL_RECORDS + " skills in one skill activity read, more than the monitor reads: stopped reading"));
            }
            if (readBefore == 0 && lastPollTime.get().isEmpty()) {
                lastPollTime.set(Optional.ofNullable(Lenient.text(body, "lastPollTime")));
            }
            List<SkillActivityRecord> skills = new ArrayList<>();
            list.forEach(node -> {
                if (node.isObject()) {
                    skills.add(SkillActivityRecord.fromJson(node));
                }
            });
            return new PagedRead.Page<>(skills, PageInfo.fromJson(body));
        };
        PagedRead.Pages<SkillActivityRecord> read = pages.read(Operation.SKILL_ACTIVITY, "/skills/activity", query,
                agents::skillActivity, reader);
        if (read.firstStatus() == 304 || read.firstHadNoContent()) {
            return new SkillActivity(List.of(), Optional.empty(), true);
        }
        return new SkillActivity(read.items(), lastPollTime.get(), false);
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
