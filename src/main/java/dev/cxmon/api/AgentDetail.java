package dev.cxmon.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.diagnose.DiagnosisCode;
import dev.cxmon.diagnose.FailureCodes;
import dev.cxmon.monitor.HistoryEntry;
import dev.cxmon.monitor.ResolvedAgent;
import dev.cxmon.monitor.TrackedAgent;
import java.time.Instant;
import java.util.List;

/**
 * One roster agent as GET /api/agents/{ref} shows it: the same object as its entry in /api/agents, plus {@code history},
 * its last changes newest first (at most cxone.api.history-size, see monitor/AgentHistory).
 */
public record AgentDetail(@JsonUnwrapped AgentView agent, List<Change> history) {

    /** One change: when, and what the agent changed to; an ERROR names its reason and diagnosis code, not the server's text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(Instant at, String status, String availability, String reason, String cxoneState, ChangeError error) {}

    /** The {@code reason} label of the failure and the diagnosis code whose runbook explains it, as in lastError. */
    public record ChangeError(String code, String reason) {}

    static AgentDetail of(TrackedAgent tracked, List<HistoryEntry> history) {
        ResolvedAgent agent = tracked.agent();
        return new AgentDetail(AgentView.of(tracked), history.stream().map(entry -> change(agent, entry)).toList());
    }

    private static Change change(ResolvedAgent agent, HistoryEntry entry) {
        return new Change(entry.at(), entry.status().name(), entry.availability().name(), entry.reason().orElse(null),
                entry.cxoneState().orElse(null), entry.error().map(kind -> error(agent, entry, kind)).orElse(null));
    }

    private static ChangeError error(ResolvedAgent agent, HistoryEntry entry, FailureKind kind) {
        DiagnosisCode code = FailureCodes.codeFor(kind, entry.errorCause(), agent.entry().ref().kind(), false);
        return new ChangeError(code.name(), kind.label());
    }
}
