package dev.cxmon.monitor;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when a token could be obtained and a poll read at least one agent within the last three intervals.
 * Reads what the poller recorded, so a probe never calls CXone. Says why it is down only with fixed codes
 * ({@code reason}, {@code tokenFailure}): the probe is unauthenticated, so no text a server sent goes out here;
 * the log and the status API carry the details.
 */
@Readiness
@ApplicationScoped
public class PollingReadiness implements HealthCheck {

    private final RosterState state;
    private final RosterPoller poller;
    private final Clock clock;

    public PollingReadiness(RosterState state, RosterPoller poller, Clock clock) {
        this.state = state;
        this.poller = poller;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("cxone-polling");
        Optional<MonitorSettings> settings = poller.settings();
        if (settings.isEmpty()) {
            return response.down().withData("reason", "not_polling").build();
        }
        Duration staleAfter = settings.get().schedule().staleAfter();
        Instant now = clock.instant();
        Optional<Instant> lastSuccess = state.lastSuccess();
        boolean fresh = lastSuccess.map(at -> Duration.between(at, now).compareTo(staleAfter) <= 0).orElse(false);
        response.withData("tokenObtained", state.tokenObtained())
                .withData("staleAfterSeconds", staleAfter.toSeconds())
                .withData("lastSuccess", lastSuccess.map(Instant::toString).orElse("never"));
        state.tokenFailure().ifPresent(f -> response.withData("tokenFailure", f.kind().label()));
        if (state.tokenFailure().isPresent()) {
            response.withData("reason", "token_failed");
        } else if (!state.tokenObtained()) {
            response.withData("reason", "no_token_yet");
        } else if (!fresh) {
            response.withData("reason", "stale");
        }
        return response.status(state.tokenObtained() && fresh).build();
    }
}
