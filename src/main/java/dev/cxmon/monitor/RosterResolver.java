package dev.cxmon.monitor;

import dev.cxmon.cxone.AgentRecord;
import dev.cxmon.cxone.CxoneApi;
import dev.cxmon.cxone.CxoneCallException;
import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.cxone.UserRecord;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves roster entries to agent IDs: from the bulk view when it lists the agent (its record gives the names for
 * cxone_agent_info), otherwise an ID is confirmed with GET /agents/{id} and a user name is searched; a UUID is refused
 * because it is a user ID. An entry that names no agent is explained as diagnose explains it: a user name User Hub knows
 * is a user without the agent role, a UUID's message names the agent ID to use. A transient failure keeps what is known
 * and is retried at the next resolution.
 */
final class RosterResolver {

    private RosterResolver() {}

    /** The entry resolved from what the poll already has, without a call; none when it is not there. */
    static Optional<ResolvedAgent> fromDirectory(RosterEntry entry, AgentDirectory known) {
        Optional<AgentRecord> record = switch (entry.ref().kind()) {
            case AGENT_ID -> known.agent(Long.parseLong(entry.key()));
            case USER_NAME -> known.userName(entry.key());
            case USER_ID, INVALID -> Optional.empty();
        };
        return record.filter(r -> r.agentId() != null).map(r -> found(entry, r));
    }

    /**
     * @param sharedSearch the agents that searches shared by several user names found, by lower-case user name (see
     *                     UserNameSearch); a user name among them costs no search of its own
     */
    static ResolvedAgent resolve(RosterEntry entry, CxoneApi api, Optional<ResolvedAgent> previous, ResolutionRound round,
            Map<String, AgentRecord> sharedSearch) {
        return switch (entry.ref().kind()) {
            case AGENT_ID -> byAgentId(entry, api, previous, round);
            case USER_NAME -> Optional.ofNullable(sharedSearch.get(entry.key().toLowerCase(Locale.ROOT))).map(r -> found(entry, r))
                    .orElseGet(() -> byUserName(entry, api, previous, round));
            case USER_ID -> userIdGiven(entry, api, round);
            case INVALID -> ResolvedAgent.unresolved(entry, FailureKind.AGENT_ID, "'" + entry.key() + "' is not an agent reference");
        };
    }

    private static ResolvedAgent byAgentId(RosterEntry entry, CxoneApi api, Optional<ResolvedAgent> previous, ResolutionRound round) {
        long agentId = Long.parseLong(entry.key());
        try {
            AgentRecord record = round.call(() -> api.agent(entry.key()));
            return new ResolvedAgent(entry, Optional.of(agentId), Optional.of(record), Optional.empty(), Optional.empty());
        } catch (CxoneCallException e) {
            if (e.failure().kind() == FailureKind.AGENT_ID) {
                return new ResolvedAgent(entry, Optional.of(agentId), Optional.empty(), Optional.of(FailureKind.AGENT_ID),
                        Optional.of("CXone does not know agent " + agentId + " (" + e.failure().status() + ")"));
            }
            // Keep the last confirmed record: a network blip must not make a known agent look unknown.
            return previous.filter(ResolvedAgent::confirmedByCxone)
                    .orElse(new ResolvedAgent(entry, Optional.of(agentId), Optional.empty(), Optional.empty(), Optional.empty()));
        }
    }

    private static ResolvedAgent byUserName(RosterEntry entry, CxoneApi api, Optional<ResolvedAgent> previous, ResolutionRound round) {
        String wanted = entry.key().toLowerCase(Locale.ROOT);
        try {
            List<AgentRecord> candidates = round.call(() -> api.searchAgents(entry.key()));
            return candidates.stream()
                    .filter(a -> a.agentId() != null)
                    .filter(a -> wanted.equals(lower(a.userName())) || wanted.equals(lower(a.emailAddress())))
                    .findFirst()
                    .map(a -> found(entry, a))
                    .orElseGet(() -> noAgentNamed(entry, api, round));
        } catch (CxoneCallException e) {
            return previous.filter(p -> p.agentId().isPresent())
                    .orElse(ResolvedAgent.unresolved(entry, e.failure().kind(), "cannot resolve " + entry.key() + ": " + e.failure().message()));
        }
    }

    /** No agent has this user name: User Hub tells a user without the agent role from no such user, as diagnose does. */
    private static ResolvedAgent noAgentNamed(RosterEntry entry, CxoneApi api, ResolutionRound round) {
        String wanted = entry.key().toLowerCase(Locale.ROOT);
        Optional<UserRecord> user = round.explain(() -> api.searchUsers(entry.key())).flatMap(users -> users.stream()
                .filter(u -> wanted.equals(lower(u.userName())) || wanted.equals(lower(u.emailAddress()))).findFirst());
        if (user.isPresent()) {
            return ResolvedAgent.unresolved(entry, FailureKind.AGENT_ID, FailureCause.USER_WITHOUT_AGENT_ROLE,
                    "user " + entry.key() + " exists but is not an agent (no agent record): give it the agent role or remove it from the roster");
        }
        return ResolvedAgent.unresolved(entry, FailureKind.AGENT_ID,
                "no agent with user name " + entry.key() + " (a user without the agent role, or no such user)");
    }

    /**
     * A UUID is a user ID where the agent ID belongs. It stays an error (the roster is wrong), but the message names the
     * agent ID to use when User Hub and the agent search find that user's agent, as diagnose's finding does.
     */
    private static ResolvedAgent userIdGiven(RosterEntry entry, CxoneApi api, ResolutionRound round) {
        String problem = "'" + entry.key() + "' is a user ID (UUID); the roster needs the numeric agent ID or the user name";
        Optional<UserRecord> user = round.explain(() -> api.user(entry.key())).flatMap(u -> u).filter(u -> u.userName() != null);
        if (user.isEmpty()) {
            return ResolvedAgent.unresolved(entry, FailureKind.AGENT_ID, problem);
        }
        String userName = user.get().userName();
        Optional<AgentRecord> agent = round.explain(() -> api.searchAgents(userName)).flatMap(candidates -> candidates.stream()
                .filter(a -> a.agentId() != null)
                .filter(a -> entry.key().equalsIgnoreCase(a.userId()) || userName.equalsIgnoreCase(a.userName()))
                .findFirst());
        return ResolvedAgent.unresolved(entry, FailureKind.AGENT_ID, agent
                .map(a -> problem + ": use agent ID " + a.agentId() + " (user " + userName + ")")
                .orElse(problem + " (user " + userName + ", who has no agent record)"));
    }

    private static ResolvedAgent found(RosterEntry entry, AgentRecord record) {
        return new ResolvedAgent(entry, Optional.of(record.agentId()), Optional.of(record), Optional.empty(), Optional.empty());
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
