package dev.cxmon.diagnose;

import dev.cxmon.auth.IssuedToken;
import dev.cxmon.auth.JwtClaims;
import dev.cxmon.auth.OpenIdConfiguration;
import dev.cxmon.config.ConfigProblem;
import dev.cxmon.cxone.AgentRecord;
import dev.cxmon.cxone.AgentRef;
import dev.cxmon.cxone.AgentStateRecord;
import dev.cxmon.cxone.ApiEndpoints;
import dev.cxmon.cxone.BulkStates;
import dev.cxmon.cxone.CxoneFailure;
import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.cxone.Operation;
import dev.cxmon.cxone.SkillActivity;
import dev.cxmon.cxone.UserRecord;
import dev.cxmon.diagnose.Check.Status;
import dev.cxmon.state.Classification;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Pure rules over collected {@link Evidence}: findings with stable codes, the checklist, and the root
 * cause. No I/O and no clock: "now" is part of the evidence.
 */
public final class DiagnosisRules {

    /** How far this machine's clock may run ahead of CXone's before own-clock updatedSince values miss changes. */
    static final Duration CLOCK_AHEAD_TOLERANCE = Duration.ofSeconds(30);
    private static final String NOT_VISIBLE_SUMMARY = "403 for this agent while the bulk read works: outside the token user's view";

    /** What the collector found: the only input besides the rules themselves. */
    private final Evidence collected;
    private final FindingList findings = new FindingList();
    private final List<Check> checks = new ArrayList<>();

    private DiagnosisRules(Evidence evidence) {
        this.collected = evidence;
    }

    public static DiagnosisReport evaluate(Evidence evidence) {
        return new DiagnosisRules(evidence).run();
    }

    private DiagnosisReport run() {
        if (configuration()) {
            discovery();
            token();
            endpoints();
            identity();
            agentState();
            skills();
            bulk();
            skillActivity();
        }
        return report();
    }

    private boolean configuration() {
        for (ConfigProblem p : collected.tutorialEndpoints()) {
            findings.add(Finding.of(DiagnosisCode.TUTORIAL_ENDPOINT,
                    p.key() + " points at a tutorial endpoint that does not exist on CXone",
                    List.of(p.key() + ": " + p.problem(), "real equivalent: " + p.fix())));
        }
        for (ConfigProblem p : collected.configProblems()) {
            boolean argument = p.key().startsWith("--");
            Finding finding = Finding.of(DiagnosisCode.CONFIG_INVALID,
                    (argument ? "Invalid argument: " : "Invalid configuration: ") + p.key(),
                    List.of(p.describe()));
            findings.add(argument ? finding.withFix("Correct the argument: " + p.fix() + ".") : finding);
        }
        boolean valid = collected.tutorialEndpoints().isEmpty() && collected.configProblems().isEmpty();
        checks.add(new Check("configuration", valid ? Status.OK : Status.FAIL, valid
                ? "auth " + collected.authUrl() + ", API " + collected.apiUrl().orElse("discovered from the token")
                        + (collected.givenToken() ? ", given access token"
                                : ", password grant (" + collected.clientAuthMethod().oauthName() + ")")
                : (collected.tutorialEndpoints().size() + collected.configProblems().size()) + " problem(s)"));
        return valid;
    }

    private void discovery() {
        Step<OpenIdConfiguration> openId = collected.openId();
        if (openId instanceof Step.Ok<OpenIdConfiguration> ok) {
            checks.add(new Check("discovery", Status.OK, "token endpoint " + ok.value().tokenEndpoint()));
            return;
        }
        if (!(openId instanceof Step.Failed<OpenIdConfiguration> failed)) {
            checks.add(new Check("discovery", Status.SKIPPED, collected.givenToken() ? "not needed with a given token" : "not reached"));
            return;
        }
        CxoneFailure failure = failed.failure();
        if (failure.status() == 404) {
            findings.add(Finding.of(DiagnosisCode.CONFIG_INVALID, "cxone.auth-url does not serve OpenID discovery",
                    withFirst("cxone.auth-url=" + collected.authUrl() + " answered 404 to /.well-known/openid-configuration",
                            FailureFindings.evidenceOf(failure))));
        } else {
            findings.add(failureFinding(failure, "fetching " + collected.authUrl() + "/.well-known/openid-configuration"));
        }
        checks.add(new Check("discovery", Status.FAIL, failure.message()));
    }

