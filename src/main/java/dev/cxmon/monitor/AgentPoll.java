package dev.cxmon.monitor;

import dev.cxmon.cxone.AgentStateRecord;
import dev.cxmon.cxone.CxoneApi;
import dev.cxmon.cxone.CxoneCallException;
import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.Classification;
import java.time.Instant;
import java.util.Optional;

/** Reads one agent's state and turns the answer, or the failure, into an {@link AgentObservation}. */
final class AgentPoll {

    private AgentPoll() {}

    static AgentObservation poll(ResolvedAgent agent, CxoneApi api, Instant at) {
        if (agent.agentId().isEmpty()) {
            return unresolved(agent, at);
        }
        try {
            Optional<AgentStateRecord> record = api.agentState(String.valueOf(agent.agentId().get()));
            return record.map(r -> fromRecord(r, at)).orElseGet(() -> noSession(at));
        } catch (CxoneCallException e) {
            // 404 for an agent CXone confirmed exists: no session, the per-agent endpoint's way of saying logged out.
            if (e.failure().kind() == FailureKind.AGENT_ID && agent.confirmedByCxone() && e.failure().status() == 404) {
                return noSession(at);
            }
            return AgentObservation.failed(e.failure(), e.failure().message() + " [" + e.failure().exchange().describe() + "]", at);
        }
    }

    /** An entry with no agent ID gets no call: its resolution problem is its observation. */
    static AgentObservation unresolved(ResolvedAgent agent, Instant at) {
        return AgentObservation.error(agent.problem().orElse(FailureKind.AGENT_ID), agent.problemCause(),
                agent.problemMessage().orElse("not resolved to an agent ID"), at);
    }

    static AgentObservation fromRecord(AgentStateRecord record, Instant at) {
        Classification c = record.classify();
        Optional<FailureKind> error = c.status() == dev.cxmon.state.AgentStatus.ERROR ? Optional.of(FailureKind.MALFORMED) : Optional.empty();
        return new AgentObservation(c.status(), c.availability(), c.reason(), Optional.of(record.stateLabel()), error,
                error.map(k -> FailureCause.UNEXPECTED_SHAPE), error.map(k -> c.reason().orElse("unclassifiable state record")), at,
                Optional.of(c.kind()), record.stateStart(), record.sessionStart(), record.unavailableReason());
    }

    private static AgentObservation noSession(Instant at) {
        Classification c = Classification.loggedOut("no session");
        return new AgentObservation(c.status(), c.availability(), c.reason(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), at, Optional.of(c.kind()));
    }
}
