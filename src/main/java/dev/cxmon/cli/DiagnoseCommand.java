package dev.cxmon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cxmon.diagnose.DiagnosisReport;
import dev.cxmon.diagnose.Diagnoser;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.util.Optional;

/** {@code diagnose --agent <agentId|userName> [--json] [--updated-since <ISO-8601>]}: one diagnosis, then exit. */
@ApplicationScoped
public class DiagnoseCommand {

    static final String USAGE = """
            usage: diagnose --agent <agentId|userName> [--json] [--updated-since <ISO-8601>]
              --agent          numeric agent ID (e.g. 1001) or user name (e.g. jane@example.com)
              --json           print one JSON document on stdout instead of the checklist
              --updated-since  also try the bulk endpoint with this updatedSince, as your integration sends it
            exit codes: 0 state read, nothing wrong; 1 warnings only; 2 fault in configuration, permissions or identity;
                        3 could not finish (network, server, rate limit, malformed answers)""";

    private final Diagnoser diagnoser;
    private final ObjectMapper json;

    public DiagnoseCommand(Diagnoser diagnoser, ObjectMapper json) {
        this.diagnoser = diagnoser;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** @param args the arguments after "diagnose" */
    public int run(String[] args, PrintStream out, PrintStream err) {
        String agent = null;
        String updatedSince = null;
        boolean asJson = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--agent" -> agent = i + 1 < args.length ? args[++i] : null;
                case "--updated-since" -> updatedSince = i + 1 < args.length ? args[++i] : null;
                case "--json" -> asJson = true;
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    err.println("diagnose: unknown argument '" + args[i] + "'\n" + USAGE);
                    return 2;
                }
            }
        }
        if (agent == null || agent.isBlank()) {
            err.println("diagnose: --agent is required\n" + USAGE);
            return 2;
        }
        DiagnosisReport report = diagnoser.diagnose(agent, Optional.ofNullable(updatedSince));
        if (asJson) {
            try {
                out.println(json.writeValueAsString(report));
            } catch (Exception e) {
                err.println("diagnose: could not write the JSON report: " + e.getMessage());
                return 3;
            }
        } else {
            ReportPrinter.print(report, out);
        }
        out.flush();
        return report.exitCode();
    }
}
