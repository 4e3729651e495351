package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ShardAssignmentTest {

    @Provide
    Arbitrary<List<RosterEntry>> rosters() {
        Arbitrary<String> ids = Arbitraries.longs().between(1, 99_999_999L).map(String::valueOf);
        Arbitrary<String> names = Arbitraries.strings().alpha().numeric().withChars("._-").ofMinLength(1).ofMaxLength(20)
                .map(s -> s + "@example.com");
        return Arbitraries.oneOf(ids, names).list().uniqueElements().ofMaxSize(300).map(refs -> refs.stream().map(RosterEntry::of).toList());
    }

    @Property
    void everyEntryBelongsToExactlyOneShard(@ForAll("rosters") List<RosterEntry> roster, @ForAll @IntRange(min = 1, max = 16) int count) {
        List<RosterEntry> union = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            List<RosterEntry> mine = new ShardAssignment(index, count).select(roster);
            assertThat(mine).isSubsetOf(roster);
            union.addAll(mine);
        }
        assertThat(union).containsExactlyInAnyOrderElementsOf(roster);
    }

    @Property
    void theSplitIsDeterministicAndKeepsRosterOrder(@ForAll("rosters") List<RosterEntry> roster, @ForAll @IntRange(min = 1, max = 16) int count,
            @ForAll @IntRange(min = 0, max = 15) int index) {
        ShardAssignment shard = new ShardAssignment(index % count, count);
        List<RosterEntry> first = shard.select(roster);
        List<RosterEntry> again = new ShardAssignment(index % count, count).select(List.copyOf(roster));
        assertThat(again).containsExactlyElementsOf(first);
        assertThat(roster.stream().filter(first::contains).toList()).containsExactlyElementsOf(first);
    }

    @Test
    void theHashIsCrc32SoEveryJvmAndAnyCrc32ToolAgree() {
        // zlib.crc32(b"1001") == 3273692033 and zlib.crc32(b"jane@example.com") == 1661475252 (Python)
        assertThat(ShardAssignment.shardOf("1001", 1000)).isEqualTo((int) (3273692033L % 1000));
        assertThat(ShardAssignment.shardOf("jane@example.com", 7)).isEqualTo((int) (1661475252L % 7));
    }

    @Test
    void tenThousandEntriesAreRoughlyBalanced() {
        List<List<RosterEntry>> rosters = List.of(
                IntStream.range(0, 10_000).mapToObj(i -> RosterEntry.of(Integer.toString(1000 + i))).toList(),
                IntStream.range(0, 10_000).mapToObj(i -> RosterEntry.of("agent" + i + "@example.com")).toList());
        for (List<RosterEntry> roster : rosters) {
            for (int count = 1; count <= 16; count++) {
                double mean = roster.size() / (double) count;
                for (int index = 0; index < count; index++) {
                    int size = new ShardAssignment(index, count).select(roster).size();
                    assertThat(Math.abs(size - mean) / mean).as("shard %d of %d: %d entries, mean %.0f", index, count, size, mean)
                            .isLessThanOrEqualTo(0.15);
                }
            }
        }
    }

    @Test
    void oneShardIsTheWholeRoster() {
        List<RosterEntry> roster = List.of(RosterEntry.of("1001"), RosterEntry.of("jane@example.com"));
        assertThat(ShardAssignment.SINGLE.select(roster)).isSameAs(roster);
    }

    @Test
    void rejectsAnImpossibleShard() {
        assertThatThrownBy(() -> new ShardAssignment(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShardAssignment(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
