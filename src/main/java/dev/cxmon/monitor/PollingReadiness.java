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
 * Reads what the poller recorded, so a probe never calls CXone.
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
            return response.down().withData("reason", "not polling (no roster configured yet)").build();
        }
        Duration staleAfter = settings.get().schedule().staleAfter();
        Instant now = clock.instant();
        Optional<Instant> lastSuccess = state.lastSuccess();
        boolean fresh = lastSuccess.map(at -> Duration.between(at, now).compareTo(staleAfter) <= 0).orElse(false);
        response.withData("tokenObtained", state.tokenObtained())
                .withData("staleAfterSeconds", staleAfter.toSeconds())
                .withData("lastSuccess", lastSuccess.map(Instant::toString).orElse("never"));
        state.tokenFailure().ifPresent(f -> response.withData("tokenError", f.kind().label() + ": " + f.message()));
        return response.status(state.tokenObtained() && fresh).build();
    }
}
