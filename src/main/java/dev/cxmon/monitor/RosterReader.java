package dev.cxmon.monitor;

import dev.cxmon.cxone.CxoneApi;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reads the current state of every roster agent, one way or another. Called under the poll lock only. */
interface RosterReader {

    Map<ResolvedAgent, AgentObservation> read(List<ResolvedAgent> roster, CxoneApi api, Instant now);
}
