package dev.cxmon.simulator;

/** An agent's state as written in the tenant file; the live state is kept by {@link SimulatorTenant}. */
public record InitialAgentState(int agentStateId, String outStateDescription, Long contactId) {

    public InitialAgentState {
        AgentStateId.require(agentStateId);
    }

    public static InitialAgentState loggedOut() {
        return new InitialAgentState(AgentStateId.LOGGED_OUT.id(), null, null);
    }
}
