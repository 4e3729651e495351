package dev.cxmon.bench;

/**
 * One measured configuration; {@code skipped} holds why it was not run.
 *
 * @param firstPollCalls the requests of the first poll besides discovery and the skill activity (the token, roster lookups, reads)
 * @param callsPerCycle the requests of a steady poll besides the skill activity (the agent states)
 * @param skillCallsPerCycle the GET /skills/activity requests of a steady poll (its pages)
 * @param skillSeries the cxone_skill_* samples of the scrape
 * @param scrapeMillis {@code registry.scrape()} in process
 * @param rssMb the whole bench process' VmRSS after the row (simulator and earlier rows included)
 * @param httpScrapeMillis GET /q/metrics over loopback HTTP, request to last byte
 * @param series samples in that response
 * @param responseBytes its body's size
 */
record BenchResult(int agents, BenchMode mode, double firstCycleSeconds, double firstPollCalls, double cycleMillis, double callsPerCycle,
        double monitorCpuMillisPerCycle, double heapMb, double scrapeMillis, double rssMb, double httpScrapeMillis, long series,
        long responseBytes, double skillCallsPerCycle, long skillSeries, String skipped) {

    static BenchResult skipped(int agents, BenchMode mode, String why) {
        return new BenchResult(agents, mode, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, 0, 0, Double.NaN, 0, why);
    }
}
