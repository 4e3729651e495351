package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PollGateTest {

    private final PollGate gate = new PollGate();

    /** A poll held open on another thread until {@code release} counts down. */
    private CompletableFuture<Void> pollInFlight(CountDownLatch release) throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CompletableFuture<Void> poll = CompletableFuture.runAsync(() -> {
            assertThat(gate.tryEnter()).isEqualTo(PollGate.Entry.ENTERED);
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                gate.leave();
            }
        });
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        return poll;
    }

    @Test
    void onePollAtATime() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = pollInFlight(release);
        assertThat(CompletableFuture.supplyAsync(gate::tryEnter).get(5, TimeUnit.SECONDS)).isEqualTo(PollGate.Entry.BUSY);
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        assertThat(gate.tryEnter()).isEqualTo(PollGate.Entry.ENTERED);
        gate.leave();
    }

    @Test
    void closingBetweenPollsLeavesNothingUnfinishedAndLetsNoPollIn() {
        assertThat(gate.closeWithin(Duration.ofSeconds(1))).isTrue();
        assertThat(gate.abandoned()).isFalse();
        assertThat(gate.tryEnter()).isEqualTo(PollGate.Entry.CLOSED);
    }

    @Test
    void closingWaitsForAPollThatFinishesWithinTheGrace() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> poll = pollInFlight(release);
        CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(release::countDown);
        assertThat(gate.closeWithin(Duration.ofSeconds(10))).isTrue();
        assertThat(gate.abandoned()).isFalse();
        poll.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aPollStillRunningAfterTheGraceIsAbandoned() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> poll = pollInFlight(release);
        long start = System.nanoTime();
        assertThat(gate.closeWithin(Duration.ofMillis(300))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(gate.abandoned()).as("the poll in flight must not record what it half read").isTrue();
        assertThat(gate.tryEnter()).isEqualTo(PollGate.Entry.CLOSED);
        release.countDown();
        poll.get(5, TimeUnit.SECONDS);
    }
}
