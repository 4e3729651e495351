package dev.cxmon.simulator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One of the tenant's unavailable codes: a reason an agent may give for Unavailable (2). Agent-state records carry its
 * {@code id} as {@code outStateId} and its {@code name} as {@code outStateDescription}; {@code acw} marks after-call
 * work, which records flag with {@code isACW}.
 */
public record UnavailableCode(long id, String name, boolean acw) {

    public UnavailableCode {
        if (id <= 0) {
            throw new IllegalArgumentException("unavailableCodes: id must be a positive number, was " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("unavailableCodes: code " + id + " needs a name");
        }
        name = name.strip();
    }

    @JsonCreator
    static UnavailableCode fromFile(@JsonProperty("id") Long id, @JsonProperty("name") String name,
            @JsonProperty("acw") Boolean acw) {
        if (id == null) {
            throw new IllegalArgumentException("unavailableCodes: every code needs an id");
        }
        return new UnavailableCode(id, name, Boolean.TRUE.equals(acw));
    }
}
