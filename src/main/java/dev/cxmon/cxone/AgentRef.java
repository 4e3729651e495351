package dev.cxmon.cxone;

import java.util.regex.Pattern;

/** How a person named an agent: a numeric agent ID, a user UUID (wrong, but common), or a user name. */
public record AgentRef(String text, Kind kind) {

    public enum Kind { AGENT_ID, USER_ID, USER_NAME, INVALID }

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
    private static final Pattern UUID = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern USER_NAME = Pattern.compile("[^\\s/\\\\?#]{1,256}");

    public static AgentRef parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (DIGITS.matcher(trimmed).matches()) {
            return new AgentRef(trimmed, Kind.AGENT_ID);
        }
        if (UUID.matcher(trimmed).matches()) {
            return new AgentRef(trimmed, Kind.USER_ID);
        }
        if (USER_NAME.matcher(trimmed).matches()) {
            return new AgentRef(trimmed, Kind.USER_NAME);
        }
        return new AgentRef(trimmed, Kind.INVALID);
    }
}
