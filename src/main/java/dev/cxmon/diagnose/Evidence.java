package dev.cxmon.diagnose;

import dev.cxmon.auth.IssuedToken;
import dev.cxmon.auth.OpenIdConfiguration;
import dev.cxmon.config.ClientAuthMethod;
import dev.cxmon.config.ConfigProblem;
import dev.cxmon.cxone.AgentRecord;
import dev.cxmon.cxone.AgentRef;
import dev.cxmon.cxone.AgentStateRecord;
import dev.cxmon.cxone.ApiEndpoints;
import dev.cxmon.cxone.BulkStates;
import dev.cxmon.cxone.Exchange;
import dev.cxmon.cxone.SkillActivity;
import dev.cxmon.cxone.UserRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the collector learned, as values. The rules read only this (and {@code now}), so they are
 * pure and can be tested without a network.
 */
public record Evidence(
        AgentRef ref,
        Instant now,
        String authUrl,
        Optional<String> apiUrl,
        boolean givenToken,
        ClientAuthMethod clientAuthMethod,
        List<ConfigProblem> configProblems,
        List<ConfigProblem> tutorialEndpoints,
        Step<OpenIdConfiguration> openId,
        Step<IssuedToken> token,
        Optional<ClientAuthMethod> otherMethodWorks,
        Step<ApiEndpoints> endpoints,
        Identity identity,
        Step<Optional<AgentStateRecord>> state,
        Step<List<String>> skills,
        Step<BulkStates> bulkEpoch,
        Step<BulkStates> bulkSinceLastPoll,
        Optional<String> userUpdatedSince,
        Step<BulkStates> bulkUserSince,
        Step<SkillActivity> skillActivity,
        List<Exchange> trail) {

    /** How the reference was resolved to an agent. */
    public record Identity(
            Step<List<AgentRecord>> agentSearch,
            Step<Optional<UserRecord>> userById,
            Step<List<UserRecord>> userSearch,
            Optional<Long> agentId,
            Step<AgentRecord> agent) {

        public static Identity none() {
            return new Identity(Step.skipped(), Step.skipped(), Step.skipped(), Optional.empty(), Step.skipped());
        }
    }
}
