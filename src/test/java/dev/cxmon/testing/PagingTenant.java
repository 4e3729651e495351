package dev.cxmon.testing;

import dev.cxmon.bench.TenantYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;

/**
 * A simulator tenant of N agents (2001, 2002, ...), every one with a skill so that the bulk view lists them all, in states
 * that cycle through Available, Unavailable (Break), LoggedOut, LoggedIn and InboundContact; one access key, paging-key,
 * that sees everyone.
 */
public final class PagingTenant {

    public static final String ACCESS_KEY = "paging-key";
    public static final long FIRST_AGENT_ID = 2001;
    private static final String OWNER = "paging-owner@paging.example";
    private static final int[] STATES = {1, 2, 0, 8, 3};

    private PagingTenant() {}

    public static List<String> agentIds(int agents) {
        return LongStream.range(FIRST_AGENT_ID, FIRST_AGENT_ID + agents).mapToObj(Long::toString).toList();
    }

    /** The agentStateId the tenant gives agent number {@code index} (0-based). */
    public static int stateOf(int index) {
        return STATES[index % STATES.length];
    }

    public static Path write(Path dir, int agents) {
        StringBuilder yaml = new StringBuilder();
        TenantYaml.tenant(yaml, "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", 4601234);
        yaml.append("teams:\n  - { id: 7100, name: Paging }\nusers:\n");
        TenantYaml.owner(yaml, "00000000-0000-4000-8000-00000000f001", OWNER, "Paging", 7100);
        for (int i = 0; i < agents; i++) {
            long agentId = FIRST_AGENT_ID + i;
            TenantYaml.agent(yaml, agentId, "00000000-0000-4000-8000-" + String.format("%012d", agentId), "paging.example", 7100, 8100,
                    "Paging", stateOf(i));
        }
        TenantYaml.accessKeySeeingAll(yaml, ACCESS_KEY, OWNER);
        try {
            Path file = dir.resolve("paging-tenant.yaml");
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
