package dev.cxmon.monitor;

import dev.cxmon.config.ConfigProblem;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates {@code cxone.shard.index} against {@code cxone.shard.count}. An unset index is the StatefulSet ordinal: the
 * trailing {@code -<n>} of the pod name, which Kubernetes puts into HOSTNAME. Pure: the caller passes HOSTNAME in.
 */
public final class ShardSettings {

    public sealed interface Resolved permits Valid, Invalid {}

    /** @param source where the index came from, for the start-up log */
    public record Valid(ShardAssignment assignment, String source) implements Resolved {}

    public record Invalid(List<ConfigProblem> problems) implements Resolved {}

    private static final Pattern ORDINAL = Pattern.compile(".+-(\\d{1,9})");

    private ShardSettings() {}

    /** @param count at least 1, as CxoneConfig.Shard declares */
    public static Resolved resolve(int count, Optional<Integer> index, Optional<String> hostname) {
        if (index.isPresent()) {
            int given = index.get();
            if (given < 0 || given >= count) {
                return invalid("cxone.shard.index", given + " is outside 0.." + (count - 1) + " (cxone.shard.count=" + count + ").",
                        "give each instance a different index from 0 to " + (count - 1) + " (CXONE_SHARD_INDEX), or leave it unset"
                                + " in a StatefulSet to use the pod's ordinal");
            }
            return new Valid(new ShardAssignment(given, count), "cxone.shard.index");
        }
        if (count == 1) {
            return new Valid(ShardAssignment.SINGLE, "no sharding");
        }
        String host = hostname.map(String::trim).orElse("");
        OptionalInt ordinal = ordinal(host);
        if (ordinal.isEmpty()) {
            return invalid("cxone.shard.index", "is unset and HOSTNAME '" + host + "' does not end in -<ordinal>, so this instance"
                            + " cannot tell which of the " + count + " shards it is.",
                    "run the monitor as a StatefulSet (pods <name>-0, <name>-1, ...; see deploy/kubernetes-sharded)"
                            + " or set cxone.shard.index (CXONE_SHARD_INDEX) to 0.." + (count - 1) + " on each instance");
        }
        if (ordinal.getAsInt() >= count) {
            return invalid("cxone.shard.index", "is unset and the ordinal " + ordinal.getAsInt() + " of HOSTNAME '" + host
                            + "' is outside 0.." + (count - 1) + " (cxone.shard.count=" + count + ").",
                    "make the StatefulSet's replicas equal cxone.shard.count (CXONE_SHARD_COUNT)");
        }
        return new Valid(new ShardAssignment(ordinal.getAsInt(), count), "HOSTNAME " + host);
    }

    /** The StatefulSet ordinal in a pod name: {@code cxone-agent-monitor-3} gives 3, {@code host} nothing. */
    public static OptionalInt ordinal(String hostname) {
        Matcher matcher = ORDINAL.matcher(hostname == null ? "" : hostname.trim());
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    private static Invalid invalid(String key, String problem, String fix) {
        return new Invalid(List.of(new ConfigProblem(key, problem, fix)));
    }
}
