package dev.cxmon.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One roster agent as the status API shows it. */
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
        Instant since,
        Instant lastPolled,
        LastError lastError) {

    /** The most recent error, kept after recovery so people can see what happened. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LastError(String code, String reason, String message, Instant at, String docs) {}
}
