package dev.cxmon.monitor;

import dev.cxmon.cxone.AgentRecord;
import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import java.util.Optional;

/**
 * A roster entry after resolution: its agent ID when known, the agent record when CXone confirmed it, or why
 * it could not be resolved ({@code problem}, permanent until the next resolution, e.g. "no such user", with its precise
 * cause when there is one).
 */
public record ResolvedAgent(RosterEntry entry, Optional<Long> agentId, Optional<AgentRecord> record, Optional<FailureKind> problem,
        Optional<String> problemMessage, Optional<FailureCause> problemCause) {

    /** With no precise cause behind the problem, if any. */
    public ResolvedAgent(RosterEntry entry, Optional<Long> agentId, Optional<AgentRecord> record, Optional<FailureKind> problem,
            Optional<String> problemMessage) {
        this(entry, agentId, record, problem, problemMessage, Optional.empty());
    }

    public static ResolvedAgent unresolved(RosterEntry entry, FailureKind kind, String message) {
        return new ResolvedAgent(entry, Optional.empty(), Optional.empty(), Optional.of(kind), Optional.of(message));
    }

    /** Unresolved for a precise cause, e.g. a user without the agent role, so /api/agents names it as diagnose does. */
    public static ResolvedAgent unresolved(RosterEntry entry, FailureKind kind, FailureCause cause, String message) {
        return new ResolvedAgent(entry, Optional.empty(), Optional.empty(), Optional.of(kind), Optional.of(message), Optional.of(cause));
    }

    /** CXone says the agent is inactive (isActive false on its record): it cannot log in. */
    public boolean inactive() {
        return record.filter(AgentRecord::inactive).isPresent();
    }

    /** The agent_id label: the numeric agent ID once known, otherwise the reference as configured. */
    public String key() {
        return agentId.map(String::valueOf).orElse(entry.key());
    }

    public boolean confirmedByCxone() {
        return record.isPresent();
    }

    public String userName() {
        return record.map(AgentRecord::userName).orElse(entry.ref().kind() == dev.cxmon.cxone.AgentRef.Kind.USER_NAME ? entry.key() : "");
    }

    public String agentName() {
        return entry.displayName().or(() -> record.map(AgentRecord::displayName)).orElse("");
    }

    public String team() {
        return entry.team().or(() -> record.map(AgentRecord::teamName)).orElse("");
    }
}
