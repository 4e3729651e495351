package dev.cxmon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cxmon.diagnose.DiagnosisReport;
import dev.cxmon.diagnose.Diagnoser;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code diagnose --agent <agentId|userName> [--json] [--updated-since <ISO-8601>]}: one diagnosis, then exit with its code. */
@Command(name = "diagnose",
        description = {"One diagnosis of an agent: why it is (or is not) available, with the evidence and the fix.",
                "Uses the daemon's configuration; in demo mode it starts the embedded simulator for this run. "
                        + "Every code has a runbook page in docs/diagnosis/."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:state read, nothing wrong (whatever the state)",
                "1:warnings only",
                "2:fault in configuration, permissions or identity; or a usage error",
                "3:could not finish (network, server, rate limit, malformed answers)"})
public class DiagnoseCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help and exit")
    boolean help;

    // Not required=true: a blank --agent is as missing as none, and both get the one message "--agent is required".
    @Option(names = "--agent", paramLabel = "<agentId|userName>",
            description = "numeric agent ID (e.g. 1001) or user name (e.g. jane@example.com); required")
    String agent;

    @Option(names = "--json", description = "print one JSON document on stdout instead of the checklist")
    boolean asJson;

    // A String: a value that is no timestamp is a CONFIG_INVALID finding of the report, not a usage error.
    @Option(names = "--updated-since", paramLabel = "<ISO-8601>",
            description = "also try the bulk endpoint with this updatedSince, as your integration sends it")
    String updatedSince;

    @Spec
    CommandSpec spec;

    private final Diagnoser diagnoser;
    private final ObjectMapper json;

    public DiagnoseCommand(Diagnoser diagnoser, ObjectMapper json) {
        this.diagnoser = diagnoser;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Override
    public Integer call() {
        if (agent == null || agent.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--agent is required");
        }
        return run(System.out, System.err);
    }

    private int run(PrintStream out, PrintStream err) {
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
