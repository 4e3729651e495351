package dev.cxmon.state;

import java.util.Optional;

/**
 * The {@code reason} label of an Unavailable agent: the unavailable code's name ({@code outStateDescription}), else its ID
 * ({@code outStateId}), else {@code Unknown}; {@code LoggedIn} for CXone's state 8 (logged in, no availability chosen yet).
 * Bounded so that a tenant's free-text code names cannot make a label of any length. Pure.
 */
public final class UnavailableReason {

    /** Characters kept of a code's name. */
    public static final int MAX_LENGTH = 64;
    public static final String LOGGED_IN = "LoggedIn";
    public static final String UNKNOWN = "Unknown";

    private UnavailableReason() {}

    /** The label, present only while {@code state} is UNAVAILABLE. */
    public static Optional<String> label(Classification state, String outStateDescription, String outStateId) {
        if (state.availability() != Availability.UNAVAILABLE) {
            return Optional.empty();
        }
        if (state.kind() == AgentStateKind.LOGGED_IN) {
            return Optional.of(LOGGED_IN);
        }
        return Optional.of(bounded(outStateDescription).or(() -> bounded(outStateId)).orElse(UNKNOWN));
    }

    private static Optional<String> bounded(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String oneLine = text.replaceAll("[\\s\\p{Cntrl}]+", " ").trim();
        if (oneLine.isEmpty()) {
            return Optional.empty();
        }
        if (oneLine.length() <= MAX_LENGTH) {
            return Optional.of(oneLine);
        }
        int end = Character.isHighSurrogate(oneLine.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return Optional.of(oneLine.substring(0, end).trim());
    }
}
