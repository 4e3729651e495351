package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PollWorkersTest {

    private final PollWorkers workers = new PollWorkers();

    @AfterEach
    void stop() {
        workers.stop();
    }

    @Test
    void threadsAreNamedDaemonThreads() throws Exception {
        Thread thread = workers.replace(2).submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
        assertThat(thread.getName()).isEqualTo("cxone-poll-1");
        assertThat(thread.isDaemon()).as("a hung call must not hold the JVM").isTrue();
    }

    @Test
    void aNewConfigurationReplacesThePoolAndInterruptsTheOldOne() throws Exception {
        ExecutorService old = workers.replace(1);
        CountDownLatch running = new CountDownLatch(1);
        Future<?> hung = old.submit(() -> {
            running.countDown();
            Thread.sleep(60_000);
            return null;
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        ExecutorService fresh = workers.replace(1);
        assertThat(fresh).isNotSameAs(old);
        assertThat(old.awaitTermination(5, TimeUnit.SECONDS)).as("the old pool's thread was interrupted").isTrue();
        assertThat(hung.isDone()).isTrue();
        assertThat(fresh.submit(() -> "read").get(5, TimeUnit.SECONDS)).isEqualTo("read");
    }

    @Test
    void abandonInterruptsRunningWorkAndCancelsQueuedWork() throws Exception {
        ExecutorService pool = workers.replace(1);
        CountDownLatch running = new CountDownLatch(1);
        AtomicReference<Throwable> endOfRunning = new AtomicReference<>();
        CountDownLatch ended = new CountDownLatch(1);
        pool.submit(() -> {
            running.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                endOfRunning.set(e);
            }
            ended.countDown();
        });
        Future<String> queued = pool.submit(() -> "never");
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        workers.abandon();

        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(endOfRunning.get()).as("the running call was interrupted").isInstanceOf(InterruptedException.class);
        assertThat(queued.isCancelled()).as("whoever waits for queued work stops waiting").isTrue();
        assertThat(pool.isShutdown()).isTrue();
    }

    @Test
    void abandonAndStopBeforeAnyConfigurationDoNothing() {
        workers.abandon();
        workers.stop();
        assertThat(workers.replace(1).isShutdown()).isFalse();
    }
}
