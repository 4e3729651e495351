package dev.cxmon.cli;

/**
 * Whether this run opens the service's HTTP ports. Quarkus binds them while it starts, before any command runs, so the
 * choice is made from the arguments before Quarkus starts: only the daemon (no arguments) serves the status API,
 * metrics and health. Every other run ({@code diagnose}, {@code bench}, {@code --help}, {@code --version}, a usage
 * error) switches both interfaces off through their run-time {@code host-enabled} properties, so it never fails on, or
 * takes, a port it does not need, and works next to a running daemon.
 */
final class ListeningPorts {

    private ListeningPorts() {}

    static boolean neededFor(String... args) {
        return args.length == 0;
    }

    static void switchOffUnlessNeeded(String... args) {
        if (!neededFor(args)) {
            // System properties outrank every other configuration source, so no setting can turn them back on.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.management.host-enabled", "false");
        }
    }
}
