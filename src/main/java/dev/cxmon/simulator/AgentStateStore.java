package dev.cxmon.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The mutable part of the tenant: every agent's live state, and the {@code updatedSince} delta.
 * All access is synchronized so a poll and a concurrent state change are strictly ordered.
 */
final class AgentStateStore {

    private static final long FIRST_CONTACT_ID = 4_580_001L;

    private final Clock clock;
    private final Map<Long, AgentState> states = new HashMap<>();
    private Instant newestLastPollTime = Instant.EPOCH;
    private long nextContactId = FIRST_CONTACT_ID;

    AgentStateStore(Clock clock, Map<Long, InitialAgentState> initialStates, UnavailableCodes codes) {
        this.clock = clock;
        Instant now = now();
        initialStates.forEach((agentId, initial) -> {
            AgentStateId stateId = AgentStateId.require(initial.agentStateId());
            Long contactId = stateId.isOnContact() ? initial.contactId() : null;
            UnavailableCode outState = initial.outStateDescription() == null ? null : codes.requireName(initial.outStateDescription());
            Instant session = stateId == AgentStateId.LOGGED_OUT ? null : now;
            states.put(agentId, new AgentState(agentId, stateId, outState, contactId, now, now, session));
            if (contactId != null) {
                nextContactId = Math.max(nextContactId, contactId + 1);
            }
        });
        // an agent on a contact whose file entry has no contactId gets a generated one
        states.replaceAll((id, s) -> s.stateId().isOnContact() && s.contactId() == null
                ? new AgentState(id, s.stateId(), s.outState(), nextContactId++, s.startDate(), s.lastUpdateTime(), s.sessionStartTime())
                : s);
    }

    synchronized Optional<AgentState> get(long agentId) {
        return Optional.ofNullable(states.get(agentId));
    }

    synchronized List<AgentState> all() {
        return sorted(new ArrayList<>(states.values()));
    }

    /**
     * Changes an agent's state. The new lastUpdateTime is the clock's now, except when a poll already
     * handed out a lastPollTime at or after now (same millisecond, or a frozen test clock): then it is one
     * millisecond later, so a client that follows lastPollTime never misses the change. The startDate moves only when
     * the state id or the unavailable code changes; the session starts when the agent leaves LoggedOut.
     */
    synchronized AgentState change(long agentId, AgentStateId stateId, UnavailableCode outState) {
        AgentState current = states.get(agentId);
        if (current == null) {
            throw new IllegalArgumentException("no agent with agentId " + agentId);
        }
        Instant now = now();
        Instant stamp = now.isAfter(newestLastPollTime) ? now : newestLastPollTime.plusMillis(1);
        boolean sameState = current.stateId() == stateId && Objects.equals(current.outState(), outState);
        Long contactId = null;
        if (stateId.isOnContact()) {
            contactId = current.stateId().isOnContact() && current.contactId() != null
                    ? current.contactId()
                    : nextContactId++;
        }
        Instant session = null;
        if (stateId != AgentStateId.LOGGED_OUT) {
            session = current.isLoggedOut() ? stamp : current.sessionStartTime();
        }
        AgentState updated = new AgentState(agentId, stateId, outState, contactId,
                sameState ? current.startDate() : stamp, stamp, session);
        states.put(agentId, updated);
        return updated;
    }

    /** States changed strictly after {@code updatedSince} (all when null), and the lastPollTime to hand back. */
    synchronized DeltaPoll changedSince(Instant updatedSince) {
        Instant lastPollTime = now();
        List<AgentState> changed = new ArrayList<>();
        for (AgentState state : states.values()) {
            if (state.lastUpdateTime().isAfter(lastPollTime)) {
                lastPollTime = state.lastUpdateTime();
            }
            if (updatedSince == null || state.lastUpdateTime().isAfter(updatedSince)) {
                changed.add(state);
            }
        }
        if (lastPollTime.isAfter(newestLastPollTime)) {
            newestLastPollTime = lastPollTime;
        }
        return new DeltaPoll(sorted(changed), lastPollTime);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static List<AgentState> sorted(List<AgentState> list) {
        list.sort(Comparator.comparingLong(AgentState::agentId));
        return List.copyOf(list);
    }

    record DeltaPoll(List<AgentState> changed, Instant lastPollTime) {
    }
}
