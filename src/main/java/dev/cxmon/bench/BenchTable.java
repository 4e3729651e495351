package dev.cxmon.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The benchmark's result as Markdown, with the machine it ran on. */
final class BenchTable {

    private BenchTable() {}

    static void print(List<BenchResult> results, Duration latency, int cycles, int pageSize, PrintStream out) {
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "Machine: %d cores, max heap %d MB, %s %s, %s %s; latency %d ms per call; pages of %d agents; median of %d steady cycles%n%n",
                runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"),
                latency.toMillis(), pageSize, cycles);
        out.println("| agents | strategy | first poll (s) | first poll calls | steady cycle (ms) | API calls / cycle "
                + "| monitor CPU / cycle (ms) | heap after GC (MB) | RSS (MB) | scrape in process (ms) | scrape over HTTP (ms) | series "
                + "| response (KB) | skill activity calls / cycle |");
        out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (BenchResult r : results) {
            if (r.skipped() != null) {
                out.printf(Locale.ROOT, "| %d | %s | %s | | | | | | | | | | | |%n", r.agents(), r.mode().label, r.skipped());
                continue;
            }
            out.printf(Locale.ROOT, "| %d | %s | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %d | %d | %.0f |%n", r.agents(),
                    r.mode().label, r.firstCycleSeconds(), r.firstPollCalls(), r.cycleMillis(), r.callsPerCycle(), r.monitorCpuMillisPerCycle(),
                    r.heapMb(), r.rssMb(), r.scrapeMillis(), r.httpScrapeMillis(), r.series(), r.responseBytes() / 1024, r.skillCallsPerCycle());
        }
        out.printf(Locale.ROOT, "%nEvery poll also reads GET /skills/activity once (all its pages), as the daemon does: its requests are "
                + "in the last column, not in the first poll's and the cycle's API calls.%n");
        out.printf(Locale.ROOT, "%nRSS: VmRSS of the whole bench process after the row (its simulator and the earlier rows' high-water "
                + "mark included). Scrape over HTTP: GET /q/metrics with Prometheus' Accept header from a loopback HTTP server over the "
                + "registry the daemon serves, median of 5 right after the last poll; series and response: that answer.%n");
        out.printf(Locale.ROOT, "%nJVM: %s%n", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }
}