    private void token() {
        Step<IssuedToken> token = collected.token();
        if (token instanceof Step.Skipped) {
            checks.add(new Check("token", Status.SKIPPED, "not reached"));
            return;
        }
        if (token instanceof Step.Failed<IssuedToken> failed) {
            CxoneFailure failure = failed.failure();
            if (failure.kind() == FailureKind.AUTH) {
                findings.add(credentialsFinding(failure));
            } else {
                findings.add(failureFinding(failure, "requesting a token"));
            }
            checks.add(new Check("token", Status.FAIL, failure.message()));
            return;
        }
        Optional<JwtClaims> claims = token.valueIfOk().flatMap(IssuedToken::claims);
        if (claims.isEmpty()) {
            checks.add(new Check("token", Status.WARN, "opaque token: its claims cannot be read, so user and tenant are unknown"));
            return;
        }
        JwtClaims c = claims.get();
        String summary = claimSummary(c);
        if (c.expiredAt(collected.now())) {
            findings.add(Finding.of(DiagnosisCode.TOKEN_EXPIRED, "The access token expired at " + c.expiresAt().orElseThrow(),
                    List.of("claim exp=" + c.expiresAt().orElseThrow() + " is not after now=" + collected.now(), summary)));
            checks.add(new Check("token", Status.FAIL, "expired at " + c.expiresAt().orElseThrow()));
            return;
        }
        if (!c.hasUserContext()) {
            findings.add(Finding.of(DiagnosisCode.TOKEN_NO_USER_CONTEXT,
                    "The token carries no user: no userId, user subject or icAgentId claim",
                    List.of(summary)));
            checks.add(new Check("token", Status.WARN, "no user context; " + summary));
            return;
        }
        checks.add(new Check("token", Status.OK, summary));
    }

    private Finding credentialsFinding(CxoneFailure failure) {
        List<String> evidence = FailureFindings.evidenceOf(failure);
        String error = failure.oauthError().orElse("");
        if (collected.givenToken()) {
            return Finding.of(tokenExpired() ? DiagnosisCode.TOKEN_EXPIRED : DiagnosisCode.AUTH_INVALID_CREDENTIALS,
                    "CXone refused the given cxone.access-token", evidence);
        }
        if (collected.otherMethodWorks().isPresent()) {
            var works = collected.otherMethodWorks().get();
            evidence = withLast(evidence, "the same credentials succeed with " + works.oauthName());
            return Finding.of(DiagnosisCode.AUTH_INVALID_CREDENTIALS,
                    "Client authentication method mismatch: the application is registered for "
                    + works.oauthName() + " but the monitor sends " + collected.clientAuthMethod().oauthName(), evidence)
                    .withFix("Set cxone.client-auth-method=" + works.name().toLowerCase() + " (the method registered for the application).");
        }
        if (error.equals("invalid_client")) {
            return Finding.of(DiagnosisCode.AUTH_INVALID_CREDENTIALS,
                    "The token endpoint rejected the application (invalid_client): client ID or client secret is wrong", evidence);
        }
        if (error.equals("invalid_grant")) {
            return Finding.of(DiagnosisCode.AUTH_INVALID_CREDENTIALS,
                    "The token endpoint rejected the access key (invalid_grant): access key ID or secret is wrong", evidence);
        }
        return Finding.of(DiagnosisCode.AUTH_INVALID_CREDENTIALS, "The token endpoint refused the credentials", evidence);
    }

    private void endpoints() {
        Step<ApiEndpoints> endpoints = collected.endpoints();
        if (endpoints instanceof Step.Ok<ApiEndpoints> ok) {
            checks.add(new Check("API base", Status.OK, ok.value().servicesBase().toString()));
            return;
        }
        if (!(endpoints instanceof Step.Failed<ApiEndpoints> failed)) {
            checks.add(new Check("API base", Status.SKIPPED, "not reached"));
            return;
        }
        CxoneFailure failure = failed.failure();
        if (failure.cause() == FailureCause.UNEXPECTED_SHAPE && failure.exchange().operation().equals(Operation.TENANT_DISCOVERY.name())
                && !failure.exchange().answered()) {
            findings.add(Finding.of(DiagnosisCode.CONFIG_INVALID,
                    "cxone.api-url is needed: the token has no tenantId to discover the API host",
                    List.of(failure.message())));
        } else {
            findings.add(failureFinding(failure, "discovering the API host"));
        }
        checks.add(new Check("API base", Status.FAIL, failure.message()));
    }

