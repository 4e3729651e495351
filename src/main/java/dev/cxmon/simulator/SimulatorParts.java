package dev.cxmon.simulator;

/** The handlers the router wires, built once per simulator instance. */
record SimulatorParts(RoutePipeline pipeline, DiscoveryHandlers discovery, TokenEndpoint tokenEndpoint,
        AgentHandlers agents, AgentStateHandlers agentStates, UserHubHandlers users, ControlHandlers control) {
}
