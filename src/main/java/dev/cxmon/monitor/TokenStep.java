package dev.cxmon.monitor;

import dev.cxmon.auth.CxoneSession;
import dev.cxmon.cxone.CxoneApi;
import dev.cxmon.cxone.CxoneCallException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A poll's first step: a valid token (its expiry goes to the observer) and the API to read with. Without a token no agent
 * can be read, so every agent is ERROR with the token's failure, which the state also keeps for readiness.
 */
final class TokenStep {

    private final RosterState state;
    private final PollObserver observer;
    private final ObservationRecorder recorder;

    TokenStep(RosterState state, PollObserver observer, ObservationRecorder recorder) {
        this.state = state;
        this.observer = observer;
        this.recorder = recorder;
    }

    /**
     * @param abandoned whether shutdown gave up on this poll meanwhile: then a failure is not recorded
     * @return the API, or empty when no token could be had (and that was recorded)
     */
    Optional<CxoneApi> api(CxoneSession session, Instant now, BooleanSupplier abandoned) {
        try {
            session.tokens().current().expiresAt().ifPresent(observer::tokenExpiry);
            CxoneApi api = session.api();
            state.token(Optional.empty());
            return Optional.of(api);
        } catch (CxoneCallException e) {
            if (!abandoned.getAsBoolean()) {
                state.token(Optional.of(e.failure()));
                recorder.everyAgentFailed(AgentObservation.failed(e.failure(), "no token: " + e.failure().message(), now), now);
            }
            return Optional.empty();
        }
    }
}
