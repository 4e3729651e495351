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

    /**
     * A lookup that only explains an entry already known to name no agent (is the user an agent at all? which agent has this
     * user ID?): empty once the round has stopped or when it fails, and its failure never stops the round, since a tenant
     * may well refuse User Hub to a token that reads agent states.
     */
    <T> Optional<T> explain(Supplier<T> cxoneCall) {
        if (stoppedBy.get() != null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(cxoneCall.get());
        } catch (CxoneCallException e) {
            return Optional.empty();
        }
    }

    Optional<CxoneFailure> stoppedBy() {
        return Optional.ofNullable(stoppedBy.get());
    }
}
