package dev.cxmon.config;

import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds {@link SupervisorLimits} from the cxone.supervisor.* keys: each key given wins; one left unset takes the
 * demo defaults while the embedded simulator runs ({@link DemoDefaults#supervisorLimits}), else
 * {@link SupervisorLimits#DEFAULTS}. The daemon refuses to start on {@link #problems()}; {@link #limits()} uses the
 * default for a value it cannot read.
 */
@ApplicationScoped
public class SupervisorLimitsFactory {

    static final String REASON_LIMITS = "cxone.supervisor.reason-limits";
    private static final String FORMAT = "write each entry as <reason>=<limit>, comma-separated, with the reason as CXone names the unavailable "
            + "code and a duration such as 15m, 1h or 90s, e.g. " + REASON_LIMITS + "=Break=15m,Lunch=60m";

    private final CxoneConfig config;
    private final DemoDefaults demo;

    public SupervisorLimitsFactory(CxoneConfig config, DemoDefaults demo) {
        this.config = config;
        this.demo = demo;
    }

    public List<ConfigProblem> problems() {
        return config.supervisor().reasonLimits().map(SupervisorLimitsFactory::problems).orElse(List.of());
    }

    public SupervisorLimits limits() {
        CxoneConfig.Supervisor given = config.supervisor();
        SupervisorLimits defaults = ConfigValidator.simulatorEnabled(config) ? demo.supervisorLimits() : SupervisorLimits.DEFAULTS;
        Map<String, Duration> reasons = given.reasonLimits().filter(r -> !r.isBlank())
                .map(text -> problems(text).isEmpty() ? parse(text) : defaults.reasonLimits()).orElse(defaults.reasonLimits());
        return new SupervisorLimits(reasons, given.defaultReasonLimit().orElse(defaults.defaultReasonLimit()),
                given.neverAvailableLimit().orElse(defaults.neverAvailableLimit()), given.flappingChanges().orElse(defaults.flappingChanges()));
    }

    /** What is wrong with a cxone.supervisor.reason-limits value, one problem per bad entry. */
    static List<ConfigProblem> problems(String text) {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (String entry : entries(text)) {
            int equals = entry.indexOf('=');
            String reason = equals < 0 ? "" : entry.substring(0, equals).trim();
            String limit = equals < 0 ? "" : entry.substring(equals + 1).trim();
            if (reason.isEmpty() || limit.isEmpty()) {
                problems.add(problem("entry '" + entry + "' is not <reason>=<limit>.", FORMAT));
            } else if (reason.equalsIgnoreCase(SupervisorLimits.LOGGED_IN)) {
                problems.add(problem("entry '" + entry + "' sets a limit for LoggedIn, which is no unavailable reason but a login "
                        + "without availability.", "remove it, and set cxone.supervisor.never-available-limit=" + limit + " instead"));
            } else if (duration(limit) == null) {
                problems.add(problem("entry '" + entry + "': '" + limit + "' is not a duration of at least 1s.", FORMAT));
            } else if (seen.putIfAbsent(reason.toLowerCase(Locale.ROOT), entry) != null) {
                problems.add(problem("entry '" + entry + "' gives reason " + reason + " a second limit (after '"
                        + seen.get(reason.toLowerCase(Locale.ROOT)) + "'; reasons are matched without regard to case).", "keep one of them"));
            }
        }
        return problems;
    }

    /** A value without {@link #problems(String)}. */
    static Map<String, Duration> parse(String text) {
        Map<String, Duration> limits = new LinkedHashMap<>();
        for (String entry : entries(text)) {
            int equals = entry.indexOf('=');
            limits.put(entry.substring(0, equals).trim(), duration(entry.substring(equals + 1).trim()));
        }
        return limits;
    }

    private static List<String> entries(String text) {
        return List.of(text.split(",")).stream().map(String::trim).filter(e -> !e.isEmpty()).toList();
    }

    /** 15m, 1h, 90s, PT15M (as every duration of the configuration); null when unreadable or under a second. */
    private static Duration duration(String text) {
        try {
            Duration duration = DurationConverter.parseDuration(text);
            return duration != null && duration.compareTo(Duration.ofSeconds(1)) >= 0 ? duration : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static ConfigProblem problem(String problem, String fix) {
        return new ConfigProblem(REASON_LIMITS, problem, fix);
    }
}
