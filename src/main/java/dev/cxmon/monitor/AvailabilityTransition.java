package dev.cxmon.monitor;

import dev.cxmon.state.Availability;

/** A real change of an agent's availability between two polls (AVAILABLE to UNAVAILABLE, UNAVAILABLE to ACW, ...). */
public record AvailabilityTransition(Availability from, Availability to) {
}
