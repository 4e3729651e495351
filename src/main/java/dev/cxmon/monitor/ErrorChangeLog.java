package dev.cxmon.monitor;

import dev.cxmon.cxone.FailureKind;
import dev.cxmon.state.AgentStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One poll's changes of agents into and out of ERROR, as log lines: one per agent while few change, one per reason
 * when many change at once, so an outage of a 1,000-agent roster is a line, not a thousand.
 */
final class ErrorChangeLog {

    static final int LISTED_ONE_BY_ONE = 5;
    private static final int NAMED_IN_SUMMARY = 3;

    record Line(boolean warning, String text) {}

    private record Failure(String agent, String message) {}

    private record Recovery(String agent, AgentStatus now) {}

    private final Map<FailureKind, List<Failure>> failed = new LinkedHashMap<>();
    private final List<Recovery> recovered = new ArrayList<>();

    void failed(String agent, FailureKind kind, String message) {
        failed.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Failure(agent, message));
    }

    void recovered(String agent, AgentStatus now) {
        recovered.add(new Recovery(agent, now));
    }

    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        failed.forEach((kind, failures) -> {
            if (failures.size() <= LISTED_ONE_BY_ONE) {
                failures.forEach(f -> lines.add(new Line(true, "agent " + f.agent() + ": ERROR (" + kind.label() + ") " + f.message())));
            } else {
                Failure first = failures.get(0);
                lines.add(new Line(true, failures.size() + " agents: ERROR (" + kind.label() + "), e.g. agent " + first.agent() + ": "
                        + first.message() + "; the others: " + named(failures.stream().skip(1).map(Failure::agent).toList())));
            }
        });
        if (recovered.size() <= LISTED_ONE_BY_ONE) {
            recovered.forEach(r -> lines.add(new Line(false, "agent " + r.agent() + ": recovered, now " + r.now())));
        } else {
            lines.add(new Line(false, recovered.size() + " agents recovered: " + named(recovered.stream().map(Recovery::agent).toList())));
        }
        return lines;
    }

    private static String named(List<String> agents) {
        String shown = String.join(", ", agents.subList(0, Math.min(NAMED_IN_SUMMARY, agents.size())));
        return agents.size() <= NAMED_IN_SUMMARY ? shown : shown + " and " + (agents.size() - NAMED_IN_SUMMARY) + " more";
    }
}
