package dev.cxmon.simulator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which users and agents a token may see, like the "view" part of a CXone security profile. */
public enum Visibility {
    /** Every user and agent of the business unit. */
    ALL,
    /** Only users in the access key owner's team. */
    TEAM,
    /** Only the access key owner. */
    SELF;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Visibility fromWireName(String name) {
        for (Visibility v : values()) {
            if (v.wireName().equalsIgnoreCase(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown visibility '" + name + "', expected all, team or self");
    }
}
