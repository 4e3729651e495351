package dev.cxmon.bench;

import dev.cxmon.cxone.RestClients;
import dev.cxmon.simulator.SimulatorOptions;
import io.quarkus.runtime.configuration.DurationConverter;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench [--agents 100,1000,10000] [--latency 50ms] [--cycles 5] [--modes sequential,concurrent,bulk,bulk_full]
 * [--max-estimated-seconds 120]}: polls the embedded simulator with each strategy and prints a Markdown table.
 */
@Command(name = "bench",
        description = {
                "Compares the polling strategies against a simulator of its own (never the daemon's).",
                "Runs each strategy with the given latency per call and prints a Markdown table; a configuration whose cycle "
                        + "would take longer than --max-estimated-seconds (agents x latency / concurrency) is reported as "
                        + "skipped with that estimate.",
                "With --write-tenant FILE it only writes the benchmark's simulator tenant (access key bench-key, secret "
                        + "bench-key-secret, agents 100000 and up, the first --agents of them) to FILE, for "
                        + "cxone.simulator.tenant-file; scripts/soak.sh uses it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:table printed (failed rows say why), or tenant written", "2:usage error", "3:the tenant file could not be written"})
public class BenchCommand implements Callable<Integer> {

    private static final int COULD_NOT_FINISH = 3;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help and exit")
    boolean help;

    @Option(names = "--agents", split = ",", paramLabel = "N", defaultValue = "100,1000,10000",
            description = "roster sizes, comma separated (default: ${DEFAULT-VALUE}); with --write-tenant the first is the tenant's size")
    List<Integer> sizes;

    @Option(names = "--latency", paramLabel = "DURATION", defaultValue = "50ms", converter = DurationOption.class,
            description = "the simulator's latency per call (default: ${DEFAULT-VALUE})")
    Duration latency;

    @Option(names = "--cycles", paramLabel = "N", defaultValue = "5", description = "poll cycles per row (default: ${DEFAULT-VALUE})")
    int cycles;

    @Option(names = "--modes", split = ",", paramLabel = "MODE", defaultValue = "sequential,concurrent,bulk,bulk_full",
            description = "strategies, comma separated, of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    List<BenchMode> modes;

    @Option(names = "--max-estimated-seconds", paramLabel = "SECONDS", defaultValue = "120",
            description = "skip a per-agent row whose cycle would take longer (default: ${DEFAULT-VALUE})")
    long maxEstimatedSeconds;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "" + SimulatorOptions.DEFAULT_PAGE_SIZE,
            description = "the most agents one page of the simulator's lists holds, so a bulk read of more takes several calls "
                    + "(default: ${DEFAULT-VALUE}; CXone does not publish its own)")
    int pageSize;

    @Option(names = "--write-tenant", paramLabel = "FILE", description = "only write the benchmark tenant to FILE")
    Path tenantFile;

    @Option(names = "--token-lifetime", paramLabel = "DURATION", defaultValue = "1h", converter = DurationOption.class,
            description = "with --write-tenant: lifetime of the tenant's tokens (default: ${DEFAULT-VALUE})")
    Duration tokenLifetime;

    private final RestClients clients;

    public BenchCommand(RestClients clients) {
        this.clients = clients;
    }

    @Override
    public Integer call() {
        return run(System.out, System.err);
    }

    private int run(PrintStream out, PrintStream err) {
        if (pageSize < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--page-size must be at least 1, was " + pageSize);
        }
        if (tenantFile != null) {
            return writeTenant(sizes.get(0), tokenLifetime, tenantFile, err);
        }
        // The simulator gets a Vert.x of its own, so its work is not mistaken for the service's HTTP server metrics.
        Vertx vertx = Vertx.vertx();
        BenchRunner runner = new BenchRunner(clients, vertx, latency, cycles, pageSize);
        List<BenchResult> results = new ArrayList<>();
        for (int agents : sizes) {
            for (BenchMode mode : modes) {
                double estimate = agents * latency.toMillis() / 1000.0 / mode.concurrency;
                if (mode.strategy != dev.cxmon.monitor.PollStrategy.BULK && estimate > maxEstimatedSeconds) {
                    results.add(BenchResult.skipped(agents, mode, String.format(Locale.ROOT, "not run: ≥ %.0f s per cycle", estimate)));
                    continue;
                }
                err.printf("bench: %d agents, %s ...%n", agents, mode.label);
                try {
                    results.add(runner.run(agents, mode));
                } catch (Exception e) {
                    results.add(BenchResult.skipped(agents, mode, "failed: " + e));
                }
            }
        }
        vertx.close().toCompletionStage().toCompletableFuture().join();
        BenchTable.print(results, latency, cycles, pageSize, out);
        return 0;
    }

    private static int writeTenant(int agents, Duration tokenLifetime, Path file, PrintStream err) {
        try {
            BenchTenant.write(agents, tokenLifetime, file);
            err.printf("bench: wrote a tenant of %d agents to %s%n", agents, file);
            return 0;
        } catch (IOException e) {
            err.println("bench: cannot write " + file + ": " + e.getMessage());
            return COULD_NOT_FINISH;
        }
    }

    /** Durations as in configuration: 50ms, 1h, 2s, or ISO-8601 (PT1H). */
    static final class DurationOption implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return DurationConverter.parseDuration(value);
            } catch (IllegalArgumentException notADuration) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (e.g. 50ms, 2s, 1h)");
            }
        }
    }
}
