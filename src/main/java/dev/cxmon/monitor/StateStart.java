package dev.cxmon.monitor;

import java.time.Instant;

/**
 * When an agent's current CXone state began: CXone's {@code startDate}, or, where CXone sent none that parses, the
 * monitor's first observation of that state.
 */
public record StateStart(Instant at, boolean fromCxone) {

    /** {@code sinceSource} of /api/agents: "cxone" or "observed". */
    public String source() {
        return fromCxone ? "cxone" : "observed";
    }
}