    private void identity() {
        Evidence.Identity id = collected.identity();
        AgentRef ref = collected.ref();
        if (!collected.endpoints().succeeded()) {
            checks.add(new Check("identity", Status.SKIPPED, "not reached"));
            return;
        }
        if (ref.kind() == AgentRef.Kind.INVALID) {
            findings.add(Finding.of(DiagnosisCode.CONFIG_INVALID, "--agent '" + ref.text() + "' is neither an agent ID nor a user name",
                    List.of("an agent ID is a number such as 1001; a user name looks like name@example.com")));
            checks.add(new Check("identity", Status.FAIL, "unusable agent reference"));
            return;
        }
        if (ref.kind() == AgentRef.Kind.USER_ID) {
            findings.add(userIdAsAgentId(id));
        }
        if (ref.kind() == AgentRef.Kind.USER_NAME && id.agentId().isEmpty()) {
            nameNotResolved(id);
            return;
        }
        Step<AgentRecord> agent = id.agent();
        if (agent instanceof Step.Failed<AgentRecord> failed) {
            CxoneFailure failure = failed.failure();
            Step<?> state = collected.state();
            if (failure.kind() == FailureKind.AGENT_ID) {
                findings.add(agentNotFound(id.agentId().orElseThrow(), failure));
            } else if (failure.kind() == FailureKind.SCOPE && bulkReads() && (!state.attempted() || state.failedWith(FailureKind.SCOPE))) {
                // Its state is refused too, while the bulk read works: this agent is outside the view, no permission is missing.
                findings.add(notVisible(id.agentId().orElseThrow(), failure));
                checks.add(new Check("identity", Status.FAIL, NOT_VISIBLE_SUMMARY));
                return;
            } else {
                findings.add(failureFinding(failure, "looking up agent " + id.agentId().orElseThrow()));
            }
            checks.add(new Check("identity", Status.FAIL, failure.message()));
            return;
        }
        if (!(agent instanceof Step.Ok<AgentRecord> ok)) {
            checks.add(new Check("identity", Status.FAIL, "no agent ID to look up"));
            return;
        }
        AgentRecord record = ok.value();
        // A FAULT, so it is the root cause over the agent's (logged-out) state, as AgentCodes.forAgent judges it for the daemon.
        if (record.inactive()) {
            findings.add(Finding.of(DiagnosisCode.AGENT_INACTIVE, agentLabel() + " is inactive in CXone",
                    List.of(agentLookupLine() + ": isActive=false")));
            checks.add(new Check("identity", Status.FAIL, agentLabel() + " is inactive"));
            return;
        }
        checks.add(new Check("identity", Status.OK, agentLabel() + (record.teamName() != null ? ", team " + record.teamName() : "")));
    }

    private Finding userIdAsAgentId(Evidence.Identity id) {
        List<String> evidence = new ArrayList<>();
        evidence.add("'" + collected.ref().text() + "' is a UUID: CXone user IDs are UUIDs, agent IDs are integers");
        id.userById().valueIfOk().flatMap(u -> u).ifPresent(u -> evidence.add("User Hub: it is the user ID of " + u.userName()));
        id.agentId().ifPresent(agentId -> evidence.add("that user's agent ID is " + agentId));
        String title = id.agentId().map(agentId -> "A user ID was used where the agent ID belongs: use " + agentId)
                .orElse("A user ID was used where the numeric agent ID belongs");
        return Finding.of(DiagnosisCode.USER_ID_USED_AS_AGENT_ID, title, evidence);
    }

