package dev.cxmon.cli;

import dev.cxmon.config.ConfigProblem;
import dev.cxmon.config.InvalidConfigException;
import dev.cxmon.config.UnreadableConfig;
import io.quarkus.runtime.QuarkusBindException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.net.BindException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Says why the application failed to start. Quarkus logs nothing itself when the launcher handles the exit, so
 * without this a bad tenant file or a taken port ends the process with exit code 1 and no word.
 */
final class StartupFailure {

    private static final List<String> PORT_KEYS = List.of("quarkus.http.port", "quarkus.management.port", "quarkus.http.ssl-port");

    private static final Pattern MANAGEMENT_BIND = Pattern.compile("management interface on (\\S+):(\\d+)");

    private StartupFailure() {}

    /** The configuration problems behind the failure; empty when it was something else. */
    static List<ConfigProblem> problems(Throwable failure) {
        List<ConfigProblem> problems = new ArrayList<>(UnreadableConfig.explain(failure));
        for (Throwable t : chain(failure)) {
            if (t instanceof InvalidConfigException invalid) {
                problems.addAll(invalid.problems());
            } else if (t instanceof QuarkusBindException taken) {
                return List.of(portInUse(taken.getHost(), taken.getPort()));
            }
        }
        if (problems.isEmpty() && chain(failure).stream().anyMatch(BindException.class::isInstance)) {
            // The management interface reports a taken port as an IllegalStateException naming host:port.
            chain(failure).stream().map(t -> MANAGEMENT_BIND.matcher(String.valueOf(t.getMessage()))).filter(Matcher::find).findFirst()
                    .ifPresent(m -> problems.add(portInUse(m.group(1), Integer.parseInt(m.group(2)))));
        }
        return problems;
    }

    /** One line per distinct message in the cause chain, for failures that are not about configuration. */
    static String describe(Throwable failure) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t : chain(failure)) {
            messages.add(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip());
        }
        return String.join("\n  caused by: ", messages);
    }

    private static ConfigProblem portInUse(String host, int port) {
        String problem = "port " + port + " is already in use on " + host + " (by another process, or another copy of this monitor).";
        Optional<String> key = PORT_KEYS.stream().filter(k -> configured(k).filter(v -> v.equals(String.valueOf(port))).isPresent()).findFirst();
        if (key.isEmpty()) {
            return new ConfigProblem("quarkus.http.port or quarkus.management.port", problem, "stop the other process, or choose free ports");
        }
        String variable = key.get().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        return new ConfigProblem(key.get(), problem, "stop the other process, or set " + key.get() + " (environment variable " + variable
                + ") to a free port");
    }

    private static Optional<String> configured(String key) {
        try {
            return ConfigProvider.getConfig().getOptionalValue(key, String.class);
        } catch (RuntimeException configGone) {
            return Optional.empty();
        }
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
