package dev.cxmon.monitor;

import dev.cxmon.cxone.AnswerLimits;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How many agents one instance can read in each poll at its rate limit, and what to say when the roster is larger.
 * Per agent, a poll costs one call per agent, plus the share of the roster lookups (one call per entry every
 * {@code resolveEvery}) that falls on it; all within the poll's deadline. The bulk strategy costs one call per poll
 * whatever the roster, up to the largest answer it reads. Pure.
 *
 * @param perSecond cxone.rate-limit.per-second; 0 is unlimited (no bound from the rate)
 */
public record RosterCapacity(PollStrategy strategy, double perSecond, Duration pollBudget, Duration interval, Duration resolveEvery) {

    /** Agents the per-agent strategy reads per poll; empty when the rate is unlimited. */
    public Optional<Integer> perAgentLimit() {
        if (perSecond <= 0) {
            return Optional.empty();
        }
        double callsPerPoll = perSecond * pollBudget.toMillis() / 1000.0;
        double lookupsPerAgentPerPoll = (double) interval.toMillis() / Math.max(1, resolveEvery.toMillis());
        return Optional.of((int) Math.floor(callsPerPoll / (1 + lookupsPerAgentPerPoll)));
    }

    /** Agents the configured strategy reads per poll; empty when nothing but the rate bounds it and the rate is unlimited. */
    public Optional<Integer> limit() {
        return strategy == PollStrategy.PER_AGENT ? perAgentLimit() : Optional.of(AnswerLimits.BULK_RECORDS);
    }

    public boolean exceededBy(int rosterSize) {
        return limit().filter(limit -> rosterSize > limit).isPresent();
    }

    /** The startup line: what one instance serves, and when the roster is larger, what to do about it. */
    public String describe(int rosterSize) {
        String rate = perSecond <= 0 ? "no client-side rate limit" : String.format(Locale.ROOT, "%s calls/s", trim(perSecond));
        String perAgent = perAgentLimit().map(n -> String.format(Locale.ROOT, "%,d agents", n)).orElse("any number of agents");
        String bulk = String.format(Locale.ROOT, "%,d", AnswerLimits.BULK_RECORDS);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Capacity of one instance at %s (cxone.rate-limit.per-second), a poll every %d s ending within %d ms: per-agent reads "
                        + "%s per poll (roster lookups every %d min included); bulk and auto read up to %s agents in one call",
                rate, interval.toSeconds(), pollBudget.toMillis(), perAgent, resolveEvery.toMinutes(), bulk));
        if (exceededBy(rosterSize)) {
            text.append(String.format(Locale.ROOT, ". This roster has %,d entries, more than the %s strategy serves: the agents a poll "
                    + "does not reach are ERROR with reason not_polled. Use cxone.poll.strategy=auto (one bulk call per poll), shard the "
                    + "roster over more instances (cxone.shard.count), poll less often, watch the roster aggregates instead of every "
                    + "agent, or raise the rate limit if CXone allows it", rosterSize, strategy.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        return text.toString();
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
