package dev.cxmon.diagnose;

import dev.cxmon.auth.CxoneSession;
import dev.cxmon.auth.IssuedToken;
import dev.cxmon.auth.JwtClaims;
import dev.cxmon.auth.OpenIdConfiguration;
import dev.cxmon.config.ClientAuthMethod;
import dev.cxmon.cxone.AgentRecord;
import dev.cxmon.cxone.AgentRef;
import dev.cxmon.cxone.AgentStateRecord;
import dev.cxmon.cxone.ApiEndpoints;
import dev.cxmon.cxone.BulkStates;
import dev.cxmon.cxone.CxoneApi;
import dev.cxmon.cxone.CxoneCallException;
import dev.cxmon.cxone.Exchange;
import dev.cxmon.cxone.ExchangeListener;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.cxone.RestClients;
import dev.cxmon.cxone.SkillActivity;
import dev.cxmon.cxone.UserRecord;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Gathers the evidence for one diagnosis over the network, in the order a person would check:
 * configuration, discovery, token, API base, identity, the agent's state, skills, the bulk endpoint, skill activity.
 * It only collects; {@link DiagnosisRules} judges.
 */
public final class EvidenceCollector {

    static final String EPOCH = "1970-01-01T00:00:00.000Z";

    private final RestClients clients;
    private final Clock clock;
    private final boolean readSkillActivity;

    public EvidenceCollector(RestClients clients, Clock clock) {
        this(clients, clock, true);
    }

    /** @param readSkillActivity false (cxone.metrics.skills=false) makes no GET /skills/activity call */
    public EvidenceCollector(RestClients clients, Clock clock, boolean readSkillActivity) {
        this.clients = clients;
        this.clock = clock;
        this.readSkillActivity = readSkillActivity;
    }

    /** With a session of its own: its own token, no rate limit (the CLI). */
    public Evidence collect(DiagnosisRequest request) {
        return new Run(request, trail -> new CxoneSession(request.settings(), clients, trail, clock)).collect();
    }

    /** Through a running daemon's session: its token and its rate limit, the calls counted where the daemon counts its own. */
    public Evidence collectWith(CxoneSession shared, DiagnosisRequest request) {
        return new Run(request, shared::alsoReportingTo).collect();
    }

    private final class Run {
        private final DiagnosisRequest request;
        private final AgentRef ref;
        private final Function<ExchangeListener, CxoneSession> sessionFor;
        private final List<Exchange> trail = new CopyOnWriteArrayList<>();
        private Step<OpenIdConfiguration> openId = Step.skipped();
        private Step<IssuedToken> token = Step.skipped();
        private Optional<ClientAuthMethod> otherMethodWorks = Optional.empty();
        private Step<ApiEndpoints> endpoints = Step.skipped();
        private Evidence.Identity identity = Evidence.Identity.none();
        private Step<Optional<AgentStateRecord>> state = Step.skipped();
        private Step<List<String>> skills = Step.skipped();
        private Step<BulkStates> bulkEpoch = Step.skipped();
        private Step<BulkStates> bulkSinceLastPoll = Step.skipped();
        private Step<BulkStates> bulkUserSince = Step.skipped();
        private Step<SkillActivity> skillActivity = Step.skipped();

        Run(DiagnosisRequest request, Function<ExchangeListener, CxoneSession> sessionFor) {
            this.request = request;
            this.sessionFor = sessionFor;
            this.ref = AgentRef.parse(request.agentRef());
        }

        Evidence collect() {
            if (request.configProblems().isEmpty() && request.tutorialEndpoints().isEmpty()) {
                talkToCxone();
            }
            var s = request.settings();
            return new Evidence(ref, clock.instant(), s.authUrl().toString(), s.apiUrl().map(Object::toString), s.usesGivenToken(),
                    s.clientAuthMethod(), request.configProblems(), request.tutorialEndpoints(), openId, token, otherMethodWorks,
                    endpoints, identity, state, skills, bulkEpoch, bulkSinceLastPoll, request.userUpdatedSince(), bulkUserSince,
                    skillActivity, List.copyOf(trail));
        }

