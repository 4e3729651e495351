package dev.cxmon.simulator;

import java.util.Optional;

/** Whom an API request acts for: the token's access key and, unless it has no user context, its owner. */
record Caller(AccessKey key, SimulatedUser owner) {

    Optional<SimulatedUser> ownerUser() {
        return Optional.ofNullable(owner);
    }

    /** Invisible users and agents are answered as if they did not exist. */
    boolean canSee(SimulatedUser user) {
        return switch (key.visibility()) {
            case ALL -> true;
            case TEAM -> owner != null && owner.teamId() == user.teamId();
            case SELF -> owner != null && owner.userId().equals(user.userId());
        };
    }

    void require(Permission permission) {
        if (!key.has(permission)) {
            throw ApiError.forbidden("the token's security profile lacks the " + permission.wireName()
                    + " permission (" + permission.scopeWord() + ")");
        }
    }
}
