package dev.cxmon.diagnose;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cxmon.cxone.Exchange;
import java.time.Instant;
import java.util.List;

/** The diagnosis as printed by {@code diagnose --json} and served by the status API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiagnosisReport(
        String agent,
        Long agentId,
        DiagnosisCode rootCause,
        Severity severity,
        int exitCode,
        String verdict,
        String fix,
        String docs,
        AgentSummary agentState,
        List<Finding> findings,
        List<Check> checks,
        List<Exchange> evidence,
        Instant generatedAt) {

    /** What was learned about the agent itself, when anything was. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgentSummary(Long agentId, String userName, String name, String team, String status, String availability,
            String cxoneState, String reason) {
    }
}
