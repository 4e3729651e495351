package dev.cxmon.simulator;

import static java.util.Objects.requireNonNull;

/** The registered back-end application whose client credentials the token endpoint accepts. */
public record ClientApplication(String clientId, String clientSecret, ClientAuthMethod authMethod) {

    public ClientApplication {
        requireNonNull(clientId, "application.clientId is required");
        requireNonNull(clientSecret, "application.clientSecret is required");
        authMethod = authMethod == null ? ClientAuthMethod.BASIC : authMethod;
    }

    @Override
    public String toString() {
        return "ClientApplication[clientId=" + clientId + ", clientSecret=***, authMethod=" + authMethod + "]";
    }
}
