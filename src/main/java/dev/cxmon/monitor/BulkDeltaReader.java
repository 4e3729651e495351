package dev.cxmon.monitor;

import dev.cxmon.cxone.AgentStateRecord;
import dev.cxmon.cxone.BulkStates;
import dev.cxmon.cxone.CxoneApi;
import dev.cxmon.cxone.CxoneCallException;
import dev.cxmon.cxone.CxoneFailure;
import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Delta polling: one GET /agents/states per poll with updatedSince = the server's last lastPollTime, applied to a
 * snapshot; a full read (updatedSince = epoch) on start, every {@code fullResyncEvery} and after any error.
 * Roster agents the bulk view does not list are read per agent; one that the per-agent endpoint does see is
 * hidden from the bulk view (BULK_NOT_VISIBLE), counted in cxone_bulk_hidden_agents. The bulk call is made in
 * {@link #refresh}, before resolution, which takes the identities of the agents it lists from the snapshot.
 */
final class BulkDeltaReader implements RosterReader {

    private static final Logger LOG = Logger.getLogger(BulkDeltaReader.class);

    private final PerAgentReader perAgent;
    private final ExecutorService workers;
    private final Predicate<CxoneFailure> fallsBackOn;
    private final Duration fullResyncEvery;
    private final IntConsumer hiddenCount;
    private final BulkSnapshot snapshot = new BulkSnapshot();
    private Set<String> hidden = Set.of();
    private Instant bulkUnusableUntil;
    /** Set by refresh() for the read() of the same poll (both under the poll lock); null when read() must read itself. */
    private BulkRead thisPoll;

    /**
     * @param fallsBackOn the failures of the bulk call after which everything is read per agent until the next full
     *                    resync (the auto strategy: the bulk endpoint refuses, 403/404); none for the bulk strategy
     */
    BulkDeltaReader(PerAgentReader perAgent, ExecutorService workers, Predicate<CxoneFailure> fallsBackOn, Duration fullResyncEvery,
            IntConsumer hiddenCount) {
        this.perAgent = perAgent;
        this.workers = workers;
        this.fallsBackOn = fallsBackOn;
        this.fullResyncEvery = fullResyncEvery;
        this.hiddenCount = hiddenCount;
    }

    @Override
    public AgentDirectory refresh(CxoneApi api, Instant now, PollDeadline deadline) {
        thisPoll = bulkRead(api, now, deadline);
        return switch (thisPoll.outcome()) {
            case READ -> snapshot.directory();
            case ONE_BY_ONE -> AgentDirectory.NONE;
            case TIMED_OUT, FAILED -> AgentDirectory.MISSED;
        };
    }

    @Override
    public Map<ResolvedAgent, AgentObservation> read(List<ResolvedAgent> roster, CxoneApi api, Instant now, PollDeadline deadline) {
        BulkRead bulk = thisPoll != null ? thisPoll : bulkRead(api, now, deadline);
        thisPoll = null;
        return switch (bulk.outcome()) {
            case READ -> fromSnapshot(roster, api, now, deadline);
            case ONE_BY_ONE -> perAgent.read(roster, api, now, deadline);
            case TIMED_OUT -> {
                AgentObservation notReached = deadline.notReached(now);
                Map<ResolvedAgent, AgentObservation> observations = new LinkedHashMap<>();
                roster.forEach(agent -> observations.put(agent, agent.agentId().isEmpty() ? AgentPoll.unresolved(agent, now) : notReached));
                yield observations;
            }
            case FAILED -> everyAgentFailed(roster, bulk.failure(), now);
        };
    }

    /** This poll's bulk read, applied to the snapshot (or the snapshot dropped when it failed). */
    private BulkRead bulkRead(CxoneApi api, Instant now, PollDeadline deadline) {
        if (bulkUnusableUntil != null && now.isBefore(bulkUnusableUntil)) {
            return BulkRead.ONE_BY_ONE;
        }
        Optional<CxoneFailure> failure;
        try {
            failure = refreshSnapshot(api, now, deadline);
        } catch (TimeoutException e) {
            snapshot.invalidate();
            return BulkRead.TIMED_OUT;
        }
        if (failure.isPresent()) {
            snapshot.invalidate();
            if (fallsBackOn.test(failure.get())) {
                bulkUnusableUntil = now.plus(fullResyncEvery);
                LOG.warnf("bulk agent states unusable (%s); reading agents one by one until %s", failure.get().message(), bulkUnusableUntil);
                return BulkRead.ONE_BY_ONE;
            }
            return new BulkRead(Outcome.FAILED, failure.get());
        }
        bulkUnusableUntil = null;
        return BulkRead.READ;
    }

    private enum Outcome { READ, ONE_BY_ONE, TIMED_OUT, FAILED }

    /** How this poll's bulk read went, kept from {@link #refresh} to {@link #read}; the failure when FAILED. */
    private record BulkRead(Outcome outcome, CxoneFailure failure) {
        static final BulkRead READ = new BulkRead(Outcome.READ, null);
        static final BulkRead ONE_BY_ONE = new BulkRead(Outcome.ONE_BY_ONE, null);
        static final BulkRead TIMED_OUT = new BulkRead(Outcome.TIMED_OUT, null);
    }

    /**
     * The bulk call runs on a worker so that the poll can stop waiting for it at its deadline; its answer is applied
     * here, so a call that is given up on never touches the snapshot.
     */
    private Optional<CxoneFailure> refreshSnapshot(CxoneApi api, Instant now, PollDeadline deadline) throws TimeoutException {
        boolean full = snapshot.fullSyncDue(now, fullResyncEvery);
        String updatedSince = snapshot.updatedSince(full);
        Future<BulkStates> call = workers.submit(() -> api.bulkStates(Optional.of(updatedSince)));
        try {
            BulkStates answer = await(call, deadline);
            if (full) {
                snapshot.applyFull(answer, now);
            } else {
                snapshot.apply(answer);
            }
            return Optional.empty();
        } catch (CxoneCallException e) {
            return Optional.of(e.failure());
        }
    }

    private static BulkStates await(Future<BulkStates> call, PollDeadline deadline) throws TimeoutException {
        try {
            return call.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Map<ResolvedAgent, AgentObservation> fromSnapshot(List<ResolvedAgent> roster, CxoneApi api, Instant now, PollDeadline deadline) {
        Map<ResolvedAgent, AgentObservation> observations = new LinkedHashMap<>();
        List<ResolvedAgent> notListed = new ArrayList<>();
        for (ResolvedAgent agent : roster) {
            Optional<AgentStateRecord> record = agent.agentId().flatMap(snapshot::get);
            if (record.isPresent()) {
                observations.put(agent, AgentPoll.fromRecord(record.get(), now));
            } else {
                notListed.add(agent);
            }
        }
        Map<ResolvedAgent, AgentObservation> readOneByOne = perAgent.read(notListed, api, now, deadline);
        Set<String> nowHidden = new HashSet<>();
        for (ResolvedAgent agent : notListed) {
            AgentObservation observation = readOneByOne.get(agent);
            observations.put(agent, observation);
            if (agent.agentId().isPresent() && observation.error().isEmpty()) {
                nowHidden.add(agent.key());
            }
        }
        reportHidden(nowHidden);
        Map<ResolvedAgent, AgentObservation> inRosterOrder = new LinkedHashMap<>();
        roster.forEach(agent -> inRosterOrder.put(agent, observations.get(agent)));
        return inRosterOrder;
    }

    private void reportHidden(Set<String> nowHidden) {
        for (String key : nowHidden) {
            if (!hidden.contains(key)) {
                LOG.warnf("agent %s is missing from the bulk agent states but the per-agent endpoint sees it (BULK_NOT_VISIBLE); "
                        + "it is read one by one", key);
            }
        }
        hidden = Set.copyOf(nowHidden);
        hiddenCount.accept(hidden.size());
    }

    private static Map<ResolvedAgent, AgentObservation> everyAgentFailed(List<ResolvedAgent> roster, CxoneFailure failure, Instant now) {
        Map<ResolvedAgent, AgentObservation> observations = new LinkedHashMap<>();
        for (ResolvedAgent agent : roster) {
            observations.put(agent, agent.agentId().isEmpty() ? AgentPoll.unresolved(agent, now)
                    : AgentObservation.failed(failure, "bulk agent states: " + failure.message() + " [" + failure.exchange().describe() + "]", now));
        }
        return observations;
    }

    /** 403 (no permission for the bulk view) or 404 (no such endpoint here): per-agent may still work. */
    static boolean bulkRefuses(CxoneFailure failure) {
        return failure.kind() == FailureKind.SCOPE
                || failure.kind() == FailureKind.MALFORMED && failure.cause() == FailureCause.HTTP_STATUS && failure.status() == 404;
    }
}
