package dev.cxmon.bench;

/**
 * One measured configuration; {@code skipped} holds why it was not run.
 *
 * @param firstPollCalls the requests of the first poll besides discovery (the token, roster lookups, reads)
 * @param scrapeMillis {@code registry.scrape()} in process
 * @param rssMb the whole bench process' VmRSS after the row (simulator and earlier rows included)
 * @param httpScrapeMillis GET /q/metrics over loopback HTTP, request to last byte
 * @param series samples in that response
 * @param responseBytes its body's size
 */
record BenchResult(int agents, BenchMode mode, double firstCycleSeconds, double firstPollCalls, double cycleMillis, double callsPerCycle,
        double monitorCpuMillisPerCycle, double heapMb, double scrapeMillis, double rssMb, double httpScrapeMillis, long series,
        long responseBytes, String skipped) {

    static BenchResult skipped(int agents, BenchMode mode, String why) {
        return new BenchResult(agents, mode, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, 0, 0, why);
    }
}
