package dev.cxmon.state;

/** Whether a logged-in agent can take a contact: the {@code availability} label of cxone_agent_availability. */
public enum Availability {
    AVAILABLE,
    UNAVAILABLE,
    WORKING,
    LOGGED_OUT,
    UNKNOWN
}
