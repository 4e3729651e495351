package dev.cxmon.monitor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Which roster entries one instance of a sharded monitor polls: an entry belongs to shard
 * {@code CRC32(UTF-8 bytes of its key) mod count}, its key being the reference as configured.
 *
 * <p>The hash must be the same in every JVM, version and restart: each instance decides alone which entries are its
 * own, so a hash that differed between pods (String.hashCode is only specified by convention, and a seeded or
 * randomised hash would differ per process) would drop some agents and poll others twice. CRC32 is fixed by a
 * standard, so an operator can also answer "which pod polls agent 1001?" with any CRC32 tool, e.g.
 * {@code python3 -c 'import zlib; print(zlib.crc32(b"1001") % 3)'}.
 */
public record ShardAssignment(int index, int count) {

    public static final ShardAssignment SINGLE = new ShardAssignment(0, 1);

    public ShardAssignment {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + " of " + count);
        }
    }

    public static int shardOf(String key, int count) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % count);
    }

    public boolean owns(RosterEntry entry) {
        return shardOf(entry.key(), count) == index;
    }

    /** This shard's entries, in roster order. */
    public List<RosterEntry> select(List<RosterEntry> roster) {
        return count == 1 ? roster : roster.stream().filter(this::owns).toList();
    }

    public boolean sharded() {
        return count > 1;
    }
}
