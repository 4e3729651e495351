package dev.cxmon.cli;

import dev.cxmon.bench.BenchCommand;
import dev.cxmon.monitor.Daemon;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The top command: with no arguments the monitoring daemon; {@code diagnose} and {@code bench} are its subcommands. */
@Command(name = "java -jar quarkus-run.jar", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {DiagnoseCommand.class, BenchCommand.class},
        description = {
                "With no command: the monitoring daemon. It polls the agent states of the roster from CXone on a schedule and "
                        + "serves the status API on quarkus.http.port (8080), metrics and health on quarkus.management.port (9000), "
                        + "until stopped. With no CXone credentials it runs in demo mode, against the embedded CXone simulator.",
                "Configuration: cxone.* properties (-D), CXONE_* environment variables or .env; see README.",
                "The commands open neither port: they run next to a running daemon."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success (the daemon stopped normally; help or version printed)",
                "1:diagnose only: warnings, nothing that keeps the agent from taking contacts",
                "2:usage error or invalid configuration (a port in use included): the message names the option or key",
                "3:could not start or finish (network, TLS, server, rate limit, answers that are not CXone's)"})
public class DaemonCommand implements Callable<Integer> {

    private final Daemon daemon;

    public DaemonCommand(Daemon daemon) {
        this.daemon = daemon;
    }

    @Override
    public Integer call() {
        return daemon.runUntilShutdown();
    }
}
