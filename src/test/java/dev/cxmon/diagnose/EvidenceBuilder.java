package dev.cxmon.diagnose;

import dev.cxmon.auth.IssuedToken;
import dev.cxmon.auth.JwtClaims;
import dev.cxmon.auth.OpenIdConfiguration;
import dev.cxmon.config.ClientAuthMethod;
import dev.cxmon.config.ConfigProblem;
import dev.cxmon.config.Secret;
import dev.cxmon.cxone.AgentRecord;
import dev.cxmon.cxone.AgentRef;
import dev.cxmon.cxone.AgentStateRecord;
import dev.cxmon.cxone.ApiEndpoints;
import dev.cxmon.cxone.BulkStates;
import dev.cxmon.cxone.SkillActivity;
import dev.cxmon.cxone.CxoneFailure;
import dev.cxmon.cxone.Exchange;
import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.cxone.UserRecord;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link Evidence} for the rules, without a network. It starts from a healthy diagnosis: a supervisor's password-grant token
 * (agent 2001 of team T-SUP), agent 1001 (team T-1) found, Available, with a skill, listed in the bulk states beside 1002,
 * and the server's lastPollTime answering 304. Each method changes one fact; the {@code ...Fails} methods also leave the
 * later steps not attempted, as the collector does when a step fails.
 */
final class EvidenceBuilder {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final String LAST_POLL_TIME = "2026-11-25T09:59:58.000Z";
    static final String USER_ID = "24c8e07c-255b-41d3-9a94-ce5f05124415";

    private AgentRef ref = AgentRef.parse("1001");
    private Instant now = NOW;
    private boolean givenToken;
    private final List<ConfigProblem> configProblems = new ArrayList<>();
    private final List<ConfigProblem> tutorialEndpoints = new ArrayList<>();
    private Step<OpenIdConfiguration> openId = Step.ok(new OpenIdConfiguration(URI.create("https://cxone.niceincontact.com/auth/token"),
            "https://cxone.niceincontact.com"));
    private Step<IssuedToken> token = Step.ok(token(supervisorClaims(NOW.plus(Duration.ofHours(1)))));
    private Optional<ClientAuthMethod> otherMethodWorks = Optional.empty();
    private Step<ApiEndpoints> endpoints = Step.ok(ApiEndpoints.fromExplicitUrl(
            URI.create("https://api-c1.niceincontact.com/incontactapi/services/v27.0")));
    private Step<List<AgentRecord>> agentSearch = Step.skipped();
    private Step<Optional<UserRecord>> userById = Step.skipped();
    private Step<List<UserRecord>> userSearch = Step.skipped();
    private Optional<Long> agentId = Optional.of(1001L);
    private Step<AgentRecord> agent = Step.ok(agent(1001, true));
    private Step<Optional<AgentStateRecord>> state = Step.ok(Optional.of(state(1001, 1, "Available", null)));
    private Step<List<String>> skills = Step.ok(List.of("Inbound Voice"));
    private Step<BulkStates> bulkEpoch = Step.ok(bulk(List.of(state(1001, 1, "Available", null), state(1002, 8, "LoggedIn", null))));
    private Step<BulkStates> bulkSinceLastPoll = Step.ok(new BulkStates(List.of(), Optional.empty(), 304, true));
    private Optional<String> userUpdatedSince = Optional.empty();
    private Step<BulkStates> bulkUserSince = Step.skipped();
    private Step<SkillActivity> skillActivity = Step.skipped();

    static EvidenceBuilder healthy() {
        return new EvidenceBuilder();
    }

    Evidence build() {
        return new Evidence(ref, now, "https://cxone.niceincontact.com", Optional.empty(), givenToken, ClientAuthMethod.BASIC,
                List.copyOf(configProblems), List.copyOf(tutorialEndpoints), openId, token, otherMethodWorks, endpoints,
                new Evidence.Identity(agentSearch, userById, userSearch, agentId, agent), state, skills, bulkEpoch, bulkSinceLastPoll,
                userUpdatedSince, bulkUserSince, skillActivity, List.of());
    }

    // --- configuration: the collector makes no call at all

    EvidenceBuilder configProblem(String key) {
        configProblems.add(new ConfigProblem(key, "is not valid", "set a valid value"));
        return nothingAttemptedFrom(0);
    }

    EvidenceBuilder tutorialEndpoint(String key) {
        tutorialEndpoints.add(new ConfigProblem(key, "https://api.incontact.com is the tutorial host", "https://cxone.niceincontact.com"));
        return nothingAttemptedFrom(0);
    }

