package dev.cxmon.simulator;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A looping script of agent states: one row per step, each row giving every scripted agent's state. Step n
 * applies row {@code n mod length()}; row 0 is the state the script starts from. Immutable.
 */
final class DayScript {

    private final List<Long> agentIds;
    private final List<Map<Long, ScriptedState>> rows;

    /** @param rows one list per step, with one state per agent in {@code agentIds} order */
    DayScript(List<Long> agentIds, List<List<ScriptedState>> rows) {
        if (agentIds.isEmpty()) {
            throw new IllegalArgumentException("a day script needs at least one agent");
        }
        if (agentIds.stream().anyMatch(Objects::isNull) || rows.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("agents and steps must not contain empty entries");
        }
        if (new HashSet<>(agentIds).size() != agentIds.size()) {
            throw new IllegalArgumentException("agents must be distinct, were " + agentIds);
        }
        if (rows.size() < 2) {
            throw new IllegalArgumentException("a day script needs at least two steps to move anything");
        }
        this.agentIds = List.copyOf(agentIds);
        this.rows = rows.stream().map(row -> toMap(agentIds, row)).toList();
    }

    List<Long> agentIds() {
        return agentIds;
    }

    /** Steps in one loop. */
    int length() {
        return rows.size();
    }

    /** Every scripted agent's state in row {@code index} (0..length()-1), in agent order. */
    Map<Long, ScriptedState> row(int index) {
        return rows.get(index);
    }

    private static Map<Long, ScriptedState> toMap(List<Long> agentIds, List<ScriptedState> row) {
        if (row.size() != agentIds.size()) {
            throw new IllegalArgumentException("a row has " + row.size() + " states for " + agentIds.size() + " agents");
        }
        Map<Long, ScriptedState> map = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            map.put(agentIds.get(i), row.get(i));
        }
        return Collections.unmodifiableMap(map);
    }
}
