package dev.cxmon.demo;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The daemon runs the enabled simulator for as long as it runs, started with Quarkus (so it answers before the daemon
 * reports live, and a bad tenant file stops start-up). The commands do not: {@code diagnose} starts it on first use,
 * only when it needs it; {@code bench}, {@code --help} and {@code --version} never. The daemon is the run without
 * arguments, the same rule by which cli/ListeningPorts opens the service's ports.
 */
@ApplicationScoped
class SimulatorAtBoot {

    void onStart(@Observes StartupEvent event, @CommandLineArguments String[] args, SimulatorLauncher simulator) {
        if (args.length == 0 && simulator.enabled()) {
            simulator.running();
        }
    }
}
