package dev.cxmon.monitor;

import dev.cxmon.cxone.AgentRecord;
import dev.cxmon.cxone.AgentRef;
import dev.cxmon.cxone.CxoneApi;
import dev.cxmon.cxone.CxoneFailure;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.cxone.Redactor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Roster resolution for the poller: when it is due, and one round of it (an entry the poll's bulk read lists taken
 * from it, every other entry looked up on the poll's workers within the time given, what the deadline cut off keeping
 * what was known, duplicates merged). The poller puts the result into the roster state.
 */
final class RosterResolution {

    /** The poller's category: these lines are part of what a poll logs. */
    private static final Logger LOG = Logger.getLogger(RosterPoller.class);

    private final List<RosterEntry> entries;
    private final Duration resolveEvery;
    private final ExecutorService workers;
    /** When the last round completed (no failure stopped it); null before the first. Read and set by the polling thread. */
    private volatile Instant resolvedAt;

    RosterResolution(List<RosterEntry> entries, Duration resolveEvery, ExecutorService workers) {
        this.entries = List.copyOf(entries);
        this.resolveEvery = resolveEvery;
        this.workers = workers;
    }

    /** The states cannot be read (or told apart from "no session") before these entries are resolved. */
    boolean needed(List<ResolvedAgent> roster) {
        boolean someUnresolved = roster.stream()
                .anyMatch(a -> a.agentId().isEmpty() && a.problem().filter(k -> k == FailureKind.AGENT_ID).isEmpty()
                        || a.agentId().isPresent() && !a.confirmedByCxone() && a.problem().isEmpty());
        return resolvedAt == null || someUnresolved;
    }

    /** The periodic refresh (names, moved user names) is due; always before the first complete round. */
    boolean refreshDue(Instant now) {
        return resolvedAt == null || !now.isBefore(resolvedAt.plus(resolveEvery));
    }

    /**
     * @param known          the agents the poll's bulk read lists: an entry found there costs no call; when that read
     *                       failed, only the entries not confirmed yet are looked up and the round stays due
     * @param onlyUnresolved look up only the entries not confirmed yet (a round that the deadline cut short goes on where
     *                       it stopped instead of looking up the same first entries again)
     * @return the roster resolved anew (entries the deadline cut off keep what was known), none when it was interrupted
     */
    Optional<List<ResolvedAgent>> resolve(CxoneApi api, AgentDirectory known, List<ResolvedAgent> current, Instant now, long withinNanos,
            PollDeadline deadline, boolean onlyUnresolved) {
        // A bulk read that failed tells nothing this poll: what is confirmed stays and the refresh waits for a read that
        // works, instead of a GET /agents/{id} for every agent of the bulk view.
        boolean keepConfirmed = onlyUnresolved || known.missed();
        long end = System.nanoTime() + withinNanos;
        Map<String, ResolvedAgent> previous = new LinkedHashMap<>();
        current.forEach(a -> previous.put(a.entry().key(), a));
        List<ResolvedAgent> resolved = new ArrayList<>(entries.size());
        List<Integer> toLookUp = new ArrayList<>();
        for (RosterEntry entry : entries) {
            Optional<ResolvedAgent> kept = Optional.ofNullable(previous.get(entry.key()))
                    .filter(a -> keepConfirmed && (a.confirmedByCxone() || a.problem().filter(k -> k == FailureKind.AGENT_ID).isPresent()));
            Optional<ResolvedAgent> answer = kept.or(() -> RosterResolver.fromDirectory(entry, known));
            if (answer.isEmpty()) {
                toLookUp.add(resolved.size());
            }
            resolved.add(answer.orElse(null));
        }
        Optional<CxoneFailure> stoppedBy;
        try {
            stoppedBy = lookUp(toLookUp, resolved, api, previous, end);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            LOG.warnf("roster resolution failed unexpectedly: %s", Redactor.stripControls(e.getCause().toString()));
            return Optional.empty();
        }
        AgentObservation notReached = null;
        for (int i = 0; i < resolved.size(); i++) {
            if (resolved.get(i) == null) {
                RosterEntry entry = entries.get(i);
                notReached = notReached != null ? notReached : deadline.notReached(now);
                resolved.set(i, notLookedUp(entry, Optional.ofNullable(previous.get(entry.key())), notReached));
            }
        }
        stoppedBy.ifPresentOrElse(
                failure -> LOG.debugf("roster resolution stopped at the first failure, kept what was known, retried next poll: %s",
                        failure.message()),
                () -> resolvedAt = known.missed() ? resolvedAt : now);
        return Optional.of(withoutDuplicates(resolved));
    }

