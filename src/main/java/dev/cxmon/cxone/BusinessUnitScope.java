package dev.cxmon.cxone;

import java.util.Optional;

/**
 * Which business units the bulk call {@code GET agents/states} asks for: the value of its {@code reqBUIds}
 * (comma-separated numeric IDs, cxone-api.md §4a), or none to leave the choice to CXone.
 */
@FunctionalInterface
public interface BusinessUnitScope {

    /** Asks for nothing: CXone answers with its default. */
    BusinessUnitScope SERVER_DEFAULT = Optional::empty;

    Optional<String> reqBUIds();
}