    private void nameNotResolved(Evidence.Identity id) {
        String name = collected.ref().text();
        if (id.agentSearch() instanceof Step.Failed<List<AgentRecord>> failed) {
            findings.add(failureFinding(failed.failure(), "searching agents for " + name));
            checks.add(new Check("identity", Status.FAIL, failed.failure().message()));
            return;
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("GET /agents?searchString=" + name + " found no agent with that user name");
        if (restrictedView() && !name.equalsIgnoreCase(claims().flatMap(JwtClaims::name).orElse(""))) {
            findings.add(mismatch(name, evidence));
            checks.add(new Check("identity", Status.FAIL, "not visible to the token's user"));
            return;
        }
        Step<List<UserRecord>> users = id.userSearch();
        Optional<UserRecord> firstUser = users.valueIfOk().flatMap(found -> found.stream().findFirst());
        if (firstUser.isPresent()) {
            UserRecord user = firstUser.get();
            evidence.add("User Hub has user " + user.userName() + " (id " + user.id() + ", status " + user.status() + ") with no agent record");
            findings.add(Finding.of(AgentCodes.unknownAgent(collected.ref().kind(), true), "User " + name + " exists but is not an agent", evidence));
            checks.add(new Check("identity", Status.FAIL, name + " is a user without the agent role"));
            return;
        }
        if (users.succeeded()) {
            evidence.add("User Hub search by user name found no user either");
            findings.add(Finding.of(DiagnosisCode.USER_NOT_FOUND, "No user named " + name, evidence));
        } else {
            Optional<CxoneFailure> failure = users.failureIfAny();
            failure.filter(f -> f.kind() == FailureKind.NETWORK || f.kind() == FailureKind.SERVER || f.kind() == FailureKind.RATE_LIMITED)
                    .ifPresent(f -> findings.add(failureFinding(f, "searching the user directory")));
            evidence.add("the user directory could not be searched"
                    + failure.map(f -> " (" + f.exchange().describe() + ")").orElse("")
                    + ": this tenant gives no way to tell 'no such user' from 'user is not an agent', so the diagnosis does not guess");
            findings.add(Finding.of(DiagnosisCode.USER_NOT_FOUND,
                    "No agent named " + name + " (cannot tell whether such a user exists)", evidence));
        }
        checks.add(new Check("identity", Status.FAIL, "no agent named " + name));
    }

    private Finding agentNotFound(long agentId, CxoneFailure failure) {
        List<String> evidence = FailureFindings.evidenceOf(failure);
        if (bulkEndpointMissing()) {
            collected.bulkEpoch().failureIfAny()
                    .ifPresent(bulk -> evidence.add(bulk.exchange().describe() + ": even the bulk endpoint does not exist here"));
            return wrongApiBase(evidence);
        }
        if (restrictedView() && claims().flatMap(JwtClaims::agentId).filter(own -> own != agentId).isPresent()) {
            return mismatch("agent " + agentId, evidence);
        }
        String title = failure.status() == 400 ? "CXone rejects " + agentId + " as an agent ID" : "No agent with ID " + agentId;
        return Finding.of(DiagnosisCode.AGENT_NOT_FOUND, title, evidence);
    }

    /** 404 on agents/states cannot mean an unknown agent: the API base or version is wrong. */
    private boolean bulkEndpointMissing() {
        return collected.bulkEpoch().failureIfAny().filter(failure -> failure.status() == 404).isPresent();
    }

    private static Finding wrongApiBase(List<String> evidence) {
        return Finding.of(DiagnosisCode.CONFIG_INVALID,
                "The API base URL or version is wrong: CXone's agent resources answer 404 there", evidence)
                .withFix("Check cxone.api-url ({api_endpoint}/incontactapi/services/v27.0) and cxone.api-version, "
                        + "or unset cxone.api-url to let it be discovered.");
    }

    private Finding mismatch(String what, List<String> evidence) {
        JwtClaims c = claims().orElseThrow();
        List<String> lines = new ArrayList<>(evidence);
        lines.add("the token belongs to agent " + c.icAgentId().orElse("?") + c.name().map(n -> " (" + n + ")").orElse("")
                + c.teamId().map(t -> ", team " + t).orElse(""));
        collected.bulkEpoch().valueIfOk().ifPresent(bulk -> lines.add("its bulk view (updatedSince=epoch) shows " + bulk.states().size()
                + " agent(s), all its own or its team's"));
        return Finding.of(DiagnosisCode.TOKEN_USER_MISMATCH,
                what + " is not visible to the token's user (agent " + c.icAgentId().orElse("?") + "); the agent may exist", lines);
    }

    private void agentState() {
        Step<Optional<AgentStateRecord>> state = collected.state();
        if (state instanceof Step.Ok<Optional<AgentStateRecord>> ok) {
            Optional<AgentStateRecord> record = ok.value();
            if (record.isPresent()) {
                Finding finding = StateFindings.forRecord(agentLabel(), record.get(), List.of(stateLine(record.get())));
                findings.add(finding);
                checks.add(new Check("agent state", finding.severity() == Severity.INFO ? Status.OK : Status.WARN, finding.title()));
            } else {
                findings.add(Finding.of(DiagnosisCode.AGENT_LOGGED_OUT, agentLabel() + " is logged out (no session)",
                        List.of(stateUrl() + " answered with no state record: the agent has no session")));
                checks.add(new Check("agent state", Status.OK, "logged out (no session)"));
            }
            return;
        }
        if (!(state instanceof Step.Failed<?> failed)) {
            checks.add(new Check("agent state", Status.SKIPPED, "not reached"));
            return;
        }
        CxoneFailure failure = failed.failure();
        if (failure.kind() == FailureKind.AGENT_ID) {
            if (collected.identity().agent().succeeded()) {
                findings.add(Finding.of(DiagnosisCode.AGENT_LOGGED_OUT, agentLabel() + " is logged out (no session)",
                        withLast(FailureFindings.evidenceOf(failure), agentLookupLine()
                                + " shows the agent exists, so 404 on its states means it has no session")));
                checks.add(new Check("agent state", Status.OK, "logged out (404 for an existing agent: no session)"));
            } else {
                checks.add(new Check("agent state", Status.FAIL, failure.message()));
            }
            return;
        }
        if (failure.kind() == FailureKind.SCOPE && bulkReads()) {
            findings.add(notVisible(collected.identity().agentId().orElseThrow(), failure));
            checks.add(new Check("agent state", Status.FAIL, NOT_VISIBLE_SUMMARY));
            return;
        }
        findings.add(failureFinding(failure, "reading the agent's state"));
        checks.add(new Check("agent state", Status.FAIL, failure.message()));
    }

    /** The bulk read with the same token worked, which proves the token may read agent states. */
    private boolean bulkReads() {
        return collected.bulkEpoch().succeeded();
    }

    /**
     * 403 for one agent while the bulk read with the same token works: some tenants answer an agent's own key this way for
     * any other agent (others answer 404). The token lacks no permission; the agent is outside its user's view.
     */
    private Finding notVisible(long agentId, CxoneFailure failure) {
        List<String> evidence = new ArrayList<>(FailureFindings.evidenceOf(failure));
        BulkStates bulk = collected.bulkEpoch().valueIfOk().orElseThrow();
        List<String> listed = bulk.states().stream().map(AgentStateRecord::agentId).filter(Objects::nonNull).limit(5)
                .map(String::valueOf).toList();
        evidence.add("GET .../agents/states?updatedSince=1970-01-01T00:00:00.000Z with the same token -> HTTP " + bulk.httpStatus()
                + " with " + bulk.states().size() + " agent(s)" + (listed.isEmpty() ? "" : " (" + String.join(", ", listed)
                + (bulk.states().size() > listed.size() ? ", ..." : "") + ")")
                + ": the token may read agent states, so the 403 is about this agent, not a missing permission");
        Optional<JwtClaims> c = claims();
        c.filter(x -> x.icAgentId().isPresent()).ifPresent(x -> evidence.add("the token belongs to agent " + x.icAgentId().get()
                + x.name().map(n -> " (" + n + ")").orElse("") + x.teamId().map(t -> ", team " + t).orElse("")));
        String owner = c.flatMap(JwtClaims::icAgentId).map(a -> " (agent " + a + ")").orElse("");
        return Finding.of(DiagnosisCode.TOKEN_USER_MISMATCH, "Agent " + agentId + " is not visible to the token's user" + owner
                + ": CXone answers 403 for it while the bulk read with the same token works; the agent may exist", evidence);
    }

    private void skills() {
        Step<List<String>> skills = collected.skills();
        if (skills instanceof Step.Failed<List<String>> failed) {
            checks.add(new Check("skills", Status.WARN, "could not be read: " + failed.failure().message()));
            return;
        }
        if (!(skills instanceof Step.Ok<List<String>> assigned)) {
            return;
        }
        if (assigned.value().isEmpty()) {
            findings.add(Finding.of(DiagnosisCode.AGENT_NO_SKILLS, agentLabel() + " has no skill assigned",
                    List.of("GET .../agents/" + agentIdText() + "/skills returned no skill assignment")));
            checks.add(new Check("skills", Status.WARN, "none assigned"));
        } else {
            checks.add(new Check("skills", Status.OK, String.join(", ", assigned.value())));
        }
    }

    /** GET /skills/activity, which the daemon reads once per poll for the cxone_skill_* metrics; not asked: no check. */
    private void skillActivity() {
        Step<SkillActivity> activity = collected.skillActivity();
        if (activity instanceof Step.Ok<SkillActivity> ok) {
            checks.add(new Check("skill activity", Status.OK, ok.value().skills().size() + " skill(s) visible to the token"));
            return;
        }
        if (!(activity instanceof Step.Failed<SkillActivity> failed)) {
            return;
        }
        CxoneFailure failure = failed.failure();
        if (failure.kind() == FailureKind.SCOPE) {
            List<String> evidence = new ArrayList<>(FailureFindings.evidenceOf(failure));
            evidence.add("the daemon's cxone_skill_* series stay absent and cxone_skill_poll_errors_total{reason=\"scope\"} counts every poll; "
                    + "its agent metrics are not affected");
            findings.add(Finding.of(DiagnosisCode.SKILL_ACTIVITY_SCOPE,
                    "The token may not read skill activity (GET /skills/activity answers 403): no skill staffing or queue metrics", evidence));
        }
        checks.add(new Check("skill activity", Status.WARN, "could not be read: " + failure.message()));
    }

    private void bulk() {
        Step<BulkStates> epoch = collected.bulkEpoch();
        if (epoch instanceof Step.Failed<BulkStates> failed) {
            findings.add(bulkEndpointMissing() ? wrongApiBase(FailureFindings.evidenceOf(failed.failure()))
                    : failureFinding(failed.failure(), "reading the bulk agent states"));
            checks.add(new Check("bulk states", Status.FAIL, failed.failure().message()));
            return;
        }
        if (!(epoch instanceof Step.Ok<BulkStates> ok)) {
            checks.add(new Check("bulk states", Status.SKIPPED, "not reached"));
            return;
        }
        BulkStates snapshot = ok.value();
        List<String> summary = new ArrayList<>();
        summary.add("epoch: " + snapshot.states().size() + " agent(s)");
        Optional<Long> agentId = collected.identity().agentId();
        boolean agentExists = collected.identity().agent().succeeded();
        if (agentId.isPresent() && agentExists) {
            boolean visible = snapshot.states().stream().anyMatch(s -> agentId.get().equals(s.agentId()));
            summary.add(visible ? "agent listed" : "agent NOT listed");
            if (!visible) {
                List<String> evidence = new ArrayList<>();
                evidence.add("GET .../agents/states?updatedSince=1970-01-01T00:00:00.000Z -> HTTP " + snapshot.httpStatus() + " with "
                        + snapshot.states().size() + " agent(s), none with agentId " + agentId.get());
                collected.state().valueIfOk().flatMap(s -> s)
                        .ifPresent(r -> evidence.add("the per-agent endpoint shows it: " + r.stateLabel()));
                otherBusinessUnit().ifPresent(evidence::add);
                if (collected.skills().valueIfOk().filter(List::isEmpty).isPresent()) {
                    evidence.add("the agent has no skill; views that list agents by skill leave it out");
                }
                findings.add(Finding.of(DiagnosisCode.BULK_NOT_VISIBLE, agentLabel() + " is missing from the bulk agent states", evidence));
            }
        }
        clockAhead(snapshot).ifPresent(findings::add);
        Step<BulkStates> recent = collected.bulkSinceLastPoll();
        if (recent instanceof Step.Ok<BulkStates> unchanged && unchanged.value().notModified()) {
            int status = unchanged.value().httpStatus();
            summary.add("since lastPollTime: " + (status == 304 ? "304 Not Modified" : "no change"));
            findings.add(Finding.of(DiagnosisCode.BULK_NOT_MODIFIED,
                    "The bulk endpoint answers 'nothing changed' for updatedSince=lastPollTime",
                    List.of("updatedSince=" + snapshot.lastPollTime().orElse("?") + " (the server's lastPollTime) -> HTTP "
                            + status + " with no agents: no change since, not 'no agents'",
                            "the same endpoint with updatedSince=epoch listed " + snapshot.states().size() + " agent(s)")));
        } else if (recent instanceof Step.Failed<BulkStates> failed) {
            findings.add(failureFinding(failed.failure(), "reading bulk changes since lastPollTime"));
        }
        userUpdatedSince(snapshot, summary);
        checks.add(new Check("bulk states",
                findings.has(DiagnosisCode.BULK_NOT_VISIBLE) ? Status.WARN : Status.OK, String.join("; ", summary)));
    }

    /**
     * The agent's record names a business unit other than the token's: the bulk call asks for the token's unit unless
     * cxone.business-units names more (cxone-api.md §4a).
     */
    private Optional<String> otherBusinessUnit() {
        Optional<Long> agentUnit = collected.state().valueIfOk().flatMap(s -> s).map(AgentStateRecord::businessUnitId);
        Optional<String> tokenUnit = claims().flatMap(JwtClaims::icBUId).map(String::trim);
        if (agentUnit.isEmpty() || tokenUnit.isEmpty() || tokenUnit.get().equals(String.valueOf(agentUnit.get()))) {
            return Optional.empty();
        }
        return Optional.of("the agent's record is in business unit " + agentUnit.get() + ", the token's is " + tokenUnit.get()
                + " (icBUId): the bulk call asks for the token's business unit unless cxone.business-units names "
                + agentUnit.get());
    }

    private void userUpdatedSince(BulkStates snapshot, List<String> summary) {
        Step<BulkStates> mine = collected.bulkUserSince();
        if (collected.userUpdatedSince().isEmpty()) {
            return;
        }
        String since = collected.userUpdatedSince().get();
        if (mine instanceof Step.Failed<BulkStates> failed) {
            CxoneFailure failure = failed.failure();
            if (failure.cause() == FailureCause.REQUEST_REJECTED) {
                findings.add(Finding.of(DiagnosisCode.CONFIG_INVALID,
                        "--updated-since '" + since + "' was rejected by CXone as a parameter value",
                        FailureFindings.evidenceOf(failure))
                        .withFix("Correct the argument: " + UpdatedSince.FIX + "."));
                return;
            }
            findings.add(failureFinding(failure, "reading bulk states with updatedSince=" + since));
            return;
        }
        if (!(mine instanceof Step.Ok<BulkStates> ok)) {
            return;
        }
        BulkStates answer = ok.value();
        summary.add("your updatedSince: " + answer.states().size() + " agent(s)");
        if (answer.states().isEmpty() && !snapshot.states().isEmpty()) {
            findings.add(Finding.of(DiagnosisCode.BULK_UPDATED_SINCE_TOO_LATE,
                    "updatedSince=" + since + " returns no agents because none changed after it",
                    List.of("updatedSince=" + since + " -> HTTP " + answer.httpStatus() + " with no agents",
                            "updatedSince=1970-01-01T00:00:00.000Z -> " + snapshot.states().size() + " agent(s)",
                            "updatedSince filters by change time; it is not a 'give me everyone' parameter"))
                    .withSeverity(Severity.WARNING));
        }
    }

    private Optional<Finding> clockAhead(BulkStates snapshot) {
        Optional<Instant> serverTime = snapshot.lastPollTime().flatMap(DiagnosisRules::parseInstant);
        if (serverTime.isEmpty()) {
            return Optional.empty();
        }
        Duration ahead = Duration.between(serverTime.get(), collected.now());
        if (ahead.compareTo(CLOCK_AHEAD_TOLERANCE) <= 0) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(DiagnosisCode.BULK_UPDATED_SINCE_TOO_LATE,
                "This machine's clock runs " + ahead.toSeconds() + " s ahead of CXone's: own-clock updatedSince values miss changes",
                List.of("server lastPollTime=" + serverTime.get() + ", local clock=" + collected.now()))
                .withSeverity(Severity.WARNING));
    }

