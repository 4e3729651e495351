package dev.cxmon.auth;

import dev.cxmon.config.CxoneConfig;
import dev.cxmon.cxone.CallPolicy;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

/** The daemon's {@link CallPolicy}, from {@code cxone.rate-limit.*}. */
@ApplicationScoped
// Quarkus registers a @ConfigMapping only where it is injected; this injection point also serves CxoneConfig.rateLimit().
@Unremovable
public class CallPolicyConfig {

    private final CxoneConfig.RateLimit rateLimit;

    public CallPolicyConfig(CxoneConfig.RateLimit rateLimit) {
        this.rateLimit = rateLimit;
    }

    public CallPolicy policy() {
        return CallPolicy.of(rateLimit.perSecond(), rateLimit.maxRetries());
    }
}
