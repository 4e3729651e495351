package dev.cxmon.bench;

import dev.cxmon.cxone.RestClients;
import io.quarkus.runtime.configuration.DurationConverter;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench [--agents 100,1000,10000] [--latency 50ms] [--cycles 5] [--modes sequential,concurrent,bulk,bulk_full]
 * [--max-estimated-seconds 120]}: polls the embedded simulator with each strategy and prints a Markdown table.
 */
@ApplicationScoped
public class BenchCommand {

    public static final String USAGE = """
            usage: bench [--agents 100,1000,10000] [--latency 50ms] [--cycles 5]
                         [--modes sequential,concurrent,bulk,bulk_full] [--max-estimated-seconds 120]
              runs each polling strategy against the embedded simulator with the given latency per call and prints
              a Markdown table; a configuration whose cycle would take longer than --max-estimated-seconds
              (agents x latency / concurrency) is reported as skipped with that estimate
                   bench --write-tenant FILE --agents N [--token-lifetime 1h]
              only writes the benchmark's simulator tenant (access key bench-key, secret bench-key-secret, agents
              100000 and up) to FILE, for cxone.simulator.tenant-file; scripts/soak.sh uses it""";

    private final RestClients clients;

    public BenchCommand(RestClients clients) {
        this.clients = clients;
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        List<Integer> sizes = List.of(100, 1000, 10000);
        Duration latency = Duration.ofMillis(50);
        int cycles = 5;
        long maxEstimatedSeconds = 120;
        List<BenchMode> modes = List.of(BenchMode.values());
        Path tenantFile = null;
        Duration tokenLifetime = Duration.ofHours(1);
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--agents" -> sizes = parseInts(value);
                    case "--latency" -> latency = DurationConverter.parseDuration(value);
                    case "--cycles" -> cycles = Integer.parseInt(value);
                    case "--max-estimated-seconds" -> maxEstimatedSeconds = Long.parseLong(value);
                    case "--modes" -> modes = parseModes(value);
                    case "--write-tenant" -> tenantFile = Path.of(value);
                    case "--token-lifetime" -> tokenLifetime = DurationConverter.parseDuration(value);
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                }
                i++;
            }
        } catch (RuntimeException e) {
            err.println("bench: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (tenantFile != null) {
            return writeTenant(sizes.get(0), tokenLifetime, tenantFile, err);
        }
        // The simulator gets a Vert.x of its own, so its work is not mistaken for the service's HTTP server metrics.
        Vertx vertx = Vertx.vertx();
        BenchRunner runner = new BenchRunner(clients, vertx, latency, cycles);
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
        BenchTable.print(results, latency, cycles, out);
        return 0;
    }

    private static int writeTenant(int agents, Duration tokenLifetime, Path file, PrintStream err) {
        try {
            BenchTenant.write(agents, tokenLifetime, file);
            err.printf("bench: wrote a tenant of %d agents to %s%n", agents, file);
            return 0;
        } catch (IOException e) {
            err.println("bench: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
    }

    private static List<Integer> parseInts(String text) {
        List<Integer> values = new ArrayList<>();
        for (String part : text.split(",")) {
            values.add(Integer.parseInt(part.trim()));
        }
        return values;
    }

    private static List<BenchMode> parseModes(String text) {
        List<BenchMode> values = new ArrayList<>();
        for (String part : text.split(",")) {
            values.add(BenchMode.valueOf(part.trim().toUpperCase(Locale.ROOT)));
        }
        return values;
    }
}
