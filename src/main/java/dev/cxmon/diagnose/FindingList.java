package dev.cxmon.diagnose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Findings in the order found, one per code: a second finding of the same code adds its evidence to the first. */
final class FindingList {

    private final Map<DiagnosisCode, Finding> byCode = new LinkedHashMap<>();

    void add(Finding finding) {
        byCode.merge(finding.code(), finding, (first, second) -> {
            List<String> evidence = new ArrayList<>(first.evidence());
            second.evidence().stream().filter(line -> !evidence.contains(line)).forEach(evidence::add);
            Severity severity = second.severity().compareTo(first.severity()) > 0 ? second.severity() : first.severity();
            return new Finding(first.code(), severity, first.title(), List.copyOf(evidence), first.fix(), first.docs());
        });
    }

    boolean has(DiagnosisCode code) {
        return byCode.containsKey(code);
    }

    boolean isEmpty() {
        return byCode.isEmpty();
    }

    List<Finding> all() {
        return List.copyOf(byCode.values());
    }

    /** The most severe finding; among equals, the one found first (checks run from configuration to bulk). */
    Optional<Finding> root() {
        Finding root = null;
        for (Finding finding : byCode.values()) {
            if (root == null || finding.severity().compareTo(root.severity()) > 0) {
                root = finding;
            }
        }
        return Optional.ofNullable(root);
    }
}
