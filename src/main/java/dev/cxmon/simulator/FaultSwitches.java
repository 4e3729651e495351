package dev.cxmon.simulator;

import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/** The one active fault (if any). Thread-safe: requests consume it concurrently with test or demo control. */
public final class FaultSwitches {

    private Fault active;
    private final LongAdder bodyBytes = new LongAdder();

    /** Replaces the active fault; a fault with remaining 0 simply clears. */
    public synchronized void set(Fault fault) {
        active = fault == null || fault.remaining() == 0 ? null : fault;
    }

    public synchronized void clear() {
        active = null;
    }

    /** The active fault, with its current remaining count. */
    public synchronized Optional<Fault> active() {
        return Optional.ofNullable(active);
    }

    /** Bytes the streamed fault bodies (SLOW_DRIP, OVERSIZED_BODY) have written so far: what clients were offered. */
    public long streamedBodyBytesSent() {
        return bodyBytes.sum();
    }

    LongAdder bodyBytes() {
        return bodyBytes;
    }

    /**
     * The fault that applies to this request, counting it down: the fault clears itself once
     * {@code remaining} reaches 0.
     */
    synchronized Optional<Fault> consume(String path, boolean tokenEndpoint) {
        Fault fault = active;
        if (fault == null || !fault.matchesPath(path, tokenEndpoint)) {
            return Optional.empty();
        }
        if (fault.remaining() > 0) {
            int left = fault.remaining() - 1;
            active = left == 0 ? null : fault.withRemaining(left);
        }
        return Optional.of(fault);
    }
}