    private DiagnosisReport report() {
        Optional<Finding> root = findings.root();
        Severity severity = root.map(Finding::severity).orElse(Severity.INCOMPLETE);
        return new DiagnosisReport(
                collected.ref().text(),
                collected.identity().agentId().orElse(null),
                root.map(Finding::code).orElse(null),
                severity,
                severity.exitCode(),
                root.map(Finding::title).orElse("The diagnosis could not finish"),
                root.map(Finding::fix).orElse("See the checks and evidence below."),
                root.map(Finding::docs).orElse(null),
                agentSummary(),
                findings.all(),
                List.copyOf(checks),
                collected.trail(),
                collected.now());
    }

    private DiagnosisReport.AgentSummary agentSummary() {
        Optional<AgentRecord> agent = collected.identity().agent().valueIfOk();
        Optional<AgentStateRecord> state = collected.state().valueIfOk().flatMap(s -> s);
        if (agent.isEmpty() && state.isEmpty()) {
            return null;
        }
        Optional<Classification> c = state.map(AgentStateRecord::classify);
        boolean loggedOutNoSession = c.isEmpty() && findings.has(DiagnosisCode.AGENT_LOGGED_OUT);
        return new DiagnosisReport.AgentSummary(
                collected.identity().agentId().orElse(null),
                agent.map(AgentRecord::userName).or(() -> state.map(AgentStateRecord::userName)).orElse(null),
                agent.map(AgentRecord::displayName).orElse(null),
                agent.map(AgentRecord::teamName).or(() -> state.map(AgentStateRecord::teamName)).orElse(null),
                c.map(x -> x.status().name()).orElse(loggedOutNoSession ? "LOGGED_OUT" : null),
                c.map(x -> x.availability().name()).orElse(loggedOutNoSession ? "LOGGED_OUT" : null),
                state.map(AgentStateRecord::stateLabel).orElse(null),
                c.flatMap(Classification::reason).orElse(null));
    }

