package dev.cxmon.simulator;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A CXone access key. The owner ({@code userName}) decides what a token may see; without an owner the
 * token has no user context, like an application-only grant.
 */
public record AccessKey(String id, String secret, String userName, Set<Permission> permissions,
        Visibility visibility, boolean expired) {

    public AccessKey {
        requireNonNull(id, "accessKey.id is required");
        requireNonNull(secret, "accessKey.secret is required (accessKey " + id + ")");
        permissions = permissions == null || permissions.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(permissions));
        visibility = visibility == null ? Visibility.ALL : visibility;
    }

    public Optional<String> owner() {
        return Optional.ofNullable(userName);
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    @Override
    public String toString() {
        return "AccessKey[id=" + id + ", secret=***, userName=" + userName + ", permissions=" + permissions
                + ", visibility=" + visibility + ", expired=" + expired + "]";
    }
}
