package dev.cxmon.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * Writes a simulator tenant with N agents for the benchmark: the demo application, one access key that sees
 * everyone, agents 100000.. in ten teams with one skill each and states spread over the CXone states.
 */
final class BenchTenant {

    static final String ACCESS_KEY = "bench-key";
    static final long FIRST_AGENT_ID = 100_000;
    private static final String OWNER = "bench-owner@bench.example";
    private static final int[] STATES = {1, 1, 1, 2, 3, 3, 4, 8, 0, 0};

    private BenchTenant() {}

    static Path write(int agents) throws IOException {
        Path file = Files.createTempFile("bench-tenant-" + agents + "-", ".yaml");
        write(agents, Duration.ofHours(1), file);
        return file;
    }

    /** Writes the tenant to {@code file}; the soak run uses a short token lifetime so that renewals happen during it. */
    static void write(int agents, Duration tokenLifetime, Path file) throws IOException {
        StringBuilder yaml = new StringBuilder(256 + agents * 260);
        TenantYaml.tenant(yaml, "0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d", 4609999);
        yaml.append("settings:\n  perAgentWhenLoggedOut: notFound\n");
        yaml.append("  tokenLifetime: ").append(tokenLifetime.toSeconds()).append("s\n");
        yaml.append("teams:\n");
        for (int team = 0; team < 10; team++) {
            yaml.append("  - { id: ").append(7000 + team).append(", name: Team ").append(team).append(" }\n");
        }
        yaml.append("users:\n");
        TenantYaml.owner(yaml, "00000000-0000-4000-8000-000000000001", OWNER, "Bench", 7000);
        for (int i = 0; i < agents; i++) {
            long agentId = FIRST_AGENT_ID + i;
            String user = "agent" + agentId + "@bench.example";
            TenantYaml.agent(yaml, agentId, UUID.nameUUIDFromBytes(user.getBytes(StandardCharsets.UTF_8)), "bench.example",
                    7000 + i % 10, 8000 + i % 10, "Skill " + i % 10, STATES[i % STATES.length]);
        }
        TenantYaml.accessKeySeeingAll(yaml, ACCESS_KEY, OWNER);
        Files.writeString(file, yaml);
    }
}
