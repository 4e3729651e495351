package dev.cxmon.monitor;

import dev.cxmon.cxone.CxoneApi;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.cxone.Redactor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/** One GET /agents/{id}/states per agent, at most {@code concurrency} at once, all within one deadline. */
final class PerAgentReader implements RosterReader {

    private static final Logger LOG = Logger.getLogger(PerAgentReader.class);

    private final ExecutorService workers;
    private final Duration deadline;
    private final Clock clock;

    PerAgentReader(ExecutorService workers, Duration deadline, Clock clock) {
        this.workers = workers;
        this.deadline = deadline;
        this.clock = clock;
    }

    @Override
    public Map<ResolvedAgent, AgentObservation> read(List<ResolvedAgent> roster, CxoneApi api, Instant now) {
        Map<ResolvedAgent, Future<AgentObservation>> pending = new LinkedHashMap<>();
        for (ResolvedAgent agent : roster) {
            pending.put(agent, workers.submit(() -> AgentPoll.poll(agent, api, clock.instant())));
        }
        long until = System.nanoTime() + deadline.toNanos();
        Map<ResolvedAgent, AgentObservation> observations = new LinkedHashMap<>();
        pending.forEach((agent, future) -> observations.put(agent, await(future, until, now)));
        return observations;
    }

    private AgentObservation await(Future<AgentObservation> future, long untilNanos, Instant now) {
        try {
            return future.get(Math.max(0, untilNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return AgentObservation.error(FailureKind.NETWORK, "no answer before the poll deadline of " + deadline.toSeconds() + " s", now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AgentObservation.error(FailureKind.NETWORK, "poll interrupted (shutting down)", now);
        } catch (CancellationException e) {
            return AgentObservation.error(FailureKind.NETWORK, "poll abandoned (shutting down)", now);
        } catch (ExecutionException e) {
            LOG.errorf("unexpected error while polling an agent: %s", Redactor.stripControls(e.getCause().toString()));
            return AgentObservation.error(FailureKind.MALFORMED, "unexpected error: " + e.getCause().getClass().getSimpleName(), now);
        }
    }
}
