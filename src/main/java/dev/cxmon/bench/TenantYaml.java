package dev.cxmon.bench;

/**
 * The parts of a simulator tenant file for the tenants written rather than kept (the benchmark's, and the tests' large
 * ones): the tenant with the demo application, an owner, generated agents, and an access key that sees everyone.
 */
public final class TenantYaml {

    private TenantYaml() {}

    /** The tenant (cluster C32 in na1) and the demo application (demo-client, basic authentication). */
    public static void tenant(StringBuilder yaml, String tenantId, long businessUnitId) {
        yaml.append("tenant:\n")
                .append("  tenantId: ").append(tenantId).append('\n')
                .append("  businessUnitId: ").append(businessUnitId).append('\n')
                .append("""
                          cluster: C32
                          area: na1
                          domain: niceincontact.com
                        application:
                          clientId: demo-client
                          clientSecret: demo-client-secret
                          authMethod: basic
                        """);
    }

    /** Under {@code users:}, a user without the agent role: who owns the access key. */
    public static void owner(StringBuilder yaml, String userId, String userName, String firstName, long teamId) {
        yaml.append("  - userId: ").append(userId).append('\n')
                .append("    userName: ").append(userName).append('\n')
                .append("    firstName: ").append(firstName).append('\n')
                .append("    lastName: Owner\n")
                .append("    emailAddress: ").append(userName).append('\n')
                .append("    teamId: ").append(teamId).append('\n');
    }

    /** Under {@code users:}, agent&lt;agentId&gt;@&lt;domain&gt; with the agent role, one skill and a state (2 is on Break). */
    public static void agent(StringBuilder yaml, long agentId, Object userId, String domain, long teamId, long skillId, String skillName,
            int agentStateId) {
        String user = "agent" + agentId + "@" + domain;
        yaml.append("  - userId: ").append(userId).append('\n')
                .append("    userName: ").append(user).append('\n')
                .append("    firstName: Agent\n")
                .append("    lastName: A").append(agentId).append('\n')
                .append("    emailAddress: ").append(user).append('\n')
                .append("    teamId: ").append(teamId).append('\n')
                .append("    agent:\n")
                .append("      agentId: ").append(agentId).append('\n')
                .append("      isActive: true\n")
                .append("      skills:\n")
                .append("        - { skillId: ").append(skillId).append(", skillName: ").append(skillName).append(" }\n")
                .append("      state: { agentStateId: ").append(agentStateId).append(agentStateId == 2 ? ", outStateDescription: Break" : "")
                .append(" }\n");
    }

    /** The tenant's only access key, &lt;id&gt;-secret, owned by {@code userName}: every permission, visibility all. */
    public static void accessKeySeeingAll(StringBuilder yaml, String id, String userName) {
        yaml.append("accessKeys:\n")
                .append("  - id: ").append(id).append('\n')
                .append("    secret: ").append(id).append("-secret\n")
                .append("    userName: ").append(userName).append('\n')
                .append("""
                            permissions: [agents, agentStates, users, skills, skillActivity]
                            visibility: all
                            expired: false
                        """);
    }
}
