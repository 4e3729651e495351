package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.DurationConverter;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    @ParameterizedTest
    @ValueSource(strings = {"-5s", "500ms", "0"})
    void anIntervalThatIsNotADurationOfAtLeastOneSecondIsRefusedByKey(String every) {
        // Text that is no duration at all ("soon", "") is refused before this, by the mapping's Duration type (UnreadableConfig).
        assertThat(PollSchedule.parse(DurationConverter.parseDuration(every), Optional.empty())).isInstanceOfSatisfying(PollSchedule.Invalid.class,
                invalid -> assertThat(invalid.problems()).singleElement().satisfies(p -> {
                    assertThat(p.key()).isEqualTo("cxone.poll.every");
                    assertThat(p.fix()).contains("30s");
                }));
    }

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
