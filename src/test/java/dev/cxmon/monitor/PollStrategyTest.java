package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.config.CxoneConfig;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PollStrategyTest {

    @ParameterizedTest
    @EnumSource(CxoneConfig.Poll.Strategy.class)
    void everyStrategyTheConfigurationAcceptsHasAReaderOfTheSameName(CxoneConfig.Poll.Strategy configured) {
        assertThat(PollStrategy.of(configured).name()).isEqualTo(configured.name());
    }

    @ParameterizedTest
    @EnumSource(PollStrategy.class)
    void everyReaderCanBeChosenInTheConfiguration(PollStrategy strategy) {
        assertThat(Arrays.stream(CxoneConfig.Poll.Strategy.values()).map(Enum::name)).contains(strategy.name());
    }
}
