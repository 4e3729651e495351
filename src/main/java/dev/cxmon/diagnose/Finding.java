package dev.cxmon.diagnose;

import java.util.List;

/** One diagnosis result: stable code, severity, a one-line title, the evidence lines and the fix. */
public record Finding(DiagnosisCode code, Severity severity, String title, List<String> evidence, String fix, String docs) {

    public static Finding of(DiagnosisCode code, String title, List<String> evidence) {
        return new Finding(code, code.severity(), title, List.copyOf(evidence), code.fix(), code.docsPath());
    }

    public Finding withSeverity(Severity other) {
        return new Finding(code, other, title, evidence, fix, docs);
    }

    public Finding withFix(String otherFix) {
        return new Finding(code, severity, title, evidence, otherFix, docs);
    }
}
