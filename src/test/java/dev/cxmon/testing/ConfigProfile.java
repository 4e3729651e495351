package dev.cxmon.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Quarkus test profile that only overrides configuration:
 * {@code public static class WithToken extends ConfigProfile { public WithToken() { super("cxone.api-token", "t"); } }}.
 */
public abstract class ConfigProfile implements QuarkusTestProfile {

    private final Map<String, String> overrides = new LinkedHashMap<>();

    /** @param keysAndValues key, value, key, value, ... */
    protected ConfigProfile(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        for (int i = 0; i < keysAndValues.length; i += 2) {
            overrides.put(keysAndValues[i], keysAndValues[i + 1]);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.copyOf(overrides);
    }
}
