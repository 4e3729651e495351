package dev.cxmon.bench;

/** One measured configuration; {@code skipped} holds why it was not run. */
record BenchResult(int agents, BenchMode mode, double firstCycleSeconds, double cycleMillis, double callsPerCycle,
        double monitorCpuMillisPerCycle, double heapMb, double scrapeMillis, String skipped) {

    static BenchResult skipped(int agents, BenchMode mode, String why) {
        return new BenchResult(agents, mode, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, why);
    }
}
