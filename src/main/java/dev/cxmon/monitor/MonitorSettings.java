package dev.cxmon.monitor;

import java.time.Duration;
import java.util.List;

/** The daemon's validated settings: who to watch and when. */
public record MonitorSettings(List<RosterEntry> roster, PollSchedule schedule, int concurrency, Duration resolveEvery, boolean demo) {
}