    private Finding failureFinding(CxoneFailure failure, String what) {
        return FailureFindings.forFailure(failure, what, collected.ref().kind(), tokenExpired());
    }

    private boolean tokenExpired() {
        return claims().map(c -> c.expiredAt(collected.now())).orElse(false);
    }

    private Optional<JwtClaims> claims() {
        return collected.token().valueIfOk().flatMap(IssuedToken::claims);
    }

    /** The token's user is an agent whose bulk view holds only itself or its own team. */
    private boolean restrictedView() {
        Optional<JwtClaims> c = claims();
        Optional<BulkStates> snapshot = collected.bulkEpoch().valueIfOk();
        if (c.isEmpty() || c.get().agentId().isEmpty() || snapshot.isEmpty()) {
            return false;
        }
        long own = c.get().agentId().get();
        Optional<String> team = c.get().teamId();
        return snapshot.get().states().stream().allMatch(s -> Objects.equals(s.agentId(), own)
                || team.isPresent() && team.get().equals(s.teamId()));
    }

    private String agentLabel() {
        String id = agentIdText();
        String name = collected.identity().agent().valueIfOk().map(AgentRecord::userName)
                .or(() -> collected.state().valueIfOk().flatMap(s -> s).map(AgentStateRecord::userName)).orElse(null);
        return "Agent " + id + (name != null ? " (" + name + ")" : "");
    }