        private void talkToCxone() {
            CxoneSession session = sessionFor.apply(trail::add);
            if (!request.settings().usesGivenToken()) {
                openId = step(() -> session.tokens().openIdConfiguration());
                if (!openId.succeeded()) {
                    return;
                }
            }
            token = step(() -> session.tokens().current());
            if (!token.succeeded()) {
                tryOtherClientAuthMethod(session);
                return;
            }
            endpoints = step(() -> session.api().endpoints());
            if (!endpoints.succeeded()) {
                return;
            }
            CxoneApi api = session.api();
            identity = resolveIdentity(api);
            bulkEpoch = step(() -> api.bulkStates(Optional.of(EPOCH)));
            if (identity.agentId().isPresent()) {
                String agentId = String.valueOf(identity.agentId().get());
                state = step(() -> api.agentState(agentId));
                if (identity.agent().succeeded()) {
                    skills = step(() -> api.agentSkills(agentId));
                }
            }
            bulkEpoch.valueIfOk().flatMap(BulkStates::lastPollTime)
                    .ifPresent(lastPoll -> bulkSinceLastPoll = step(() -> api.bulkStates(Optional.of(lastPoll))));
            request.userUpdatedSince().ifPresent(since -> bulkUserSince = step(() -> api.bulkStates(Optional.of(since))));
            if (readSkillActivity) {
                skillActivity = step(() -> api.skillActivity(Optional.empty()));
            }
        }

        private void tryOtherClientAuthMethod(CxoneSession session) {
            boolean invalidClient = token instanceof Step.Failed<IssuedToken> failed && failed.failure().kind() == FailureKind.AUTH
                    && failed.failure().oauthError().filter("invalid_client"::equals).isPresent();
            if (invalidClient && !request.settings().usesGivenToken()) {
                ClientAuthMethod other = request.settings().clientAuthMethod().other();
                if (step(() -> session.tokens().passwordGrant(other)).succeeded()) {
                    otherMethodWorks = Optional.of(other);
                }
            }
        }

        private Evidence.Identity resolveIdentity(CxoneApi api) {
            Step<List<AgentRecord>> search = Step.skipped();
            Step<Optional<UserRecord>> userById = Step.skipped();
            Step<List<UserRecord>> userSearch = Step.skipped();
            Optional<Long> agentId = Optional.empty();
            switch (ref.kind()) {
                case AGENT_ID -> agentId = Optional.of(Long.parseLong(ref.text()));
                case USER_ID -> {
                    userById = step(() -> api.user(ref.text()));
                    Optional<UserRecord> user = userById.valueIfOk().flatMap(u -> u);
                    if (user.isPresent() && user.get().userName() != null) {
                        Step<List<AgentRecord>> found = step(() -> api.searchAgents(user.get().userName()));
                        search = found;
                        agentId = matchByUserId(found, ref.text()).or(() -> matchByName(found, user.get().userName()));
                    } else {
                        agentId = tokenAgentFor(ref.text());
                    }
                }
                case USER_NAME -> {
                    search = step(() -> api.searchAgents(ref.text()));
                    agentId = matchByName(search, ref.text());
                    if (agentId.isEmpty() && search.succeeded()) {
                        userSearch = step(() -> api.searchUsers(ref.text()));
                    }
                }
                case INVALID -> {
                    return Evidence.Identity.none();
                }
            }
            Step<AgentRecord> agent = Step.skipped();
            if (agentId.isPresent()) {
                String id = String.valueOf(agentId.get());
                agent = step(() -> api.agent(id));
            }
            return new Evidence.Identity(search, userById, userSearch, agentId, agent);
        }

        /** The token's own agent when the UUID given is the token user's own user ID. */
        private Optional<Long> tokenAgentFor(String userId) {
            return token.valueIfOk().flatMap(IssuedToken::claims)
                    .filter(c -> c.user().filter(userId::equalsIgnoreCase).isPresent())
                    .flatMap(JwtClaims::agentId);
        }
    }

    private static Optional<Long> matchByName(Step<List<AgentRecord>> search, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return search.valueIfOk().flatMap(list -> list.stream()
                .filter(a -> a.agentId() != null)
                .filter(a -> wanted.equals(lower(a.userName())) || wanted.equals(lower(a.emailAddress())))
                .map(AgentRecord::agentId)
                .findFirst());
    }

    private static Optional<Long> matchByUserId(Step<List<AgentRecord>> search, String userId) {
        return search.valueIfOk().flatMap(list -> list.stream()
                .filter(a -> a.agentId() != null && userId.equalsIgnoreCase(a.userId()))
                .map(AgentRecord::agentId)
                .findFirst());
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static <T> Step<T> step(Supplier<T> call) {
        try {
            return Step.ok(call.get());
        } catch (CxoneCallException failure) {
            return Step.failed(failure.failure());
        }
    }
}
