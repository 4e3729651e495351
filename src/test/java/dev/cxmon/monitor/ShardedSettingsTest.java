package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** cxone.shard.* reach MonitorSettings: the roster is only this shard's entries. */
@QuarkusTest
@TestProfile(ShardedSettingsTest.SecondOfThree.class)
class ShardedSettingsTest {

    static final List<String> ROSTER = IntStream.rangeClosed(1001, 1030).mapToObj(Integer::toString).toList();

    public static class SecondOfThree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cxone.roster", String.join(",", ROSTER), "cxone.shard.count", "3", "cxone.shard.index", "1");
        }
    }

    @Inject
    MonitorSettingsFactory factory;

    @Test
    void theRosterIsThisShardsPart() {
        MonitorSettings settings = ((MonitorSettingsFactory.Ok) factory.build()).settings();
        List<RosterEntry> all = ROSTER.stream().map(RosterEntry::of).toList();
        assertThat(settings.shardIndex()).isEqualTo(1);
        assertThat(settings.shardCount()).isEqualTo(3);
        assertThat(settings.roster()).isNotEmpty().hasSizeLessThan(all.size())
                .containsExactlyElementsOf(new ShardAssignment(1, 3).select(all));
    }
}
