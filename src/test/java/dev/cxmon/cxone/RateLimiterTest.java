package dev.cxmon.cxone;

import static dev.cxmon.cxone.FakeTime.MS;
import static dev.cxmon.cxone.FakeTime.S;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    // Any origin: System.nanoTime() may be negative and is only compared by subtraction.
    private final FakeTime time = new FakeTime(-5 * S);

    private RateLimiter limiter(double perSecond) {
        return new RateLimiter(perSecond, time, time);
    }

    private static Optional<RateLimiter.Refusal> acquire(RateLimiter limiter, long maxWait) {
        try {
            return limiter.acquire(maxWait);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFullBucketGivesOneSecondsWorthAtOnceThenPermitsComeAtTheRate() {
        RateLimiter limiter = limiter(10);
        for (int i = 0; i < 10; i++) {
            assertThat(acquire(limiter, 0)).as("burst permit " + i).isEmpty();
        }
        assertThat(time.sleeps).isEmpty();
        assertThat(acquire(limiter, S)).isEmpty();
        assertThat(acquire(limiter, S)).isEmpty();
        assertThat(time.sleeps).containsExactly(100 * MS, 100 * MS);
    }

    @Test
    void belowOnePerSecondTheBurstIsOne() {
        RateLimiter limiter = limiter(0.5);
        assertThat(acquire(limiter, 0)).isEmpty();
        assertThat(acquire(limiter, 5 * S)).isEmpty();
        assertThat(time.sleeps).containsExactly(2 * S);
    }

    @Test
    void zeroMeansUnlimited() {
        RateLimiter limiter = limiter(0);
        for (int i = 0; i < 10_000; i++) {
            assertThat(acquire(limiter, 0)).isEmpty();
        }
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void aPermitFurtherAwayThanTheCallerMayWaitIsRefusedAtOnceAndNotUsedUp() {
        RateLimiter limiter = limiter(1);
        acquire(limiter, 0);
        assertThat(acquire(limiter, 500 * MS)).contains(new RateLimiter.Refusal(false, S));
        assertThat(time.sleeps).isEmpty();
        assertThat(acquire(limiter, S)).isEmpty();
        assertThat(time.sleeps).containsExactly(S);
    }

    @Test
    void idleTimeRefillsTheBucketOnlyUpToTheBurst() {
        RateLimiter limiter = limiter(5);
        for (int i = 0; i < 5; i++) {
            acquire(limiter, 0);
        }
        time.advance(60 * S);
        for (int i = 0; i < 5; i++) {
            assertThat(acquire(limiter, 0)).isEmpty();
        }
        assertThat(acquire(limiter, 0)).contains(new RateLimiter.Refusal(false, 200 * MS));
    }

    @Test
    void aPauseHoldsEveryCallerUntilItEnds() {
        RateLimiter limiter = limiter(0);
        limiter.pauseFor(Duration.ofSeconds(2));
        assertThat(acquire(limiter, 5 * S)).isEmpty();
        assertThat(time.sleeps).containsExactly(2 * S);
        assertThat(acquire(limiter, 0)).as("over").isEmpty();
    }

    @Test
    void aPauseLongerThanTheCallerMayWaitIsRefusedAsPaused() {
        RateLimiter limiter = limiter(20);
        limiter.pauseFor(Duration.ofSeconds(2));
        assertThat(acquire(limiter, S)).contains(new RateLimiter.Refusal(true, 2 * S));
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void afterAPauseTheRateRestartsWithoutABurst() {
        RateLimiter limiter = limiter(10);
        limiter.pauseFor(Duration.ofSeconds(1));
        acquire(limiter, 5 * S);
        acquire(limiter, 5 * S);
        acquire(limiter, 5 * S);
        assertThat(time.sleeps).containsExactly(S, 100 * MS, 100 * MS);
    }

    @Test
    void aPauseThatStartsWhileACallerWaitsHoldsItToo() {
        RateLimiter limiter = limiter(1);
        acquire(limiter, 0);
        time.duringNextSleep(() -> limiter.pauseFor(Duration.ofSeconds(3)));
        assertThat(acquire(limiter, 5 * S)).isEmpty();
        assertThat(time.sleeps).containsExactly(S, 3 * S);
    }

    @Test
    void aPauseThatStartsWhileACallerWaitsIsRefusedWhenItOutlastsTheCallersBound() {
        RateLimiter limiter = limiter(1);
        acquire(limiter, 0);
        time.duringNextSleep(() -> limiter.pauseFor(Duration.ofSeconds(3)));
        assertThat(acquire(limiter, 2 * S)).contains(new RateLimiter.Refusal(true, 3 * S));
    }

    @Test
    void aShorterPauseDoesNotCutALongerOneShort() {
        RateLimiter limiter = limiter(0);
        limiter.pauseFor(Duration.ofSeconds(5));
        limiter.pauseFor(Duration.ofSeconds(1));
        assertThat(limiter.pauseLeft(time.getAsLong())).isEqualTo(5 * S);
    }

    @Test
    void aRateMustBeZeroOrPositive() {
        for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> limiter(bad)).as(String.valueOf(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void concurrentCallersShareOneBucket() throws Exception {
        RateLimiter limiter = new RateLimiter(50, System::nanoTime, Sleeper.SYSTEM);
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    acquire(limiter, 10 * S);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        // 80 permits: 50 at once, then 30 at 20 ms apart.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(560), Duration.ofSeconds(3));
    }

    /** No window of any length W ever holds more than burst + W * rate permits. */
    @Property(tries = 300)
    void neverMorePermitsThanTheBucketAllows(@ForAll @DoubleRange(min = 0.2, max = 200) double perSecond,
            @ForAll @Size(min = 1, max = 120) List<@LongRange(min = 0, max = 300) Long> gapsMillis) {
        FakeTime clock = new FakeTime(Long.MAX_VALUE - 10 * S);
        RateLimiter limiter = new RateLimiter(perSecond, clock, clock);
        List<Long> granted = new ArrayList<>();
        for (long gap : gapsMillis) {
            clock.advance(gap * MS);
            if (acquire(limiter, 3 * S).isEmpty()) {
                granted.add(clock.getAsLong());
            }
        }
        double burst = Math.max(1, perSecond);
        for (int i = 0; i < granted.size(); i++) {
            for (int j = i; j < granted.size(); j++) {
                double window = (granted.get(j) - granted.get(i)) / 1e9;
                assertThat(j - i + 1.0).isLessThanOrEqualTo(burst + window * perSecond + 1e-6);
            }
        }
    }
}
