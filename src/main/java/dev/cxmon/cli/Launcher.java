package dev.cxmon.cli;

import dev.cxmon.config.ConfigProblem;
import dev.cxmon.config.UnreadableConfig;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.List;

/**
 * The program's entry: runs {@link MonitorMain} and, when start-up fails on a value that cannot even be read (a
 * duration "soon", an empty variable), says which key, what it expects and how to fix it, and exits with 2 like
 * every other configuration problem.
 */
@QuarkusMain
public final class Launcher {

    static final int INVALID_CONFIGURATION = 2;

    private Launcher() {}

    public static void main(String... args) {
        Quarkus.run(MonitorMain.class, Launcher::exit, args);
    }

    private static void exit(int code, Throwable failure) {
        List<ConfigProblem> problems = failure == null ? List.of() : UnreadableConfig.explain(failure);
        if (problems.isEmpty()) {
            System.exit(code);
        }
        StringBuilder message = new StringBuilder("Invalid configuration, not starting:");
        problems.forEach(p -> message.append("\n  - ").append(p.describe()));
        System.err.println(message);
        System.exit(INVALID_CONFIGURATION);
    }
}
