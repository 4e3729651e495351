package dev.cxmon.monitor;

import dev.cxmon.cxone.CxoneApi;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reads the current state of every roster agent, one way or another, by the poll's deadline: an agent not read by
 * then gets {@link PollDeadline#notReached}. Called by one poll at a time (PollGate).
 */
interface RosterReader {

    /**
     * Called once per poll before resolution, then {@link #read} in the same poll: a reader that reads every agent the
     * token may see in one call (bulk) does it here, so that resolution can take the roster's identities from it.
     *
     * @return who the agents are as far as this read tells; {@link AgentDirectory#NONE} when it tells nothing
     */
    default AgentDirectory refresh(CxoneApi api, Instant now, PollDeadline deadline) {
        return AgentDirectory.NONE;
    }

    Map<ResolvedAgent, AgentObservation> read(List<ResolvedAgent> roster, CxoneApi api, Instant now, PollDeadline deadline);
}
