package dev.cxmon.monitor;

import dev.cxmon.cxone.AgentRecord;
import dev.cxmon.cxone.AgentStateRecord;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who the agents are, as far as the poll already knows without asking: the bulk snapshot's records carry each agent's
 * user name, first and last name and team (documented fields of GET /agents/states, cxone-api.md §4a), so resolution
 * takes them from here and calls CXone only for the entries it does not find. A view of the snapshot for the poll that
 * read it. Pure.
 */
final class AgentDirectory {

    /** Nothing known: the strategy reads no bulk view (per-agent, or auto while it falls back to per-agent). */
    static final AgentDirectory NONE = new AgentDirectory(Map.of(), false);
    /** The bulk read of this poll failed: it will tell again once it works, so nothing already known is looked up anew. */
    static final AgentDirectory MISSED = new AgentDirectory(Map.of(), true);

    private final Map<Long, AgentStateRecord> byAgentId;
    private final boolean missed;
    private Map<String, AgentStateRecord> byUserName;

    AgentDirectory(Map<Long, AgentStateRecord> byAgentId) {
        this(byAgentId, false);
    }

    private AgentDirectory(Map<Long, AgentStateRecord> byAgentId, boolean missed) {
        this.byAgentId = byAgentId;
        this.missed = missed;
    }

    boolean missed() {
        return missed;
    }

    Optional<AgentRecord> agent(long agentId) {
        return Optional.ofNullable(byAgentId.get(agentId)).map(AgentDirectory::identity);
    }

    /** The agent whose user name this is, compared without case as CXone's user names are. */
    Optional<AgentRecord> userName(String userName) {
        if (byUserName == null) {
            Map<String, AgentStateRecord> index = new HashMap<>();
            byAgentId.values().forEach(r -> {
                if (r.userName() != null) {
                    index.putIfAbsent(r.userName().toLowerCase(Locale.ROOT), r);
                }
            });
            byUserName = index;
        }
        return Optional.ofNullable(byUserName.get(userName.toLowerCase(Locale.ROOT))).map(AgentDirectory::identity);
    }

    /** Only what the bulk record documents: no e-mail address, no user ID (those come from GET /agents/{id} only). */
    private static AgentRecord identity(AgentStateRecord r) {
        return new AgentRecord(r.agentId(), r.userName(), r.firstName(), r.lastName(), null, r.isActive(), r.teamId(), r.teamName(), null);
    }
}
