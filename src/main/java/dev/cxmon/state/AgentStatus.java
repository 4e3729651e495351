package dev.cxmon.state;

/** The monitor's top-level answer for one agent: the {@code state} label of cxone_agent_state. */
public enum AgentStatus {
    LOGGED_IN,
    LOGGED_OUT,
    ERROR
}
