package dev.cxmon.cli;

/**
 * A command that answers and ends ({@code diagnose}, {@code bench}, {@code --help}, {@code --version}) does not announce
 * Quarkus' start and stop on stderr: those lines say nothing about the answer. The daemon keeps them. Set before Quarkus
 * starts, and only when the user did not set the level of that category themselves.
 */
final class CommandLogging {

    static final String QUARKUS_LIFECYCLE_LEVEL = "quarkus.log.category.\"io.quarkus\".level";

    private CommandLogging() {}

    static void quietUnlessDaemon(String... args) {
        if (!ListeningPorts.neededFor(args) && System.getProperty(QUARKUS_LIFECYCLE_LEVEL) == null
                && System.getenv("QUARKUS_LOG_CATEGORY__IO_QUARKUS__LEVEL") == null) {
            System.setProperty(QUARKUS_LIFECYCLE_LEVEL, "WARN");
        }
    }
}
