package dev.cxmon.monitor;

import dev.cxmon.cxone.CxoneApi;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.cxone.Redactor;
import java.time.Clock;
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

/** One GET /agents/{id}/states per agent, at most {@code concurrency} at once, all within the poll's deadline. */
final class PerAgentReader implements RosterReader {

    private static final Logger LOG = Logger.getLogger(PerAgentReader.class);

    private final ExecutorService workers;
    private final Clock clock;

    PerAgentReader(ExecutorService workers, Clock clock) {
        this.workers = workers;
        this.clock = clock;
    }

    @Override
    public Map<ResolvedAgent, AgentObservation> read(List<ResolvedAgent> roster, CxoneApi api, Instant now, PollDeadline deadline) {
        Map<ResolvedAgent, Future<AgentObservation>> pending = new LinkedHashMap<>();
        for (ResolvedAgent agent : roster) {
            pending.put(agent, workers.submit(() -> AgentPoll.poll(agent, api, clock.instant())));
        }
        Map<ResolvedAgent, AgentObservation> observations = new LinkedHashMap<>();
        AgentObservation notReached = null;
        for (Map.Entry<ResolvedAgent, Future<AgentObservation>> entry : pending.entrySet()) {
            AgentObservation observation = await(entry.getValue(), deadline, now);
            if (observation == null) {
                // Judged once, at the deadline, for every agent it cut off.
                notReached = notReached != null ? notReached : deadline.notReached(now);
                observation = notReached;
            }
            observations.put(entry.getKey(), observation);
        }
        return observations;
    }

    /** The agent's observation, or null when the deadline came first (its call is cancelled, or never sent). */
    private static AgentObservation await(Future<AgentObservation> future, PollDeadline deadline, Instant now) {
        try {
            return future.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return null;
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
