package dev.cxmon.cxone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.auth.CallPolicyConfig;
import dev.cxmon.config.CxoneConfig;
import dev.cxmon.testing.ConfigProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** cxone.rate-limit.* reaches the configuration, and starting with it set is fine. */
@QuarkusTest
@TestProfile(RateLimitConfigTest.Overridden.class)
class RateLimitConfigTest {

    public static class Overridden extends ConfigProfile {
        public Overridden() {
            super("cxone.rate-limit.per-second", "7.5", "cxone.rate-limit.max-retries", "0");
        }
    }

    @Inject
    CxoneConfig config;

    @Inject
    CallPolicyConfig callPolicy;

    @Test
    void keysAreReadThroughTheGroupIntoTheCallPolicy() {
        assertThat(config.rateLimit().perSecond()).isEqualTo(7.5);
        assertThat(config.rateLimit().maxRetries()).isZero();
        CallPolicy policy = callPolicy.policy();
        assertThat(policy.newLimiter().perSecond()).isEqualTo(7.5);
        assertThat(policy.newRetryPolicy().maxRetries()).isZero();
    }
}
