package dev.cxmon.cli;

import dev.cxmon.cxone.Redactor;
import dev.cxmon.diagnose.Check;
import dev.cxmon.diagnose.DiagnosisReport;
import dev.cxmon.diagnose.Finding;
import java.io.PrintStream;

/**
 * The human form of a diagnosis: verdict first, then the checklist, then each finding with evidence and fix. Failure
 * text is redacted where it is built, but findings also quote CXone's data (names, teams, state names): each printed
 * value is flattened so none of it can start a line of its own.
 */
final class ReportPrinter {

    private ReportPrinter() {}

    static void print(DiagnosisReport report, PrintStream out) {
        String code = report.rootCause() == null ? "INCOMPLETE" : report.rootCause().name();
        out.println(code + ": " + oneLine(report.verdict()));
        out.println("  fix: " + oneLine(report.fix()));
        if (report.docs() != null) {
            out.println("  docs: " + report.docs());
        }
        out.println();
        out.println("Checks for " + oneLine(report.agent()) + ":");
        for (Check check : report.checks()) {
            out.printf("  %-7s %-12s %s%n", mark(check.status()), check.name(), oneLine(check.summary()));
        }
        out.println();
        out.println("Findings:");
        for (Finding finding : report.findings()) {
            out.printf("  %-10s %s: %s%n", finding.severity(), finding.code(), oneLine(finding.title()));
            finding.evidence().forEach(line -> out.println("             evidence: " + oneLine(line)));
            if (finding != report.findings().get(0) || report.rootCause() != finding.code()) {
                out.println("             fix: " + oneLine(finding.fix()));
            }
        }
        out.println();
        out.println("Exit code " + report.exitCode() + " (0 fine, 1 warnings, 2 fault in configuration/permissions/identity, 3 could not finish)."
                + " Add --json for the full evidence trail.");
    }

    private static String oneLine(String text) {
        return Redactor.stripControls(text);
    }

    private static String mark(Check.Status status) {
        return switch (status) {
            case OK -> "[ok]";
            case WARN -> "[warn]";
            case FAIL -> "[FAIL]";
            case SKIPPED -> "[skip]";
        };
    }
}
