package dev.cxmon.bench;

/**
 * One measured configuration; {@code skipped} holds why it was not run. {@code firstPollCalls}: the requests of the first
 * poll besides discovery (the token, roster lookups, reads).
 */
record BenchResult(int agents, BenchMode mode, double firstCycleSeconds, double firstPollCalls, double cycleMillis,
        double callsPerCycle, double monitorCpuMillisPerCycle, double heapMb, double scrapeMillis, String skipped) {

    static BenchResult skipped(int agents, BenchMode mode, String why) {
        return new BenchResult(agents, mode, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, why);
    }
}
