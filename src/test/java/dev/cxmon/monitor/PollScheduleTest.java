package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    @ParameterizedTest
    @ValueSource(strings = {"soon", "", "-5s", "500ms", "0"})
    void anIntervalThatIsNotADurationOfAtLeastOneSecondIsRefusedByKey(String every) {
        assertThat(PollSchedule.parse(every, Optional.empty())).isInstanceOfSatisfying(PollSchedule.Invalid.class,
                invalid -> assertThat(invalid.problems()).singleElement().satisfies(p -> {
                    assertThat(p.key()).isEqualTo("cxone.poll.every");
                    assertThat(p.fix()).contains("30s");
                }));
    }

    @Test
    void aBrokenCronIsRefusedByKeyWithAnExample() {
        assertThat(PollSchedule.parse("30s", Optional.of("every minute"))).isInstanceOfSatisfying(PollSchedule.Invalid.class,
                invalid -> assertThat(invalid.problems()).singleElement().satisfies(p -> {
                    assertThat(p.key()).isEqualTo("cxone.poll.cron");
                    assertThat(p.fix()).contains("'0/30 * * * * ?'");
                }));
    }

    @Test
    void aCronWinsOverTheIntervalAndGivesItsPeriod() {
        assertThat(PollSchedule.parse("soon", Optional.of("0/20 * * * * ?"))).isInstanceOfSatisfying(PollSchedule.Valid.class,
                valid -> assertThat(valid.schedule().interval()).isEqualTo(Duration.ofSeconds(20)));
    }

    @Test
    void aCronTogetherWithAGivenIntervalIsRefusedNamingBoth() {
        assertThat(PollSchedule.parse("5s", true, Optional.of("0/20 * * * * ?"))).isInstanceOfSatisfying(PollSchedule.Invalid.class,
                invalid -> assertThat(invalid.problems()).singleElement().satisfies(p -> {
                    assertThat(p.key()).isEqualTo("cxone.poll.cron");
                    assertThat(p.problem()).contains("cxone.poll.every is set too ('5s')");
                    assertThat(p.fix()).contains("CXONE_POLL_EVERY", "CXONE_POLL_CRON");
                }));
        assertThat(PollSchedule.parse("30s", false, Optional.of("0/20 * * * * ?"))).as("the default interval gives way to a cron")
                .isInstanceOf(PollSchedule.Valid.class);
    }
}
