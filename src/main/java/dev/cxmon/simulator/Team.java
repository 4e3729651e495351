package dev.cxmon.simulator;

import static java.util.Objects.requireNonNull;

public record Team(long id, String name) {

    public Team {
        requireNonNull(name, "team name is required");
        if (id <= 0) {
            throw new IllegalArgumentException("team " + name + ": id must be a positive number");
        }
    }
}
