package dev.cxmon.monitor;

import dev.cxmon.cxone.AgentRecord;
import dev.cxmon.cxone.FailureKind;
import java.util.Optional;

/**
 * A roster entry after resolution: its agent ID when known, the agent record when CXone confirmed it, or why
 * it could not be resolved ({@code problem}, permanent until the next resolution, e.g. "no such user").
 */
public record ResolvedAgent(RosterEntry entry, Optional<Long> agentId, Optional<AgentRecord> record, Optional<FailureKind> problem,
        Optional<String> problemMessage) {

    public static ResolvedAgent unresolved(RosterEntry entry, FailureKind kind, String message) {
        return new ResolvedAgent(entry, Optional.empty(), Optional.empty(), Optional.of(kind), Optional.of(message));
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
