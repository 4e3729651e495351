package dev.cxmon.simulator;

import java.util.Optional;

/** CXone's agent state ids and names (NICE's {@code AgentStateId} enum). */
public enum AgentStateId {
    LOGGED_OUT(0, "LoggedOut"),
    AVAILABLE(1, "Available"),
    UNAVAILABLE(2, "Unavailable"),
    INBOUND_CONTACT(3, "InboundContact"),
    OUTBOUND_CONTACT(4, "OutboundContact"),
    INBOUND_CONSULT(5, "InboundConsult"),
    OUTBOUND_CONSULT(6, "OutboundConsult"),
    DIALER(7, "Dialer"),
    LOGGED_IN(8, "LoggedIn");

    private final int id;
    private final String cxoneName;

    AgentStateId(int id, String cxoneName) {
        this.id = id;
        this.cxoneName = cxoneName;
    }

    public int id() {
        return id;
    }

    public String cxoneName() {
        return cxoneName;
    }

    /** Handling (or dialling) a contact: the record then carries a contact id, media and skill. */
    public boolean isOnContact() {
        return id >= 3 && id <= 7;
    }

    public boolean isOutbound() {
        return this == OUTBOUND_CONTACT || this == OUTBOUND_CONSULT || this == DIALER;
    }

    public static Optional<AgentStateId> byId(int id) {
        for (AgentStateId s : values()) {
            if (s.id == id) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public static AgentStateId require(int id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException(
                "agentStateId must be 0..8 (LoggedOut..LoggedIn), was " + id));
    }
}
