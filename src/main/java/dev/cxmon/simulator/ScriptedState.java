package dev.cxmon.simulator;

import static java.util.Objects.requireNonNull;


/** One agent's state in one step of a {@link DayScript}: a state id and, for Unavailable, the reason. */
record ScriptedState(AgentStateId stateId, String outStateDescription) {

    ScriptedState {
        requireNonNull(stateId, "stateId");
        if (outStateDescription != null && stateId != AgentStateId.UNAVAILABLE) {
            throw new IllegalArgumentException("a reason belongs only to Unavailable (2), not to "
                    + stateId.cxoneName() + " (" + stateId.id() + ")");
        }
    }

    /** A script cell: {@code "3"} or {@code "2 After Call Work"} (state id, then the optional reason). */
    static ScriptedState parse(String cell) {
        if (cell == null || cell.isBlank()) {
            throw new IllegalArgumentException("empty cell; expected a state id 0..8");
        }
        String text = cell.strip();
        int space = text.indexOf(' ');
        String id = space < 0 ? text : text.substring(0, space);
        String reason = space < 0 ? null : text.substring(space + 1).strip();
        int stateId;
        try {
            stateId = Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' does not start with a state id 0..8");
        }
        return new ScriptedState(AgentStateId.require(stateId), reason == null || reason.isEmpty() ? null : reason);
    }

    /** The live state is this one: same state id and the code of the same name (names compare as the tenant's do). */
    boolean matches(AgentState live) {
        if (live.stateId() != stateId) {
            return false;
        }
        return outStateDescription == null ? live.outState() == null
                : live.outState() != null && live.outState().name().equalsIgnoreCase(outStateDescription);
    }
}
