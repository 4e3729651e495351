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

    Map<ResolvedAgent, AgentObservation> read(List<ResolvedAgent> roster, CxoneApi api, Instant now, PollDeadline deadline);
}
