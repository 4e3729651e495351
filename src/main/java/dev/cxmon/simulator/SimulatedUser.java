package dev.cxmon.simulator;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.UUID;

/** A CXone user; {@code agent} is null for a user without the agent role. */
public record SimulatedUser(UUID userId, String userName, String firstName, String lastName, String emailAddress,
        long teamId, AgentProfile agent) {

    public SimulatedUser {
        requireNonNull(userId, "user.userId is required");
        requireNonNull(userName, "user.userName is required");
        firstName = firstName == null ? "" : firstName;
        lastName = lastName == null ? "" : lastName;
        emailAddress = emailAddress == null ? userName : emailAddress;
    }

    public Optional<AgentProfile> agentProfile() {
        return Optional.ofNullable(agent);
    }

    public boolean isAgent() {
        return agent != null;
    }
}