    private String agentIdText() {
        return collected.identity().agentId().map(String::valueOf).orElse(collected.ref().text());
    }

    private String agentLookupLine() {
        return "GET .../agents/" + agentIdText();
    }

    private String stateUrl() {
        return "GET .../agents/" + agentIdText() + "/states";
    }

    private String stateLine(AgentStateRecord r) {
        StringBuilder line = new StringBuilder(stateUrl() + ": " + r.stateLabel());
        if (r.outStateDescription() != null) {
            line.append(", outStateDescription=").append(r.outStateDescription());
        }
        if (r.startDate() != null) {
            line.append(", since ").append(r.startDate());
        }
        return line.toString();
    }

    private static String claimSummary(JwtClaims c) {
        List<String> parts = new ArrayList<>();
        c.user().ifPresent(u -> parts.add("user " + u));
        c.name().ifPresent(n -> parts.add("name " + n));
        c.icAgentId().ifPresent(a -> parts.add("agent " + a));
        c.teamId().ifPresent(t -> parts.add("team " + t));
        c.tenantId().ifPresent(t -> parts.add("tenant " + t));
        c.icBUId().ifPresent(b -> parts.add("BU " + b));
        c.icClusterId().ifPresent(k -> parts.add("cluster " + k));
        if (!c.scopes().isEmpty()) {
            parts.add("scopes " + String.join(" ", c.scopes()));
        }
        c.expiresAt().ifPresent(x -> parts.add("exp " + x));
        return "token claims: " + (parts.isEmpty() ? "none of the expected claims" : String.join(", ", parts));
    }

    private static Optional<Instant> parseInstant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    private static List<String> withFirst(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static List<String> withLast(List<String> rest, String last) {
        List<String> all = new ArrayList<>(rest);
        all.add(last);
        return all;
    }
}
