package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.config.ConfigProblem;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShardSettingsTest {

    @Test
    void theOrdinalIsTheTrailingNumberOfThePodName() {
        assertThat(ShardSettings.ordinal("cxone-agent-monitor-3")).hasValue(3);
        assertThat(ShardSettings.ordinal("cxone-agent-monitor-0")).hasValue(0);
        assertThat(ShardSettings.ordinal("monitor-12")).hasValue(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"host", "", "-3", "monitor-", "monitor-3a", "monitor-1234567890", "monitor-7d9f5c-x2k4p"})
    void noOrdinalWithoutATrailingNumber(String hostname) {
        assertThat(ShardSettings.ordinal(hostname)).isEqualTo(OptionalInt.empty());
    }

    @Test
    void notShardedByDefaultWhateverTheHostname() {
        assertThat(valid(ShardSettings.resolve(1, Optional.empty(), Optional.of("host")))).isEqualTo(ShardAssignment.SINGLE);
        assertThat(valid(ShardSettings.resolve(1, Optional.empty(), Optional.empty()))).isEqualTo(ShardAssignment.SINGLE);
    }

    @Test
    void anUnsetIndexComesFromTheStatefulSetOrdinal() {
        assertThat(valid(ShardSettings.resolve(4, Optional.empty(), Optional.of("cxone-agent-monitor-3")))).isEqualTo(new ShardAssignment(3, 4));
    }

    @Test
    void aGivenIndexWinsOverTheHostname() {
        assertThat(valid(ShardSettings.resolve(3, Optional.of(1), Optional.of("cxone-agent-monitor-2")))).isEqualTo(new ShardAssignment(1, 3));
        assertThat(valid(ShardSettings.resolve(3, Optional.of(2), Optional.of("host")))).isEqualTo(new ShardAssignment(2, 3));
    }

    // A count below 1 is refused when the configuration is read: config/ConfigConstraintsTest.

    @Test
    void anIndexOutsideTheCountIsAProblem() {
        ConfigProblem tooHigh = problem(ShardSettings.resolve(3, Optional.of(3), Optional.empty()));
        assertThat(tooHigh.key()).isEqualTo("cxone.shard.index");
        assertThat(tooHigh.describe()).contains("3 is outside 0..2 (cxone.shard.count=3)").contains("from 0 to 2");
        assertThat(problem(ShardSettings.resolve(3, Optional.of(-1), Optional.empty())).describe()).contains("-1 is outside 0..2");
    }

    @Test
    void aHostnameWithoutOrdinalIsAProblemOnlyWhenSharded() {
        ConfigProblem problem = problem(ShardSettings.resolve(3, Optional.empty(), Optional.of("host")));
        assertThat(problem.key()).isEqualTo("cxone.shard.index");
        assertThat(problem.describe()).contains("HOSTNAME 'host' does not end in -<ordinal>").contains("StatefulSet")
                .contains("CXONE_SHARD_INDEX");
        assertThat(problem(ShardSettings.resolve(3, Optional.empty(), Optional.empty())).describe()).contains("HOSTNAME ''");
    }

    @Test
    void anOrdinalBeyondTheCountMeansReplicasAndCountDisagree() {
        ConfigProblem problem = problem(ShardSettings.resolve(3, Optional.empty(), Optional.of("cxone-agent-monitor-3")));
        assertThat(problem.key()).isEqualTo("cxone.shard.index");
        assertThat(problem.describe()).contains("ordinal 3").contains("outside 0..2").contains("replicas equal cxone.shard.count");
    }

    private static ShardAssignment valid(ShardSettings.Resolved resolved) {
        assertThat(resolved).isInstanceOf(ShardSettings.Valid.class);
        return ((ShardSettings.Valid) resolved).assignment();
    }

    private static ConfigProblem problem(ShardSettings.Resolved resolved) {
        assertThat(resolved).isInstanceOf(ShardSettings.Invalid.class);
        assertThat(((ShardSettings.Invalid) resolved).problems()).hasSize(1);
        return ((ShardSettings.Invalid) resolved).problems().get(0);
    }
}
