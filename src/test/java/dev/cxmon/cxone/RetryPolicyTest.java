package dev.cxmon.cxone;

import static dev.cxmon.cxone.FakeTime.MS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy twoRetries = new RetryPolicy(2, () -> 0.5);

    @Test
    void onlyGetsAreRetriedAndOnlyAfterA5xxUpToTheLimit() {
        assertThat(twoRetries.retriesStatus(Operation.AGENT_STATE, "GET", 503, 0)).isTrue();
        assertThat(twoRetries.retriesStatus(Operation.AGENT_STATE, "GET", 500, 1)).isTrue();
        assertThat(twoRetries.retriesStatus(Operation.AGENT_STATE, "GET", 503, 2)).as("limit reached").isFalse();
        for (int status : new int[] {200, 204, 304, 400, 401, 403, 404, 429}) {
            assertThat(twoRetries.retriesStatus(Operation.AGENT_STATE, "GET", status, 0)).as(String.valueOf(status)).isFalse();
        }
        assertThat(twoRetries.retriesStatus(Operation.TOKEN, "POST", 503, 0)).as("token POST").isFalse();
        assertThat(twoRetries.retriesStatus(Operation.TOKEN, "GET", 503, 0)).as("the token endpoint, whatever the method").isFalse();
    }

    @Test
    void onlyResetsAndTimeoutsAreRetriedAmongFailuresWithoutAnAnswer() {
        assertThat(twoRetries.retriesFailure(Operation.BULK_STATES, "GET", FailureCause.CONNECTION_RESET, 0)).isTrue();
        assertThat(twoRetries.retriesFailure(Operation.BULK_STATES, "GET", FailureCause.TIMEOUT, 1)).isTrue();
        assertThat(twoRetries.retriesFailure(Operation.BULK_STATES, "GET", FailureCause.TIMEOUT, 2)).isFalse();
        for (FailureCause cause : new FailureCause[] {FailureCause.DNS, FailureCause.TLS, FailureCause.CONNECTION_REFUSED,
                FailureCause.OTHER_IO, FailureCause.CLIENT_RATE_LIMIT}) {
            assertThat(twoRetries.retriesFailure(Operation.BULK_STATES, "GET", cause, 0)).as(cause.name()).isFalse();
        }
        assertThat(twoRetries.retriesFailure(Operation.TOKEN, "POST", FailureCause.TIMEOUT, 0)).isFalse();
    }

    @Test
    void backoffDoublesFromOneHundredMillisecondsUpToTwoSecondsWithFullJitter() {
        RetryPolicy highest = new RetryPolicy(10, () -> Math.nextDown(1.0));
        assertThat(IntStream.range(0, 8).mapToLong(highest::backoffNanos).map(n -> (n + MS / 2) / MS).toArray())
                .containsExactly(100, 200, 400, 800, 1600, 2000, 2000, 2000);
        assertThat(new RetryPolicy(10, () -> 0.0).backoffNanos(3)).isZero();
        assertThat(twoRetries.backoffNanos(0)).isEqualTo(50 * MS);
        assertThat(twoRetries.backoffNanos(1)).isEqualTo(100 * MS);
        assertThat(twoRetries.backoffNanos(40)).as("no overflow").isEqualTo(1000 * MS);
    }

    @Test
    void zeroRetriesMeansNone() {
        RetryPolicy none = CallPolicy.unlimited().newRetryPolicy();
        assertThat(none.retriesStatus(Operation.AGENT, "GET", 503, 0)).isFalse();
        assertThat(none.retriesFailure(Operation.AGENT, "GET", FailureCause.TIMEOUT, 0)).isFalse();
    }
}
