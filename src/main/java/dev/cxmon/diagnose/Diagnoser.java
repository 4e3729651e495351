package dev.cxmon.diagnose;

import dev.cxmon.auth.CxoneSession;
import dev.cxmon.config.ConfigProblem;
import dev.cxmon.config.ConnectionSettingsFactory;
import dev.cxmon.config.CxoneConfig;
import dev.cxmon.cxone.RestClients;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs a diagnosis: collect evidence with the configured (or given) connection, then apply the rules. */
@ApplicationScoped
public class Diagnoser {

    private final ConnectionSettingsFactory settings;
    private final EvidenceCollector collector;

    public Diagnoser(ConnectionSettingsFactory settings, RestClients clients, Clock clock, CxoneConfig config) {
        this.settings = settings;
        this.collector = new EvidenceCollector(clients, clock, config.metrics().skills());
    }

    /** With the service's own configuration. */
    public DiagnosisReport diagnose(String agentRef, Optional<String> updatedSince) {
        DiagnosisRequest request = new DiagnosisRequest(agentRef, settings.fromConfig(), problemsWith(updatedSince),
                settings.tutorialEndpoints(), updatedSince);
        return diagnose(request);
    }

    /** With the service's own configuration, through the daemon's session: its token, its rate limit, its request counter. */
    public DiagnosisReport diagnoseWith(CxoneSession shared, String agentRef, Optional<String> updatedSince) {
        DiagnosisRequest request = new DiagnosisRequest(agentRef, shared.settings(), problemsWith(updatedSince),
                settings.tutorialEndpoints(), updatedSince);
        return DiagnosisRules.evaluate(collector.collectWith(shared, request));
    }

    /** The configuration's problems plus a malformed --updated-since, found before any call. */
    private List<ConfigProblem> problemsWith(Optional<String> updatedSince) {
        List<ConfigProblem> problems = new ArrayList<>(settings.problems());
        UpdatedSince.problem(updatedSince).ifPresent(problems::add);
        return problems;
    }

    public DiagnosisReport diagnose(DiagnosisRequest request) {
        return DiagnosisRules.evaluate(collector.collect(request));
    }
}
