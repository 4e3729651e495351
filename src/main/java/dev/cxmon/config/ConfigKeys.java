package dev.cxmon.config;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code cxone.*} keys this monitor knows, read from {@link CxoneConfig} itself so that a new key is known the moment
 * it is declared; with each key's environment variable and the known key closest to a misspelt one.
 */
public final class ConfigKeys {

    static final String PREFIX = "cxone.";

    /** Key to its mapping method, e.g. cxone.poll.resolve-every to Poll.resolveEvery(). */
    private static final Map<String, Method> KEYS = collect();

    private ConfigKeys() {}

    public static List<String> all() {
        return List.copyOf(KEYS.keySet());
    }

    public static Optional<Method> method(String key) {
        return Optional.ofNullable(KEYS.get(key));
    }

    /** cxone.poll.resolve-every is CXONE_POLL_RESOLVE_EVERY, as SmallRye maps environment variables. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The known key a property name or environment variable means, if it is one: CXONE_POLL_EVERY gives cxone.poll.every. */
    public static Optional<String> known(String name) {
        String bare = name.replaceAll("\\[\\d+]$", "");
        if (KEYS.containsKey(bare)) {
            return Optional.of(bare);
        }
        return KEYS.keySet().stream().filter(k -> environmentName(k).equals(bare)).findFirst();
    }

    /** The known key nearest to a misspelt name, compared in the name's own spelling (property or environment variable). */
    public static String closest(String name) {
        boolean environment = !name.equals(name.toLowerCase(Locale.ROOT));
        return KEYS.keySet().stream()
                .min(Comparator.comparingInt((String k) -> Spelling.distance(name, environment ? environmentName(k) : k)).thenComparing(k -> k))
                .orElseThrow();
    }

    private static Map<String, Method> collect() {
        Map<String, Method> keys = new TreeMap<>();
        collect(CxoneConfig.class, PREFIX, keys);
        return keys;
    }

    private static void collect(Class<?> group, String prefix, Map<String, Method> keys) {
        for (Method method : group.getMethods()) {
            if (method.getParameterCount() != 0 || method.isDefault() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String key = prefix + kebabCase(method.getName());
            if (method.getReturnType().isInterface() && method.getReturnType().getEnclosingClass() == CxoneConfig.class) {
                collect(method.getReturnType(), key + ".", keys);
            } else {
                keys.put(key, method);
            }
        }
    }

    private static String kebabCase(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
