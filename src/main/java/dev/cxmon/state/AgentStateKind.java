package dev.cxmon.state;

import java.util.Locale;
import java.util.Optional;

/**
 * CXone's agent states: ids 0..8 of NICE's AgentStateId enum, plus the states NICE's agent app
 * reports by name only (DialerPending, After Call Work).
 */
public enum AgentStateKind {
    LOGGED_OUT(0, "LoggedOut"),
    AVAILABLE(1, "Available"),
    UNAVAILABLE(2, "Unavailable"),
    INBOUND_CONTACT(3, "InboundContact"),
    OUTBOUND_CONTACT(4, "OutboundContact"),
    INBOUND_CONSULT(5, "InboundConsult"),
    OUTBOUND_CONSULT(6, "OutboundConsult"),
    DIALER(7, "Dialer"),
    /** A session exists but the agent has not chosen Available or Unavailable yet. */
    LOGGED_IN(8, "LoggedIn"),
    DIALER_PENDING(-1, "DialerPending"),
    AFTER_CALL_WORK(-1, "AfterCallWork"),
    UNKNOWN(-1, "Unknown");

    private final int id;
    private final String cxoneName;

    AgentStateKind(int id, String cxoneName) {
        this.id = id;
        this.cxoneName = cxoneName;
    }

    public String cxoneName() {
        return cxoneName;
    }

    public static Optional<AgentStateKind> fromId(Integer id) {
        if (id == null) {
            return Optional.empty();
        }
        for (AgentStateKind kind : values()) {
            if (kind.id >= 0 && kind.id == id) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public static Optional<AgentStateKind> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
        if (key.equals("acw")) {
            return Optional.of(AFTER_CALL_WORK);
        }
        for (AgentStateKind kind : values()) {
            if (kind != UNKNOWN && kind.cxoneName.toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
