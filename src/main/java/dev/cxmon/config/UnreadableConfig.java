package dev.cxmon.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.WithDefault;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Explains SmallRye's refusal to convert a value (a duration written "soon", an empty {@code CXONE_POLL_EVERY=}) as
 * {@link ConfigProblem}s that say what the key expects and how to fix it. Those values fail before any of the monitor's
 * code runs. SmallRye's messages are not read: each known key's value as the user gave it is tried against the type the
 * mapping declares, so the explanation survives a change of SmallRye's wording.
 */
public final class UnreadableConfig {

    private UnreadableConfig() {}

    /** The problems behind a failed start, or none when the failure was not about configuration values. */
    public static List<ConfigProblem> explain(Throwable failure) {
        return explain(failure, GivenSettings.ofThisProcess());
    }

    static List<ConfigProblem> explain(Throwable failure, GivenSettings given) {
        Optional<ConfigValidationException> invalid = refusal(failure);
        if (invalid.isEmpty()) {
            return List.of();
        }
        List<ConfigProblem> problems = new ArrayList<>();
        for (String key : ConfigKeys.all()) {
            given.raw(key).flatMap(raw -> unreadable(key, raw)).ifPresent(problems::add);
        }
        boolean explained = !problems.isEmpty();
        // The start stopped before UnknownSettingsGate could run: name a typo now rather than on the next attempt.
        problems.addAll(UnknownSettings.find(given));
        if (!explained) {
            // Not one of ours (a quarkus.* value): SmallRye's text names the key and the value; passed on as it is.
            for (int i = 0; i < invalid.get().getProblemCount(); i++) {
                problems.add(new ConfigProblem("configuration", invalid.get().getProblem(i).getMessage(), "correct or remove the value it names"));
            }
        }
        return problems;
    }

    private static Optional<ConfigValidationException> refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConfigValidationException invalid) {
                return Optional.of(invalid);
            }
        }
        return Optional.empty();
    }

    /** The problem with one key's given value, if the mapping's declared type cannot read it. */
    static Optional<ConfigProblem> unreadable(String key, String raw) {
        Method property = ConfigKeys.method(key).orElseThrow();
        Type type = property.getGenericReturnType();
        boolean optional = type instanceof ParameterizedType p && p.getRawType() == Optional.class;
        Type valueType = optional ? ((ParameterizedType) type).getActualTypeArguments()[0] : type;
        String problem;
        if (raw.isBlank()) {
            if (optional) {
                return Optional.empty();
            }
            problem = "is set but empty.";
        } else if (!readable(valueType, raw.trim())) {
            problem = "'" + raw + "' cannot be read.";
        } else {
            return Optional.empty();
        }
        Optional<String> byDefault = Optional.ofNullable(property.getAnnotation(WithDefault.class)).map(WithDefault::value);
        String removal = ", or remove the setting (and its environment variable " + ConfigKeys.environmentName(key) + ")";
        return Optional.of(new ConfigProblem(key, problem,
                "set " + expected(valueType, byDefault) + removal + byDefault.map(d -> " to use the default " + d).orElse("")));
    }

    private static boolean readable(Type type, String value) {
        try {
            if (type == Duration.class) {
                DurationConverter.parseDuration(value);
            } else if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == double.class || type == Double.class) {
                Double.parseDouble(value);
            }
            return true;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** cxone.poll.resolve-every is CxoneConfig.poll().resolveEvery(), following the mapping's kebab-case naming. */
    static Optional<Method> property(Class<?> group, String path) {
        return group == CxoneConfig.class ? ConfigKeys.method(ConfigKeys.PREFIX + path) : Optional.empty();
    }

    private static String expected(Type type, Optional<String> byDefault) {
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
}
