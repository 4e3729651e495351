package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RosterCapacityTest {

    private static RosterCapacity defaults(PollStrategy strategy) {
        // 20 calls/s, a poll every 30 s ending within 24 s, lookups every 10 min
        return new RosterCapacity(strategy, 20, Duration.ofSeconds(24), Duration.ofSeconds(30), Duration.ofMinutes(10));
    }

    @Test
    void perAgentReadsWhatTheRateAllowsInThePollDeadlineLessTheShareOfLookups() {
        // 20 × 24 = 480 calls per poll; each agent costs 1 + 30/600 calls per poll
        assertThat(defaults(PollStrategy.PER_AGENT).limit()).contains(457);
    }

    @Test
    void bulkReadsUpToTheLargestAnswerItAccepts() {
        assertThat(defaults(PollStrategy.BULK).limit()).contains(25_000);
        assertThat(defaults(PollStrategy.AUTO).limit()).contains(25_000);
    }

    @Test
    void aRosterOfAHundredThousandIsNamedAsMoreThanOneInstanceServesWithWhatToDo() {
        RosterCapacity capacity = defaults(PollStrategy.AUTO);
        assertThat(capacity.exceededBy(100_000)).isTrue();
        assertThat(capacity.describe(100_000)).contains("457 agents per poll", "up to 25,000 agents", "100,000 entries", "not_polled",
                "cxone.shard.count", "aggregates");
        assertThat(capacity.exceededBy(25_000)).isFalse();
        assertThat(capacity.describe(1_000)).doesNotContain("not_polled");
    }

    @Test
    void withoutARateLimitOnlyTheBulkBoundRemains() {
        RosterCapacity unlimited = new RosterCapacity(PollStrategy.PER_AGENT, 0, Duration.ofSeconds(24), Duration.ofSeconds(30), Duration.ofMinutes(10));
        assertThat(unlimited.limit()).isEmpty();
        assertThat(unlimited.exceededBy(1_000_000)).isFalse();
    }

    @Test
    void thePollDeadlineIsFourFifthsOfTheIntervalUnlessTheCallsAreBoundedSooner() {
        assertThat(PollDeadline.budget(Duration.ofSeconds(15), Duration.ofSeconds(79))).isEqualTo(Duration.ofSeconds(12));
        assertThat(PollDeadline.budget(Duration.ofMinutes(5), Duration.ofSeconds(79))).isEqualTo(Duration.ofSeconds(79));
    }
}
