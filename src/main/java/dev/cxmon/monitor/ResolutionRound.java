package dev.cxmon.monitor;

import dev.cxmon.cxone.CxoneCallException;
import dev.cxmon.cxone.CxoneFailure;
import dev.cxmon.cxone.FailureKind;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One round of roster resolution, which stops asking CXone after the first failure that is not about one agent
 * (unreachable, 5xx, 429, a broken answer, a refused token). Without it, a round of a 1,000-agent roster during an
 * outage spent the whole poll on a thousand doomed calls, and the agents kept their last state instead of ERROR.
 */
final class ResolutionRound {

    private final AtomicReference<CxoneFailure> stoppedBy = new AtomicReference<>();

    /** The call's answer; once the round has stopped, the failure that stopped it, without calling CXone. */
    <T> T call(Supplier<T> cxoneCall) {
        CxoneFailure stopped = stoppedBy.get();
        if (stopped != null) {
            throw new CxoneCallException(stopped);
        }
        try {
            return cxoneCall.get();
        } catch (CxoneCallException e) {
            if (e.failure().kind() != FailureKind.AGENT_ID) {
                stoppedBy.compareAndSet(null, e.failure());
            }
            throw e;
        }
    }

    Optional<CxoneFailure> stoppedBy() {
        return Optional.ofNullable(stoppedBy.get());
    }
}
