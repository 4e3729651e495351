package dev.cxmon.cli;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import picocli.CommandLine;

/**
 * Started by {@link Launcher}: parses the arguments with picocli and runs the command they name, the daemon
 * ({@link DaemonCommand}) when they name none. Commands are CDI beans: quarkus-picocli makes every {@code @Command}
 * class with injection points a {@code @Dependent} bean it keeps, and its factory creates them, so picocli sets the
 * options on the instance that runs.
 */
public class MonitorMain implements QuarkusApplication {

    @Inject
    CommandLine.IFactory factory;

    @Override
    public int run(String... args) {
        CommandLine commandLine = new CommandLine(DaemonCommand.class, factory)
                .setCaseInsensitiveEnumValuesAllowed(true)
                // "--agent @name" is an agent's name, not a file of arguments.
                .setExpandAtFiles(false)
                .setParameterExceptionHandler(new UsageError())
                // picocli would print a stack trace and exit 1 ("warnings only"): say why, with 2 or 3, as at start-up.
                .setExecutionExceptionHandler((failure, command, parsed) -> Launcher.report(failure));
        try {
            return commandLine.execute(args);
        } finally {
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }
}
