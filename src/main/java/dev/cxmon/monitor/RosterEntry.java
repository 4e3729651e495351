package dev.cxmon.monitor;

import dev.cxmon.cxone.AgentRef;
import java.util.Optional;

/** One agent to watch, as configured: an agent ID or user name, with an optional display name and team. */
public record RosterEntry(AgentRef ref, Optional<String> displayName, Optional<String> team) {

    public static RosterEntry of(String ref) {
        return new RosterEntry(AgentRef.parse(ref), Optional.empty(), Optional.empty());
    }

    /** The value of the {@code agent_id} label: the numeric ID, or the reference as written while it is unresolved. */
    public String key() {
        return ref.text();
    }
}
