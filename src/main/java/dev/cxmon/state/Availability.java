package dev.cxmon.state;

/** Whether a logged-in agent can take a contact: the {@code availability} label of cxone_agent_availability. */
public enum Availability {
    AVAILABLE,
    UNAVAILABLE,
    WORKING,
    /**
     * After-call work: neither a break (UNAVAILABLE would count it among the agents on break) nor a contact (WORKING would
     * hide ACW that runs long); CXone counts it apart too ({@code agentsACW} of /skills/activity).
     */
    ACW,
    LOGGED_OUT,
    UNKNOWN
}
