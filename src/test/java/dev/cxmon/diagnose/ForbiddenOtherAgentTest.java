package dev.cxmon.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.RestClients;
import dev.cxmon.simulator.CxoneSimulator;
import dev.cxmon.simulator.SimulatorOptions;
import dev.cxmon.simulator.TenantLoader;
import dev.cxmon.testing.DemoSettings;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An agent's own access key asks for another agent. Tenants answer 404 (the demo tenant) or 403; either way the
 * bulk read with the same token works, which proves the agent-state permission exists: the cause is the token
 * user's view (TOKEN_USER_MISMATCH), never a missing permission.
 */
@QuarkusTest
class ForbiddenOtherAgentTest {

    private static Vertx vertx;
    private static CxoneSimulator notFoundTenant;
    private static CxoneSimulator forbiddenTenant;

    @Inject
    RestClients clients;

    @BeforeAll
    static void startSimulators() throws IOException {
        vertx = Vertx.vertx();
        notFoundTenant = CxoneSimulator.start(vertx, SimulatorOptions.defaults());
        Path tenantFile = Files.createTempFile("tenant-forbidden", ".yaml");
        String demo;
        try (InputStream in = TenantLoader.class.getResourceAsStream(TenantLoader.DEMO_TENANT_RESOURCE)) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String forbidden = demo.replace("perAgentWhenNotVisible: notFound", "perAgentWhenNotVisible: forbidden");
        assertThat(forbidden).isNotEqualTo(demo);
        Files.writeString(tenantFile, forbidden);
        forbiddenTenant = CxoneSimulator.start(vertx, SimulatorOptions.defaults().withTenantFile(tenantFile));
        Files.delete(tenantFile);
    }

    @AfterAll
    static void stopSimulators() {
        notFoundTenant.close();
        forbiddenTenant.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void tenantAnswering404ForAnotherAgentIsTokenUserMismatch() {
        assertTokenUserMismatch(diagnose(notFoundTenant, "demo-agent", "1001"));
    }

    @Test
    void tenantAnswering403ForAnotherAgentIsTokenUserMismatchNotAMissingPermission() {
        DiagnosisReport report = diagnose(forbiddenTenant, "demo-agent", "1001");

        assertTokenUserMismatch(report);
        String evidence = String.join("\n", report.findings().get(0).evidence());
        assertThat(evidence).contains("403").contains("agents/states").contains("1002");
        assertThat(report.checks()).filteredOn(c -> c.name().equals("agent state")).singleElement()
                .satisfies(c -> assertThat(c.summary()).contains("outside the token user's view"));
    }

    @Test
    void onTheSameTenantAKeyWithoutTheStatePermissionIsStillScopeMissing() {
        DiagnosisReport report = diagnose(forbiddenTenant, "demo-noscope", "1001");

        assertThat(report.rootCause()).as("findings " + report.findings()).isEqualTo(DiagnosisCode.TOKEN_SCOPE_MISSING);
    }

    @Test
    void theKeysOwnAgentIsReadOnTheForbiddingTenant() {
        DiagnosisReport report = diagnose(forbiddenTenant, "demo-agent", "1002");

        assertThat(report.rootCause()).as("findings " + report.findings()).isEqualTo(DiagnosisCode.AGENT_LOGGED_IN_NOT_AVAILABLE);
    }

    private DiagnosisReport diagnose(CxoneSimulator simulator, String accessKey, String agent) {
        return DiagnosisRules.evaluate(new EvidenceCollector(clients, Clock.systemUTC())
                .collect(DiagnosisRequest.of(agent, DemoSettings.forKey(simulator.baseUrl(), accessKey))));
    }

    private static void assertTokenUserMismatch(DiagnosisReport report) {
        assertThat(report.rootCause()).as("findings " + report.findings()).isEqualTo(DiagnosisCode.TOKEN_USER_MISMATCH);
        assertThat(codes(report)).doesNotContain(DiagnosisCode.TOKEN_SCOPE_MISSING);
        assertThat(report.exitCode()).isEqualTo(2);
    }

    private static List<DiagnosisCode> codes(DiagnosisReport report) {
        return report.findings().stream().map(Finding::code).toList();
    }
}