    // --- authentication

    EvidenceBuilder discoveryFails(CxoneFailure failure) {
        openId = Step.failed(failure);
        return nothingAttemptedFrom(1);
    }

    EvidenceBuilder tokenFails(CxoneFailure failure) {
        token = Step.failed(failure);
        return nothingAttemptedFrom(2);
    }

    EvidenceBuilder otherClientAuthMethodWorks(ClientAuthMethod method) {
        otherMethodWorks = Optional.of(method);
        return this;
    }

    /** A cxone.access-token given instead of the password grant: no discovery. */
    EvidenceBuilder givenToken(JwtClaims claims) {
        givenToken = true;
        openId = Step.skipped();
        token = Step.ok(token(claims));
        return this;
    }

    EvidenceBuilder tokenClaims(JwtClaims claims) {
        token = Step.ok(token(claims));
        return this;
    }

    EvidenceBuilder endpointsFail(CxoneFailure failure) {
        endpoints = Step.failed(failure);
        return nothingAttemptedFrom(3);
    }

    // --- identity

    EvidenceBuilder ref(String text) {
        ref = AgentRef.parse(text);
        return this;
    }

    /** A user name that no agent search finds: no agent ID, so no agent, state or skills are read. */
    EvidenceBuilder noAgentNamed(String userName, Step<List<UserRecord>> usersFound) {
        ref = AgentRef.parse(userName);
        agentSearch = Step.ok(List.of());
        userSearch = usersFound;
        agentId = Optional.empty();
        agent = Step.skipped();
        state = Step.skipped();
        skills = Step.skipped();
        return this;
    }

    /** A user UUID, resolved through the User Hub to the agent 1001 it belongs to. */
    EvidenceBuilder userIdOfAgent1001() {
        ref = AgentRef.parse(USER_ID);
        userById = Step.ok(Optional.of(user("available@demo.example")));
        agentSearch = Step.ok(List.of(agent(1001, true)));
        return this;
    }

    EvidenceBuilder agentId(long id) {
        ref = AgentRef.parse(String.valueOf(id));
        agentId = Optional.of(id);
        return this;
    }

    /** The agent lookup failed; CXone reads no skills of an agent it did not confirm. */
    EvidenceBuilder agentLookupFails(CxoneFailure failure) {
        agent = Step.failed(failure);
        skills = Step.skipped();
        return this;
    }

    EvidenceBuilder agentInactive() {
        agent = Step.ok(agent(agentId.orElseThrow(), false));
        return this;
    }

    // --- state, skills, bulk

    EvidenceBuilder state(int stateId, String stateName, String reason) {
        state = Step.ok(Optional.of(state(agentId.orElseThrow(), stateId, stateName, reason)));
        return this;
    }

    /** The per-agent endpoint answered without a record: no session. */
    EvidenceBuilder noStateRecord() {
        state = Step.ok(Optional.empty());
        return this;
    }

    EvidenceBuilder stateFails(CxoneFailure failure) {
        state = Step.failed(failure);
        return this;
    }

    /** What GET /skills/activity answered (not asked: skipped, as with cxone.metrics.skills=false). */
    EvidenceBuilder skillActivity(Step<SkillActivity> answer) {
        skillActivity = answer;
        return this;
    }

    EvidenceBuilder skills(String... names) {
        skills = Step.ok(List.of(names));
        return this;
    }

    /** The bulk snapshot (updatedSince=epoch) lists these agents, all of team T-1. */
    EvidenceBuilder bulkLists(long... agentIds) {
        List<AgentStateRecord> states = new ArrayList<>();
        for (long id : agentIds) {
            states.add(state(id, 1, "Available", null));
        }
        bulkEpoch = Step.ok(bulk(states));
        return this;
    }

    EvidenceBuilder bulkFails(CxoneFailure failure) {
        bulkEpoch = Step.failed(failure);
        bulkSinceLastPoll = Step.skipped();
        return this;
    }

    EvidenceBuilder bulkLastPollTime(String lastPollTime) {
        BulkStates epoch = bulkEpoch.valueIfOk().orElseThrow();
        bulkEpoch = Step.ok(new BulkStates(epoch.states(), Optional.of(lastPollTime), 200, false));
        return this;
    }

    /** --updated-since given, and what the bulk endpoint answered to it. */
    EvidenceBuilder userUpdatedSince(String since, Step<BulkStates> answer) {
        userUpdatedSince = Optional.of(since);
        bulkUserSince = answer;
        return this;
    }

