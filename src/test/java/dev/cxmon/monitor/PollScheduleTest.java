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

    // A cron together with an interval the user gave is a rule across keys: ConfigValidatorTest.Polling.
}
