package dev.cxmon.cxone;

import java.util.concurrent.TimeUnit;

/** Blocks the calling thread; injected so that waits in tests can advance a fake clock instead. */
@FunctionalInterface
public interface Sleeper {
    Sleeper SYSTEM = TimeUnit.NANOSECONDS::sleep;

    void sleepNanos(long nanos) throws InterruptedException;
}
