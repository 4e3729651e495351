package dev.cxmon.simulator;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The live tenant: immutable identity data from the tenant file plus the agents' changing states.
 * Thread-safe: identity data never changes, states live in a synchronized store.
 */
public final class SimulatorTenant {

    private final TenantInfo info;
    private final ClientApplication application;
    private final TenantSettings settings;
    private final Map<Long, Team> teams;
    private final List<SimulatedUser> users;
    private final Map<UUID, SimulatedUser> usersById;
    private final Map<String, SimulatedUser> usersByName;
    private final Map<Long, SimulatedUser> usersByAgentId;
    private final Map<String, AccessKey> accessKeys;
    private final UnavailableCodes unavailableCodes;
    private final AgentStateStore states;

    SimulatorTenant(TenantDefinition definition, Clock clock) {
        this.info = definition.tenant();
        this.application = definition.application();
        this.settings = definition.settings();
        this.teams = index(definition.teams(), Team::id);
        this.users = definition.users();
        this.usersById = index(users, SimulatedUser::userId);
        this.usersByName = index(users, u -> u.userName().toLowerCase(Locale.ROOT));
        this.usersByAgentId = index(users.stream().filter(SimulatedUser::isAgent)
                .sorted(Comparator.comparingLong(u -> u.agent().agentId())).toList(), u -> u.agent().agentId());
        this.accessKeys = index(definition.accessKeys(), AccessKey::id);
        this.unavailableCodes = new UnavailableCodes(definition.unavailableCodes());
        this.states = new AgentStateStore(clock, usersByAgentId.values().stream()
                .collect(Collectors.toMap(u -> u.agent().agentId(), u -> u.agent().state())), unavailableCodes);
    }

    public TenantInfo info() {
        return info;
    }

    public ClientApplication application() {
        return application;
    }

    public TenantSettings settings() {
        return settings;
    }

    /** The reasons an agent may give for Unavailable (2), as the tenant file lists them. */
    public List<UnavailableCode> unavailableCodes() {
        return unavailableCodes.all();
    }

    UnavailableCodes codes() {
        return unavailableCodes;
    }

    public List<Team> teams() {
        return List.copyOf(teams.values());
    }

    public Optional<Team> team(long teamId) {
        return Optional.ofNullable(teams.get(teamId));
    }

    public List<SimulatedUser> users() {
        return users;
    }

    public Optional<SimulatedUser> user(UUID userId) {
        return Optional.ofNullable(usersById.get(userId));
    }

    /** Case-insensitive, like CXone user names. */
    public Optional<SimulatedUser> userByName(String userName) {
        return Optional.ofNullable(userName == null ? null : usersByName.get(userName.toLowerCase(Locale.ROOT)));
    }

    /** Users with an agent record, by ascending agentId. */
    public List<SimulatedUser> agentUsers() {
        return List.copyOf(usersByAgentId.values());
    }

    public Optional<SimulatedUser> userByAgentId(long agentId) {
        return Optional.ofNullable(usersByAgentId.get(agentId));
    }

    public List<AccessKey> accessKeys() {
        return List.copyOf(accessKeys.values());
    }

    public Optional<AccessKey> accessKey(String id) {
        return Optional.ofNullable(id == null ? null : accessKeys.get(id));
    }

    public Optional<AgentState> agentState(long agentId) {
        return states.get(agentId);
    }

    public List<AgentState> agentStates() {
        return states.all();
    }

    /**
     * Changes an agent's state and bumps its lastUpdateTime. {@code outStateDescription} names one of the tenant's
     * unavailable codes (case-insensitive) and only goes with Unavailable (2).
     *
     * @throws IllegalArgumentException for an unknown agent, state id or code, or a reason with another state
     */
    public AgentState setAgentState(long agentId, int agentStateId, String outStateDescription) {
        AgentStateId stateId = AgentStateId.require(agentStateId);
        UnavailableCode outState = null;
        if (outStateDescription != null && !outStateDescription.isBlank()) {
            requireUnavailable(stateId);
            outState = unavailableCodes.requireName(outStateDescription);
        }
        return setAgentState(agentId, stateId, outState);
    }

    AgentState setAgentState(long agentId, AgentStateId stateId, UnavailableCode outState) {
        if (outState != null) {
            requireUnavailable(stateId);
        }
        return states.change(agentId, stateId, outState);
    }

    static void requireUnavailable(AgentStateId stateId) {
        if (stateId != AgentStateId.UNAVAILABLE) {
            throw new IllegalArgumentException("a reason (unavailable code) belongs only to Unavailable (2), not to "
                    + stateId.cxoneName() + " (" + stateId.id() + ")");
        }
    }

    AgentStateStore.DeltaPoll pollStates(Instant updatedSince) {
        return states.changedSince(updatedSince);
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        Map<K, V> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(key.apply(v), v));
        return Collections.unmodifiableMap(map);
    }

    /** A team of the tenant, as the tenant file names it. */
    public record Team(long id, String name) {

        public Team {
            requireNonNull(name, "team name is required");
            if (id <= 0) {
                throw new IllegalArgumentException("team " + name + ": id must be a positive number");
            }
        }
    }
}
