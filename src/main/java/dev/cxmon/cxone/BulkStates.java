package dev.cxmon.cxone;

import java.util.List;
import java.util.Optional;

/**
 * One answer of the bulk states endpoint. {@code notModified} is CXone's "nothing changed since
 * updatedSince" (304, 204 or an empty body): never "no agents".
 */
public record BulkStates(List<AgentStateRecord> states, Optional<String> lastPollTime, int httpStatus, boolean notModified) {
}
