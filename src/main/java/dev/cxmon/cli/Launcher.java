package dev.cxmon.cli;

import dev.cxmon.config.ConfigProblem;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The program's entry: decides whether this run listens ({@link ListeningPorts}), runs {@link MonitorMain} and, when
 * start-up fails, says why on stderr. A setting it cannot use (a duration "soon", an empty variable, a tenant file that
 * does not parse, a port in use) names the key, what it expects and how to fix it, and exits with 2 like every other
 * configuration problem (and every usage error); any other failure to start exits with 3. Never 1, which
 * {@code diagnose} uses for "warnings only".
 */
@QuarkusMain
public final class Launcher {

    static final int OK = 0;
    static final int INVALID_CONFIGURATION = 2;
    static final int COULD_NOT_START = 3;

    /**
     * Hibernate Validator announces its version when it first validates the configuration. On a refused start that is
     * before Quarkus' logging is set up, so the line would come in java.util.logging's own format above our message.
     * Held here: java.util.logging keeps loggers only weakly, and a collected one forgets its level.
     */
    private static final Logger VALIDATOR_VERSION = Logger.getLogger("org.hibernate.validator.internal.util.Version");

    private Launcher() {}

    public static void main(String... args) {
        VALIDATOR_VERSION.setLevel(Level.WARNING);
        ListeningPorts.switchOffUnlessNeeded(args);
        CommandLogging.quietUnlessDaemon(args);
        Quarkus.run(MonitorMain.class, Launcher::exit, args);
    }

    private static void exit(int code, Throwable failure) {
        System.exit(failure == null ? code : report(failure));
    }

    /** Says on stderr why the program could not start (or a command could not go on); returns the exit code. */
    static int report(Throwable failure) {
        List<ConfigProblem> problems = StartupFailure.problems(failure);
        if (problems.isEmpty()) {
            System.err.println("Could not start: " + StartupFailure.describe(failure));
            return COULD_NOT_START;
        }
        StringBuilder message = new StringBuilder("Invalid configuration, not starting:");
        problems.forEach(p -> message.append("\n  - ").append(p.describe()));
        System.err.println(message);
        return INVALID_CONFIGURATION;
    }
}
