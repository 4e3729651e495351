package dev.cxmon.diagnose;

import dev.cxmon.config.ConfigProblem;
import dev.cxmon.config.ConnectionSettings;
import java.util.List;
import java.util.Optional;

/** What to diagnose and with which connection; configuration problems found before any call ride along. */
public record DiagnosisRequest(
        String agentRef,
        ConnectionSettings settings,
        List<ConfigProblem> configProblems,
        List<ConfigProblem> tutorialEndpoints,
        Optional<String> userUpdatedSince) {

    public static DiagnosisRequest of(String agentRef, ConnectionSettings settings) {
        return new DiagnosisRequest(agentRef, settings, List.of(), List.of(), Optional.empty());
    }

    public DiagnosisRequest withUpdatedSince(String updatedSince) {
        return new DiagnosisRequest(agentRef, settings, configProblems, tutorialEndpoints, Optional.ofNullable(updatedSince));
    }
}
