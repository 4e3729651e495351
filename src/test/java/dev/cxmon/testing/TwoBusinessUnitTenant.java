package dev.cxmon.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@link PagingTenant}'s agents in two business units: the tenant's own ({@value #TOKEN_BU}, the icBUId of every token
 * it issues) and, for the agents listed, {@value #OTHER_BU}.
 */
public final class TwoBusinessUnitTenant {

    public static final long TOKEN_BU = 4601234;
    public static final long OTHER_BU = 4605678;

    private TwoBusinessUnitTenant() {}

    public static Path write(Path dir, int agents, List<String> otherBuAgentIds) {
        Path file = PagingTenant.write(dir, agents);
        try {
            String yaml = Files.readString(file);
            if (!yaml.contains("businessUnitId: " + TOKEN_BU + "\n")) {
                throw new IllegalStateException("PagingTenant's business unit is no longer " + TOKEN_BU);
            }
            for (String agentId : otherBuAgentIds) {
                String line = "      agentId: " + agentId + "\n";
                if (!yaml.contains(line)) {
                    throw new IllegalArgumentException("no agent " + agentId + " in the paging tenant");
                }
                yaml = yaml.replace(line, line + "      businessUnitId: " + OTHER_BU + "\n");
            }
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
