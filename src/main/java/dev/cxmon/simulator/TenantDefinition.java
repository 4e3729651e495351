package dev.cxmon.simulator;

import dev.cxmon.simulator.SimulatorTenant.Team;
import java.util.List;

/** The root of a tenant YAML file, bound by Jackson. Cross-references are checked by {@link TenantLoader}. */
record TenantDefinition(TenantInfo tenant, ClientApplication application, List<Team> teams,
        List<SimulatedUser> users, List<AccessKey> accessKeys, TenantSettings settings, List<UnavailableCode> unavailableCodes) {

    TenantDefinition {
        if (tenant == null) {
            throw new IllegalArgumentException("the 'tenant' section is required");
        }
        if (application == null) {
            throw new IllegalArgumentException("the 'application' section is required");
        }
        teams = teams == null ? List.of() : List.copyOf(teams);
        users = users == null ? List.of() : List.copyOf(users);
        accessKeys = accessKeys == null ? List.of() : List.copyOf(accessKeys);
        settings = settings == null ? TenantSettings.defaults() : settings;
        unavailableCodes = unavailableCodes == null ? UnavailableCodes.STANDARD : List.copyOf(unavailableCodes);
    }
}
