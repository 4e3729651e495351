package dev.cxmon.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FaultSwitchesTest {

    @Test
    void setReplacesTheActiveFault() {
        FaultSwitches switches = new FaultSwitches();
        switches.set(Fault.of(FaultKind.HTML_BODY));
        switches.set(Fault.of(FaultKind.SERVER_ERROR));

        assertThat(switches.active()).map(Fault::kind).contains(FaultKind.SERVER_ERROR);
    }

    @Test
    void remainingIsExactUnderConcurrency() throws InterruptedException {
        FaultSwitches switches = new FaultSwitches();
        switches.set(Fault.of(FaultKind.SERVER_ERROR).withRemaining(100));
        AtomicInteger affected = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1000; i++) {
            pool.execute(() -> switches.consume("/incontactapi/services/v27.0/agents/states", false)
                    .ifPresent(f -> affected.incrementAndGet()));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(affected.get()).isEqualTo(100);
        assertThat(switches.active()).isEmpty();
    }

    @Test
    void untilClearedFaultsNeverRunOut() {
        FaultSwitches switches = new FaultSwitches();
        switches.set(Fault.of(FaultKind.RATE_LIMIT));
        for (int i = 0; i < 50; i++) {
            switches.consume("/user-management/v1/users", false);
        }

        assertThat(switches.active()).map(Fault::remaining).contains(-1);
    }

    @Test
    void remainingZeroClears() {
        FaultSwitches switches = new FaultSwitches();
        switches.set(Fault.of(FaultKind.RATE_LIMIT));
        switches.set(Fault.of(FaultKind.RATE_LIMIT).withRemaining(0));

        assertThat(switches.active()).isEmpty();
    }

    @Test
    void invalidFaultsAreRejected() {
        assertThatThrownBy(() -> new Fault(FaultKind.SLOW, 0, null, -1, null)).hasMessageContaining("retryAfter");
        assertThatThrownBy(() -> new Fault(FaultKind.SERVER_ERROR, 42, null, -1, null)).hasMessageContaining("status");
        assertThatThrownBy(() -> new Fault(FaultKind.SERVER_ERROR, 0, null, -2, null)).hasMessageContaining("remaining");
    }
}
