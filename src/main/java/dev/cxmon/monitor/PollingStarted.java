package dev.cxmon.monitor;

/** Fired by the daemon once its poll job is scheduled; demo mode starts its scripted day on it. */
public record PollingStarted(MonitorSettings settings) {}
