package dev.cxmon.cxone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.auth.CallPolicyConfig;
import dev.cxmon.config.CxoneConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RateLimitDefaultsTest {

    @Inject
    CxoneConfig config;

    @Inject
    CallPolicyConfig policies;

    @Test
    void twentyCallsASecondAndTwoRetriesByDefault() {
        assertThat(config.rateLimit().perSecond()).isEqualTo(20.0);
        assertThat(config.rateLimit().maxRetries()).isEqualTo(2);
        CallPolicy policy = policies.policy();
        assertThat(policy.perSecond()).isEqualTo(20.0);
        assertThat(policy.maxRetries()).isEqualTo(2);
    }
}
