package dev.cxmon.cli;

import dev.cxmon.bench.BenchCommand;
import dev.cxmon.monitor.Daemon;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;

/** Started by {@link Launcher}. No arguments: the monitoring daemon. {@code diagnose ...}: one diagnosis, then exit with its code. */
public class MonitorMain implements QuarkusApplication {

    @Inject
    DiagnoseCommand diagnose;

    @Inject
    Daemon daemon;

    @Inject
    BenchCommand bench;

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            return daemon.runUntilShutdown();
        }
        if (args[0].equals("diagnose")) {
            String[] rest = new String[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return diagnose.run(rest, System.out, System.err);
        }
        if (args[0].equals("bench")) {
            String[] rest = new String[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return bench.run(rest, System.out, System.err);
        }
        if (args[0].equals("--help") || args[0].equals("help")) {
            System.out.println(usage());
            return 0;
        }
        System.err.println("unknown command '" + args[0] + "'\n" + usage());
        return 2;
    }

    private static String usage() {
        return "usage: java -jar quarkus-run.jar                  run the monitoring daemon\n"
                + "       java -jar quarkus-run.jar diagnose --help  one-shot diagnosis of an agent\n"
                + "       java -jar quarkus-run.jar bench --help     compare polling strategies against the simulator\n\n"
                + DiagnoseCommand.USAGE;
    }
}
