package dev.cxmon.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantLoaderTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    @Test
    void demoTenantHasTheDocumentedCast() {
        SimulatorTenant tenant = TenantLoader.demoTenant(CLOCK);

        assertThat(tenant.info().tenantId()).isEqualTo(DemoTenant.TENANT_ID);
        assertThat(tenant.info().businessUnitId()).isEqualTo(4600001);
        assertThat(tenant.application().authMethod()).isEqualTo(ClientAuthMethod.BASIC);
        assertThat(tenant.settings().perAgentWhenLoggedOut()).isEqualTo(PerAgentWhenLoggedOut.NOT_FOUND);
        assertThat(tenant.settings().tokenLifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(tenant.users()).hasSize(10);
        assertThat(tenant.agentUsers()).extracting(u -> u.agent().agentId())
                .containsExactly(1000L, 1001L, 1002L, 1003L, 1004L, 1005L, 1006L, 1007L);
        assertThat(tenant.userByName("NOTAGENT@demo.example")).hasValueSatisfying(u -> assertThat(u.isAgent()).isFalse());
        assertThat(tenant.userByAgentId(1007)).hasValueSatisfying(u -> assertThat(u.agent().hasSkills()).isFalse());
        assertThat(tenant.userByAgentId(1006)).hasValueSatisfying(u -> assertThat(u.agent().isActive()).isFalse());
        assertThat(tenant.accessKey("demo-noscope")).hasValueSatisfying(k -> {
            assertThat(k.has(Permission.AGENT_STATES)).isFalse();
            assertThat(k.userName()).isEqualTo("reporting@demo.example");
        });
        assertThat(tenant.accessKey("demo-nouser")).hasValueSatisfying(k -> assertThat(k.owner()).isEmpty());
        assertThat(tenant.accessKey("demo-expired")).hasValueSatisfying(k -> assertThat(k.expired()).isTrue());
        assertThat(tenant.accessKey("demo-agent")).hasValueSatisfying(k -> assertThat(k.visibility()).isEqualTo(Visibility.SELF));
        tenant.accessKeys().forEach(k -> assertThat(k.secret()).isEqualTo(k.id() + "-secret"));
    }

    @Test
    void toStringNeverShowsSecrets() {
        SimulatorTenant tenant = TenantLoader.demoTenant(CLOCK);

        assertThat(tenant.application().toString()).doesNotContain("demo-client-secret");
        tenant.accessKeys().forEach(k -> assertThat(k.toString()).doesNotContain(k.secret()));
        assertThat(new TlsOptions(Path.of("x.p12"), "changeit").toString()).doesNotContain("changeit");
    }

    @Test
    void unknownPropertyNamesTheSpot() {
        Path file = DemoTenant.writeEdited(dir, yaml -> yaml.replace("    isActive: false", "    isActiv: false"));

        assertThatThrownBy(() -> TenantLoader.fromFile(file, CLOCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("isActiv")
                .hasMessageContaining("users[6].agent");
    }

    @Test
    void badEnumValueIsExplained() {
        Path file = DemoTenant.writeEdited(dir, yaml -> yaml.replace("visibility: self", "visibility: mine"));

        assertThatThrownBy(() -> TenantLoader.fromFile(file, CLOCK))
                .hasMessageContaining("unknown visibility 'mine'");
    }

    @Test
    void crossReferencesAreChecked() {
        Path file = DemoTenant.writeEdited(dir, yaml -> yaml
                .replace("agentId: 1007", "agentId: 1001")
                .replace("teamId: 5001\n    agent:\n      agentId: 1000", "teamId: 9999\n    agent:\n      agentId: 1000")
                .replace("userName: reporting@demo.example\n    permissions", "userName: ghost@demo.example\n    permissions"));

        assertThatThrownBy(() -> TenantLoader.fromFile(file, CLOCK))
                .hasMessageContaining("agentId 1001 is used twice")
                .hasMessageContaining("teamId 9999")
                .hasMessageContaining("owner ghost@demo.example is not a user");
    }

    @Test
    void invalidStateIdIsRejected() {
        Path file = DemoTenant.writeEdited(dir, yaml -> yaml.replace("state: { agentStateId: 8 }", "state: { agentStateId: 11 }"));

        assertThatThrownBy(() -> TenantLoader.fromFile(file, CLOCK)).hasMessageContaining("agentStateId must be 0..8");
    }

    @Test
    void unavailableCodesAreChecked() {
        Path file = DemoTenant.writeEdited(dir, yaml -> yaml
                .replace("{ id: 12, name: Lunch }", "{ id: 11, name: Lunch }")
                .replace("{ id: 14, name: Meeting }", "{ id: 14, name: break }")
                .replace("agentStateId: 2, outStateDescription: Break", "agentStateId: 2, outStateDescription: Coffee"));

        assertThatThrownBy(() -> TenantLoader.fromFile(file, CLOCK))
                .hasMessageContaining("unavailable code id 11 is used twice")
                .hasMessageContaining("unavailable code name 'break' is used twice")
                .hasMessageContaining("user break@demo.example: outStateDescription 'Coffee' is not an unavailable code");
        Path blank = DemoTenant.writeEdited(dir, yaml -> yaml.replace("{ id: 13, name: Training }", "{ id: 0, name: \" \" }"));
        assertThatThrownBy(() -> TenantLoader.fromFile(blank, CLOCK)).hasMessageContaining("unavailableCodes");
    }

    @Test
    void aTenantFileWithoutUnavailableCodesGetsTheStandardOnes() {
        String yaml = DemoTenant.yaml();
        int from = yaml.indexOf("unavailableCodes:");
        Path file = DemoTenant.writeEdited(dir, y -> y.substring(0, from) + y.substring(y.indexOf("teams:")));

        SimulatorTenant tenant = TenantLoader.fromFile(file, CLOCK);

        assertThat(tenant.unavailableCodes()).isEqualTo(TenantLoader.demoTenant(CLOCK).unavailableCodes());
        assertThat(tenant.unavailableCodes()).extracting(UnavailableCode::name)
                .contains("Break", "Lunch", "Training", "Meeting", "After Call Work");
    }

    @Test
    void missingFileIsReported() {
        assertThatThrownBy(() -> TenantLoader.fromFile(dir.resolve("absent.yaml"), CLOCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absent.yaml does not exist");
    }

    @Test
    void tokenLifetimeAcceptsCommonForms() {
        assertThat(TenantSettings.parseDuration("3600s")).isEqualTo(Duration.ofHours(1));
        assertThat(TenantSettings.parseDuration("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(TenantSettings.parseDuration("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(TenantSettings.parseDuration("PT5M")).isEqualTo(Duration.ofMinutes(5));
        assertThat(TenantSettings.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThatThrownBy(() -> TenantSettings.parseDuration("soon")).hasMessageContaining("tokenLifetime");
    }

    @Test
    void shortTokenLifetimeIsHonoured() {
        Path file = DemoTenant.writeEdited(dir, yaml -> yaml.replace("tokenLifetime: 3600s", "tokenLifetime: 60s"));
        try (SimulatorHarness sim = SimulatorHarness.start(SimulatorOptions.defaults().withTenantFile(file))) {
            assertThat(SimulatorHarness.json(sim.passwordGrant("demo-supervisor")).get("expires_in").asLong()).isEqualTo(60);
        }
    }

    @Test
    void startFailsClearlyForAnInvalidTenantFile() {
        Path file = DemoTenant.writeEdited(dir, yaml -> yaml.replace("authMethod: basic", "authMethod: jwt"));
        io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
        try {
            assertThatThrownBy(() -> CxoneSimulator.start(vertx, SimulatorOptions.defaults().withTenantFile(file)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown authMethod 'jwt'");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