    /**
     * Asks CXone about the entries at {@code indexes} on the poll's workers by {@code endNanos} (System.nanoTime), user
     * names sharing searches first; an entry the deadline cut off stays null.
     *
     * @return the failure that stopped the round, if one did
     */
    private Optional<CxoneFailure> lookUp(List<Integer> indexes, List<ResolvedAgent> resolved, CxoneApi api,
            Map<String, ResolvedAgent> previous, long endNanos) throws InterruptedException, ExecutionException {
        List<String> userNames = indexes.stream().map(entries::get).filter(e -> e.ref().kind() == AgentRef.Kind.USER_NAME)
                .map(RosterEntry::key).toList();
        Map<String, AgentRecord> sharedSearch = UserNameSearch.shared(userNames, api, workers, endNanos - System.nanoTime());
        ResolutionRound round = new ResolutionRound();
        List<Callable<ResolvedAgent>> tasks = new ArrayList<>(indexes.size());
        for (int index : indexes) {
            RosterEntry entry = entries.get(index);
            Optional<ResolvedAgent> known = Optional.ofNullable(previous.get(entry.key()));
            tasks.add(() -> RosterResolver.resolve(entry, api, known, round, sharedSearch));
        }
        List<Future<ResolvedAgent>> futures = workers.invokeAll(tasks, Math.max(0, endNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        for (int i = 0; i < futures.size(); i++) {
            resolved.set(indexes.get(i), futures.get(i).isCancelled() ? null : futures.get(i).get());
        }
        return round.stoppedBy();
    }

    /**
     * An entry whose lookup the deadline cut off keeps what was known; an agent ID is still read (bulk may list it), and
     * an entry with nothing to read is ERROR for the deadline's reason, never agent_id: nobody found it unknown.
     */
    private static ResolvedAgent notLookedUp(RosterEntry entry, Optional<ResolvedAgent> previous, AgentObservation notReached) {
        if (previous.filter(p -> p.agentId().isPresent() || p.problem().isPresent()).isPresent()) {
            return previous.get();
        }
        if (entry.ref().kind() == dev.cxmon.cxone.AgentRef.Kind.AGENT_ID) {
            return new ResolvedAgent(entry, Optional.of(Long.parseLong(entry.key())), Optional.empty(), Optional.empty(), Optional.empty());
        }
        return ResolvedAgent.unresolved(entry, notReached.error().orElseThrow(), "not looked up yet: " + notReached.errorMessage().orElse(""));
    }

    /** Two entries that name one agent (its ID and its user name) must not be polled and counted twice. */
    private static List<ResolvedAgent> withoutDuplicates(List<ResolvedAgent> resolved) {
        Map<String, ResolvedAgent> byKey = new LinkedHashMap<>();
        for (ResolvedAgent agent : resolved) {
            ResolvedAgent first = byKey.putIfAbsent(agent.key(), agent);
            if (first != null && !first.entry().key().equals(agent.entry().key())) {
                LOG.warnf("roster entries '%s' and '%s' are the same agent %s; it is monitored once", first.entry().key(),
                        agent.entry().key(), agent.key());
            }
        }
        return List.copyOf(byKey.values());
    }
}
