package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    // An interval shorter than 1s ("-5s", "500ms", "0") is refused when the configuration is read, by key:
    // config/ConfigConstraintsTest. Text that is no duration at all ("soon", "") is refused by the mapping's Duration type.

    @Test
    void aBrokenCronIsRefusedByKeyWithAnExample() {
        assertThat(PollSchedule.parse(Duration.ofSeconds(30), Optional.of("every minute"))).isInstanceOfSatisfying(PollSchedule.Invalid.class,
                invalid -> assertThat(invalid.problems()).singleElement().satisfies(p -> {
                    assertThat(p.key()).isEqualTo("cxone.poll.cron");
                    assertThat(p.fix()).contains("'0/30 * * * * ?'");
                }));
    }

    @Test
    void aCronWinsOverTheIntervalAndGivesItsPeriod() {
        assertThat(PollSchedule.parse(Duration.ofSeconds(30), Optional.of("0/20 * * * * ?"))).isInstanceOfSatisfying(PollSchedule.Valid.class,
                valid -> assertThat(valid.schedule().interval()).isEqualTo(Duration.ofSeconds(20)));
    }

    @Test
    void aCronTogetherWithAGivenIntervalIsRefusedNamingBoth() {
        assertThat(PollSchedule.parse(Duration.ofSeconds(5), true, Optional.of("0/20 * * * * ?"))).isInstanceOfSatisfying(PollSchedule.Invalid.class,
                invalid -> assertThat(invalid.problems()).singleElement().satisfies(p -> {
                    assertThat(p.key()).isEqualTo("cxone.poll.cron");
                    assertThat(p.problem()).contains("cxone.poll.every is set too (5s)");
                    assertThat(p.fix()).contains("CXONE_POLL_EVERY", "CXONE_POLL_CRON");
                }));
        assertThat(PollSchedule.parse(Duration.ofSeconds(30), false, Optional.of("0/20 * * * * ?"))).as("the default interval gives way to a cron")
                .isInstanceOf(PollSchedule.Valid.class);
    }
}
