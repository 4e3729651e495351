package dev.cxmon.simulator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The client authentication method an application was registered with (fixed at registration in CXone). */
public enum ClientAuthMethod {
    BASIC("basic", "client_secret_basic"),
    POST("post", "client_secret_post");

    private final String wireName;
    private final String oauthName;

    ClientAuthMethod(String wireName, String oauthName) {
        this.wireName = wireName;
        this.oauthName = oauthName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The RFC 8414 name, e.g. {@code client_secret_basic}. */
    public String oauthName() {
        return oauthName;
    }

    @JsonCreator
    public static ClientAuthMethod fromWireName(String name) {
        for (ClientAuthMethod m : values()) {
            if (m.wireName.equalsIgnoreCase(name) || m.oauthName.equalsIgnoreCase(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown authMethod '" + name + "', expected basic or post");
    }
}
