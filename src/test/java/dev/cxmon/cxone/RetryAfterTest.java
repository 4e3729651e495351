package dev.cxmon.cxone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    @Test
    void secondsAreHonouredAbsentOrUnreadableMeansOneSecondAndFiveMinutesIsTheMost() {
        assertThat(RetryAfter.pause(Optional.of("2"))).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryAfter.pause(Optional.of(" 0 "))).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.pause(Optional.empty())).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryAfter.pause(Optional.of("soon"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryAfter.pause(Optional.of("-3"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryAfter.pause(Optional.of("86400"))).isEqualTo(Duration.ofMinutes(5));
        assertThat(RetryAfter.pause(Optional.of("Wed, 21 Oct 2015 07:28:00 GMT"))).as("a date in the past").isEqualTo(Duration.ZERO);
    }
}
