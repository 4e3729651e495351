package dev.cxmon.demo;

import dev.cxmon.config.ConfigProblem;
import dev.cxmon.config.ConfigValidator;
import dev.cxmon.config.CxoneConfig;
import dev.cxmon.config.InvalidConfigException;
import dev.cxmon.simulator.CxoneSimulator;
import dev.cxmon.simulator.SimulatorOptions;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Starts the embedded CXone simulator when {@code cxone.simulator.enabled} is true, or when it is unset
 * and no credentials are configured (demo mode). It listens on its own port so that it works whatever
 * the service's HTTP ports are, including 0. The simulator knows nothing of this configuration: here its
 * {@code cxone.simulator.*} keys become {@link SimulatorOptions}, and its refusals become problems with those keys.
 * It starts on first use, or at boot for the daemon's run (demo/SimulatorAtBoot); the one-shot commands start it
 * only if they need it.
 */
@ApplicationScoped
public class SimulatorLauncher {

    private static final Logger LOG = Logger.getLogger(SimulatorLauncher.class);

    private final CxoneConfig config;
    private Vertx vertx;
    private CxoneSimulator simulator;

    public SimulatorLauncher(CxoneConfig config) {
        this.config = config;
    }

    public boolean enabled() {
        return ConfigValidator.simulatorEnabled(config);
    }

    /** True when the simulator runs because nothing else was configured, so demo credentials apply. */
    public boolean demoCredentials() {
        return enabled() && !ConfigValidator.hasCredentials(config);
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    /** The running simulator, started on first use. */
    public synchronized CxoneSimulator running() {
        if (simulator == null) {
            // cxone.simulator.port is 0..65535 and page-size at least 1 (CxoneConfig.Simulator), the ranges SimulatorOptions accepts.
            SimulatorOptions options = SimulatorOptions.defaults().withPort(config.simulator().port())
                    .withPageSize(config.simulator().pageSize());
            Optional<Path> tenantFile = config.simulator().tenantFile().map(Path::of);
            if (tenantFile.isPresent()) {
                options = options.withTenantFile(tenantFile.get());
            }
            // Its own Vert.x: on Quarkus' instance the simulator's requests would be counted as this service's
            // http_server_requests, with agent IDs in the uri tag.
            vertx = Vertx.vertx();
            simulator = start(options);
            if (demoCredentials()) {
                LOG.infof("Demo mode: no CXone credentials configured, so the embedded CXone simulator answers at %s "
                        + "and the monitor uses its access key demo-supervisor. Set CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, "
                        + "CXONE_USERNAME and CXONE_PASSWORD to monitor a real tenant.", simulator.baseUrl());
            } else {
                LOG.infof("Embedded CXone simulator (cxone.simulator.enabled=true) answers at %s", simulator.baseUrl());
            }
        }
        return simulator;
    }

    private static ConfigProblem portProblem(String problem) {
        return new ConfigProblem("cxone.simulator.port", problem, "set a free port between 0 and 65535 (0 picks any free port)");
    }

    private CxoneSimulator start(SimulatorOptions options) {
        try {
            return CxoneSimulator.start(vertx, options);
        } catch (IllegalArgumentException invalidTenant) {
            closeVertx();
            throw new InvalidConfigException(new ConfigProblem("cxone.simulator.tenant-file", invalidTenant.getMessage(),
                    "point it at a readable tenant YAML file (see src/main/resources/simulator/demo-tenant.yaml), or remove it "
                            + "to use the demo tenant"), invalidTenant);
        } catch (IllegalStateException cannotListen) {
            closeVertx();
            throw new InvalidConfigException(portProblem(cannotListen.getMessage()), cannotListen);
        }
    }

    private void closeVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
        vertx = null;
    }

    synchronized void close() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
            closeVertx();
        }
    }
}
