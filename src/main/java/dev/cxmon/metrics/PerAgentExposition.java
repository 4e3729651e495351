package dev.cxmon.metrics;

import dev.cxmon.monitor.AgentObservation;
import dev.cxmon.monitor.ResolvedAgent;
import dev.cxmon.monitor.RosterState;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import io.prometheus.client.Collector;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-agent state sets and names as Prometheus text, in both formats Quarkus serves, written in one pass over the
 * roster: byte for byte what Micrometer's PrometheusMeterRegistry writes for the {@link PerAgentMeters} rows (label keys
 * sorted, values escaped as simpleclient's TextFormat does; PollRenderedPrometheusRegistryTest compares the two). Having
 * Micrometer collect and format 90,000 rows at every poll end cost about 20 times more CPU than this.
 */
final class PerAgentExposition {

    /** @param text004 text format 0.0.4 (what Prometheus' Accept header gets) @param openMetrics without "# EOF" */
    record Texts(String text004, String openMetrics) {
        static final Texts EMPTY = new Texts("", "");
    }

    private final StringBuilder plain;
    private final StringBuilder open;

    private PerAgentExposition(int agents) {
        plain = new StringBuilder(agents * 600);
        open = new StringBuilder(agents * 600);
    }

    static Texts write(RosterState state, List<ResolvedAgent> roster, boolean namesKnown, boolean agentNames,
            java.util.function.UnaryOperator<String> prometheusName) {
        PerAgentExposition out = new PerAgentExposition(roster.size());
        List<ResolvedAgent> observed = roster.stream().filter(a -> state.current(a.key()).isPresent()).toList();
        out.stateSet(prometheusName.apply(PerAgentMeters.STATE), PerAgentMeters.STATE_HELP, "state", AgentStatus.values(), observed,
                state, AgentObservation::status);
        out.stateSet(prometheusName.apply(PerAgentMeters.AVAILABILITY), PerAgentMeters.AVAILABILITY_HELP, "availability",
                Availability.values(), observed, state, AgentObservation::availability);
        List<String> observedKeys = observed.stream().map(ResolvedAgent::key).toList();
        List<String> started = PerAgentMeters.startedAgents(state, observedKeys);
        if (!started.isEmpty()) {
            String name = prometheusName.apply(PerAgentMeters.STATE_STARTED);
            out.header(name, PerAgentMeters.STATE_STARTED_HELP);
            for (String key : started) {
                double at = state.stateStart(key).map(start -> PerAgentMeters.epochSeconds(start.at())).orElse(Double.NaN);
                out.sample(name, new String[] {"agent_id"}, new String[] {key}, Collector.doubleToGoString(at));
            }
        }
        List<Map.Entry<String, String>> reasons = PerAgentMeters.unavailableReasons(state, observedKeys);
        if (!reasons.isEmpty()) {
            String name = prometheusName.apply(PerAgentMeters.UNAVAILABLE_REASON);
            out.header(name, PerAgentMeters.UNAVAILABLE_REASON_HELP);
            for (Map.Entry<String, String> reason : reasons) {
                out.sample(name, new String[] {"agent_id", "reason"}, new String[] {reason.getKey(), reason.getValue()}, true);
            }
        }
        if (namesKnown && !roster.isEmpty()) {
            String name = prometheusName.apply(PerAgentMeters.INFO);
            out.header(name, PerAgentMeters.INFO_HELP);
            for (ResolvedAgent agent : roster) {
                out.sample(name, new String[] {"agent_id", "agent_name", "team", "user_name"},
                        new String[] {agent.key(), agentNames ? agent.agentName() : "", agent.team(), agentNames ? agent.userName() : ""}, true);
            }
        }
        return new Texts(out.plain.toString(), out.open.toString());
    }

    private <T extends Enum<T>> void stateSet(String name, String help, String label, T[] values, List<ResolvedAgent> observed,
            RosterState state, java.util.function.Function<AgentObservation, T> of) {
        if (observed.isEmpty()) {
            return;
        }
        header(name, help);
        String[] keys = {"agent_id", label};
        for (ResolvedAgent agent : observed) {
            Optional<T> current = state.current(agent.key()).map(of);
            for (T value : values) {
                sample(name, keys, new String[] {agent.key(), value.name()}, current.filter(value::equals).isPresent());
            }
        }
    }

    private void header(String name, String help) {
        plain.append("# HELP ").append(name).append(' ');
        escapeHelp(plain, help);
        plain.append("\n# TYPE ").append(name).append(" gauge\n");
        open.append("# TYPE ").append(name).append(" gauge\n# HELP ").append(name).append(' ');
        escapeLabelValue(open, help);
        open.append('\n');
    }

    private void sample(String name, String[] keys, String[] values, boolean one) {
        sample(name, keys, values, one ? "1.0" : "0.0");
    }

    /** Label keys in sorted order, as Micrometer's tags are; the value as simpleclient writes a double. */
    private void sample(String name, String[] keys, String[] values, String value) {
        plain.append(name).append('{');
        open.append(name).append('{');
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                open.append(',');
            }
            plain.append(keys[i]).append("=\"");
            open.append(keys[i]).append("=\"");
            escapeLabelValue(plain, values[i]);
            escapeLabelValue(open, values[i]);
            plain.append("\",");
            open.append('"');
        }
        plain.append("} ").append(value).append('\n');
        open.append("} ").append(value).append('\n');
    }

    /** The text format escapes a backslash and a line feed in HELP, and a double quote too in a label value. */
    private static void escapeHelp(StringBuilder out, String text) {
        escape(out, text, false);
    }

    private static void escapeLabelValue(StringBuilder out, String text) {
        escape(out, text, true);
    }

    private static void escape(StringBuilder out, String text, boolean quote) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '"' -> out.append(quote ? "\\\"" : "\"");
                default -> out.append(c);
            }
        }
    }
}
