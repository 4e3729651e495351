package dev.cxmon.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.Converters;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Explains SmallRye's refusal of a value as {@link ConfigProblem}s that say what the key expects and how to fix it: a
 * value its type cannot read (a duration written "soon", an empty {@code CXONE_POLL_EVERY=}, a strategy "fast") or one
 * outside the range its constraint declares (a concurrency of 0). Those values fail before any of the monitor's code
 * runs. SmallRye's wording is not read: each known key's value as the user gave it is tried against the type the mapping
 * declares, and a violated constraint is found by the key SmallRye puts before the constraint's message, which is ours
 * (see {@link CxoneConfig}); so the explanation survives a change of SmallRye's wording.
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
        for (int i = 0; i < invalid.get().getProblemCount(); i++) {
            outOfRange(invalid.get().getProblem(i).getMessage(), given).ifPresent(problems::add);
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

    /**
     * The problem a violated constraint reports. Bean Validation's report reaches us as text: SmallRye writes the property's
     * name, a space and the constraint's message, which is one of CxoneConfig's: "what is wrong{@value CxoneConfig#FIX}how to
     * fix it". The name is compared without case and hyphens, because SmallRye 3.16 writes a nested group in its method's
     * spelling (cxone.rateLimit.max-retries for cxone.rate-limit.max-retries).
     */
    static Optional<ConfigProblem> outOfRange(String reported, GivenSettings given) {
        int space = reported.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        // a list's element is reported with its index: cxone.business-units[1]
        String name = loose(reported.substring(0, space).replaceAll("\\[\\d+]$", ""));
        return ConfigKeys.all().stream().filter(key -> loose(key).equals(name)).findFirst().map(key -> {
            String message = reported.substring(space + 1);
            int fix = message.indexOf(CxoneConfig.FIX);
            String value = given.raw(key).map(raw -> "'" + raw + "' ").orElse("");
            return fix < 0 ? new ConfigProblem(key, value + message, "see the configuration table in the README")
                    : new ConfigProblem(key, value + message.substring(0, fix), message.substring(fix + CxoneConfig.FIX.length()));
        });
    }

    private static String loose(String name) {
        return name.replace("-", "").toLowerCase(Locale.ROOT);
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
        } else if (!readable(property, valueType, raw)) {
            problem = "'" + raw + "' " + (choices(valueType).isEmpty() ? "cannot be read." : "is not " + alternatives(choices(valueType)) + ".");
        } else {
            return Optional.empty();
        }
        Optional<String> byDefault = Optional.ofNullable(property.getAnnotation(WithDefault.class)).map(WithDefault::value);
        String removal = ", or remove the setting (and its environment variable " + ConfigKeys.environmentName(key) + ")";
        return Optional.of(new ConfigProblem(key, problem,
                "set " + expected(valueType, byDefault) + removal + byDefault.map(d -> " to use the default " + d).orElse("")));
    }

    private static boolean readable(Method property, Type type, String raw) {
        String value = raw.trim();
        try {
            WithConverter custom = property.getAnnotation(WithConverter.class);
            if (custom != null) {
                return custom.value().getDeclaredConstructor().newInstance().convert(raw) != null;
            }
            if (type instanceof Class<?> enumType && enumType.isEnum()) {
                return Converters.getImplicitConverter(enumType).convert(raw) != null;
            }
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
        } catch (ReflectiveOperationException converterWithoutConstructor) {
            throw new IllegalStateException(converterWithoutConstructor);
        }
    }

    /** An enum's values as they are written in a setting: PER_AGENT is per-agent. */
    private static List<String> choices(Type type) {
        if (type instanceof Class<?> enumType && enumType.isEnum()) {
            return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        }
        return List.of();
    }

    /** per-agent, bulk or auto. */
    private static String alternatives(List<String> choices) {
        return choices.size() == 1 ? choices.get(0)
                : String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.get(choices.size() - 1);
    }

    /** cxone.poll.resolve-every is CxoneConfig.poll().resolveEvery(), following the mapping's kebab-case naming. */
    static Optional<Method> property(Class<?> group, String path) {
        return group == CxoneConfig.class ? ConfigKeys.method(ConfigKeys.PREFIX + path) : Optional.empty();
    }

    private static String expected(Type type, Optional<String> byDefault) {
        if (!choices(type).isEmpty()) {
            return alternatives(choices(type));
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
}
