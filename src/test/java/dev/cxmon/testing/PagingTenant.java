package dev.cxmon.testing;

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
        StringBuilder yaml = new StringBuilder("""
                tenant:
                  tenantId: 6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d
                  businessUnitId: 4601234
                  cluster: C32
                  area: na1
                  domain: niceincontact.com
                application:
                  clientId: demo-client
                  clientSecret: demo-client-secret
                  authMethod: basic
                teams:
                  - { id: 7100, name: Paging }
                users:
                  - userId: 00000000-0000-4000-8000-00000000f001
                    userName: paging-owner@paging.example
                    firstName: Paging
                    lastName: Owner
                    emailAddress: paging-owner@paging.example
                    teamId: 7100
                """);
        for (int i = 0; i < agents; i++) {
            long agentId = FIRST_AGENT_ID + i;
            int state = stateOf(i);
            yaml.append("  - userId: 00000000-0000-4000-8000-").append(String.format("%012d", agentId)).append('\n')
                    .append("    userName: agent").append(agentId).append("@paging.example\n")
                    .append("    firstName: Agent\n")
                    .append("    lastName: A").append(agentId).append('\n')
                    .append("    emailAddress: agent").append(agentId).append("@paging.example\n")
                    .append("    teamId: 7100\n")
                    .append("    agent:\n")
                    .append("      agentId: ").append(agentId).append('\n')
                    .append("      isActive: true\n")
                    .append("      skills:\n")
                    .append("        - { skillId: 8100, skillName: Paging }\n")
                    .append("      state: { agentStateId: ").append(state).append(state == 2 ? ", outStateDescription: Break" : "").append(" }\n");
        }
        yaml.append("""
                accessKeys:
                  - id: paging-key
                    secret: paging-key-secret
                    userName: paging-owner@paging.example
                    permissions: [agents, agentStates, users, skills]
                    visibility: all
                    expired: false
                """);
        try {
            Path file = dir.resolve("paging-tenant.yaml");
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
