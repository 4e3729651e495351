package dev.cxmon.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cxmon.diagnose.AgentCodes;
import dev.cxmon.diagnose.DiagnosisCode;
import dev.cxmon.diagnose.FailureCodes;
import dev.cxmon.monitor.AgentObservation;
import dev.cxmon.monitor.ResolvedAgent;
import dev.cxmon.monitor.RosterState;
import dev.cxmon.monitor.StateStart;
import dev.cxmon.monitor.TrackedAgent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One roster agent as the status API shows it: CXone's state of it (status, availability, reason) and the judgment
 * {@code diagnose} gives the same agent ({@code code}, its severity and runbook), e.g. LOGGED_OUT and AGENT_INACTIVE.
 * {@code since} is when the current CXone state began: CXone's startDate ({@code sinceSource} "cxone"), else the monitor's
 * first observation of that state ("observed"); {@code loggedInSince} when the login began.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgentView(
        String ref,
        Long agentId,
        String userName,
        String name,
        String team,
        String status,
        String availability,
        String reason,
        String cxoneState,
        String code,
        String severity,
        String docs,
        Instant since,
        String sinceSource,
        Instant loggedInSince,
        Instant lastPolled,
        LastError lastError) {

    /** The most recent error, kept after recovery so people can see what happened. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LastError(String code, String reason, String message, Instant at, String docs) {}

    /** Every roster agent, in roster order. */
    public static List<AgentView> of(RosterState state) {
        return state.agents().stream().map(AgentView::of).toList();
    }

    static AgentView of(TrackedAgent tracked) {
        ResolvedAgent agent = tracked.agent();
        Optional<AgentObservation> current = tracked.current();
        Optional<DiagnosisCode> code = current.map(observation -> judge(agent, observation));
        return new AgentView(
                agent.entry().key(),
                agent.agentId().orElse(null),
                blankToNull(agent.userName()),
                blankToNull(agent.agentName()),
                blankToNull(agent.team()),
                current.map(o -> o.status().name()).orElse("PENDING"),
                current.map(o -> o.availability().name()).orElse(null),
                current.flatMap(AgentObservation::reason).orElse(null),
                current.flatMap(AgentObservation::cxoneState).orElse(null),
                code.map(DiagnosisCode::name).orElse(null),
                code.map(c -> c.severity().name()).orElse(null),
                code.map(DiagnosisCode::docsPath).orElse(null),
                tracked.stateStart().map(StateStart::at).orElse(null),
                tracked.stateStart().map(StateStart::source).orElse(null),
                tracked.loggedInSince().orElse(null),
                current.map(AgentObservation::at).orElse(null),
                tracked.lastError().map(error -> lastError(agent, error)).orElse(null));
    }

    /** The code {@code diagnose} gives the same agent: the judgment both share (diagnose/AgentCodes). */
    private static DiagnosisCode judge(ResolvedAgent agent, AgentObservation observation) {
        return AgentCodes.judge(observation.error(), observation.errorCause(), agent.entry().ref().kind(), agent.inactive(),
                observation.classification());
    }

    /** The error with the diagnosis code whose runbook explains it: the code {@code diagnose} gives the same failure. */
    private static LastError lastError(ResolvedAgent agent, AgentObservation error) {
        var kind = error.error().orElseThrow();
        DiagnosisCode code = FailureCodes.codeFor(kind, error.errorCause(), agent.entry().ref().kind(), false);
        return new LastError(code.name(), kind.label(), error.errorMessage().orElse(null), error.at(), code.docsPath());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