    private EvidenceBuilder nothingAttemptedFrom(int stage) {
        if (stage <= 0) {
            openId = Step.skipped();
        }
        if (stage <= 1) {
            token = Step.skipped();
        }
        if (stage <= 2) {
            endpoints = Step.skipped();
        }
        agentSearch = Step.skipped();
        userById = Step.skipped();
        userSearch = Step.skipped();
        agent = Step.skipped();
        state = Step.skipped();
        skills = Step.skipped();
        bulkEpoch = Step.skipped();
        bulkSinceLastPoll = Step.skipped();
        bulkUserSince = Step.skipped();
        return this;
    }

    // --- values

    static CxoneFailure failure(FailureKind kind, FailureCause cause, int status, String message) {
        return failure(kind, cause, status, message, Optional.empty());
    }

    static CxoneFailure failure(FailureKind kind, FailureCause cause, int status, String message, Optional<String> oauthError) {
        return failureOf("AGENT", kind, cause, status, message, oauthError);
    }

    static CxoneFailure failureOf(String operation, FailureKind kind, FailureCause cause, int status, String message,
            Optional<String> oauthError) {
        Exchange exchange = new Exchange(operation, "GET", "https://api-c1.niceincontact.com/incontactapi/services/v27.0/agents/1001",
                status, 12, status > 0 ? "application/json" : null, null);
        Optional<Duration> retryAfter = kind == FailureKind.RATE_LIMITED ? Optional.of(Duration.ofSeconds(7)) : Optional.empty();
        return new CxoneFailure(kind, cause, exchange, message, retryAfter, oauthError);
    }

    static <T> Step<T> failed(FailureKind kind, FailureCause cause, int status, String message) {
        return Step.failed(failure(kind, cause, status, message));
    }

    static JwtClaims supervisorClaims(Instant expiresAt) {
        return new JwtClaims(Optional.of("tenant-1"), Optional.of("2001"), Optional.of("4600001"), Optional.of("C1"),
                Optional.of("11111111-2222-3333-4444-555555555555"), Optional.empty(), Optional.of("supervisor@demo.example"),
                Optional.of("T-SUP"), List.of("RealTimeApi", "AdminApi"), Optional.of(expiresAt), Optional.of(expiresAt.minus(Duration.ofHours(1))));
    }

    /** A token of an application with no user: no userId, subject or icAgentId claim. */
    static JwtClaims noUserClaims() {
        return new JwtClaims(Optional.of("tenant-1"), Optional.empty(), Optional.of("4600001"), Optional.of("C1"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("RealTimeApi"), Optional.of(NOW.plus(Duration.ofHours(1))),
                Optional.of(NOW));
    }

    private static IssuedToken token(JwtClaims claims) {
        return new IssuedToken(Secret.of("test-access-token"), Optional.empty(), claims.expiresAt(), Optional.empty(), Optional.of(claims),
                NOW, false);
    }

    private static AgentRecord agent(long id, boolean active) {
        return new AgentRecord(id, "agent" + id + "@demo.example", "Agent", String.valueOf(id), "agent" + id + "@demo.example", active,
                "T-1", "Team One", USER_ID);
    }

    private static UserRecord user(String userName) {
        return new UserRecord(USER_ID, userName, "Ava", "Available", userName, "ACTIVE", "T-1");
    }

    /** What the User Hub search by user name found. */
    static Step<List<UserRecord>> usersFound(String... userNames) {
        return Step.ok(Stream.of(userNames).map(EvidenceBuilder::user).toList());
    }

    private static AgentStateRecord state(long id, int stateId, String stateName, String reason) {
        return new AgentStateRecord(id, USER_ID, stateId, stateName, null, reason, null, "agent" + id + "@demo.example", "Agent",
                String.valueOf(id), true, "T-1", "Team One", null, null, "2026-11-25T09:30:00.000Z", "2026-11-25T09:30:00.000Z");
    }

    private static BulkStates bulk(List<AgentStateRecord> states) {
        return new BulkStates(List.copyOf(states), Optional.of(LAST_POLL_TIME), 200, false);
    }

    static Step<BulkStates> bulkAnswer(int status, int agents) {
        List<AgentStateRecord> states = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            states.add(state(1001 + i, 1, "Available", null));
        }
        return Step.ok(new BulkStates(states, Optional.of(LAST_POLL_TIME), status, status == 304));
    }
}
