package dev.cxmon.auth;

import dev.cxmon.config.CxoneConfig;
import dev.cxmon.cxone.CallPolicy;
import jakarta.enterprise.context.ApplicationScoped;

/** The daemon's {@link CallPolicy}, from {@code cxone.rate-limit.*}. */
@ApplicationScoped
public class CallPolicyConfig {

    private final CxoneConfig.RateLimit rateLimit;

    public CallPolicyConfig(CxoneConfig config) {
        this.rateLimit = config.rateLimit();
    }

    public CallPolicy policy() {
        return CallPolicy.of(rateLimit.perSecond(), rateLimit.maxRetries());
    }
}
