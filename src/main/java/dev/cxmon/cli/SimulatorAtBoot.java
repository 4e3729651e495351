package dev.cxmon.cli;

import dev.cxmon.simulator.SimulatorLauncher;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The daemon runs the enabled simulator for as long as it runs, started with Quarkus (so it answers before the daemon
 * reports live, and a bad tenant file stops start-up). The commands do not: {@code diagnose} starts it on first use,
 * only when it needs it; {@code bench}, {@code --help} and {@code --version} never.
 */
@ApplicationScoped
class SimulatorAtBoot {

    void onStart(@Observes StartupEvent event, @CommandLineArguments String[] args, SimulatorLauncher simulator) {
        if (ListeningPorts.neededFor(args) && simulator.enabled()) {
            simulator.running();
        }
    }
}
