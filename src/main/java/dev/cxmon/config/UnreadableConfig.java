package dev.cxmon.config;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.WithDefault;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns SmallRye's refusal to convert a value (a duration written "soon", an empty {@code CXONE_POLL_EVERY=}) into
 * {@link ConfigProblem}s that say what the key expects and how to fix it. Those values fail before any of the
 * monitor's code runs, so they cannot be validated the way {@link ConfigValidator} does.
 */
public final class UnreadableConfig {

    private static final Pattern KEY = Pattern.compile("config property (\\S+)");
    private static final Pattern VALUE = Pattern.compile("with the config value \"(.*?)\" threw");
    private static final Pattern UNKNOWN_KEY = Pattern.compile("SRCFG00050: (\\S+) in (\\S+) does not map to any root");
    private static final String PREFIX = "cxone.";

    private UnreadableConfig() {}

    /** The problems behind a failed start, or none when the failure was not about configuration values. */
    public static List<ConfigProblem> explain(Throwable failure) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConfigValidationException invalid) {
                for (int i = 0; i < invalid.getProblemCount(); i++) {
                    problems.add(explain(invalid.getProblem(i).getMessage()));
                }
                break;
            }
        }
        return problems;
    }

    static ConfigProblem explain(String smallRyeMessage) {
        Matcher unknown = UNKNOWN_KEY.matcher(smallRyeMessage);
        if (unknown.find()) {
            return new ConfigProblem(unknown.group(1), "is not a setting this monitor knows (found in " + unknown.group(2) + ").",
                    "check its spelling against the configuration table in README.md, or remove it");
        }
        Matcher key = KEY.matcher(smallRyeMessage);
        if (!key.find()) {
            return new ConfigProblem("configuration", smallRyeMessage, "correct the value it names");
        }
        String name = key.group(1);
        Matcher value = VALUE.matcher(smallRyeMessage);
        String problem = smallRyeMessage.contains("empty String") ? "is set but empty."
                : value.find() ? "'" + value.group(1) + "' cannot be read." : smallRyeMessage;
        Optional<Method> property = name.startsWith(PREFIX) ? property(CxoneConfig.class, name.substring(PREFIX.length())) : Optional.empty();
        if (property.isEmpty()) {
            return new ConfigProblem(name, problem, "correct or remove " + name);
        }
        Optional<String> byDefault = Optional.ofNullable(property.get().getAnnotation(WithDefault.class)).map(WithDefault::value);
        String expected = expected(property.get().getGenericReturnType(), byDefault);
        String removal = ", or remove the setting (and its environment variable " + environmentName(name) + ")";
        return new ConfigProblem(name, problem, "set " + expected + removal + byDefault.map(d -> " to use the default " + d).orElse(""));
    }

    /** cxone.poll.resolve-every is CxoneConfig.poll().resolveEvery(), following the mapping's kebab-case naming. */
    static Optional<Method> property(Class<?> group, String path) {
        int dot = path.indexOf('.');
        String head = camelCase(dot < 0 ? path : path.substring(0, dot));
        for (Method method : group.getMethods()) {
            if (method.getName().equals(head) && method.getParameterCount() == 0) {
                return dot < 0 ? Optional.of(method) : property(method.getReturnType(), path.substring(dot + 1));
            }
        }
        return Optional.empty();
    }

    private static String expected(Type type, Optional<String> byDefault) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Optional.class) {
            type = parameterized.getActualTypeArguments()[0];
        }
        if (type == Duration.class) {
            return "a duration such as 500ms, 30s, 5m or 1h";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number such as 20 or 0.5";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return byDefault.map(d -> "a value such as " + d).orElse("a value");
    }

    private static String camelCase(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
