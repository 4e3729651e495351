package dev.cxmon.simulator;

import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code reqBUIds} of {@code agents/states}: the business units whose agents the answer lists, comma-separated
 * numeric IDs. Without it the answer is the token's own business unit (its icBUId: the tenant's, for every token this
 * simulator issues) — an assumption about CXone's default, written down in docs/cxone-api.md.
 */
final class BusinessUnitFilter {

    private final Set<Long> businessUnits;

    private BusinessUnitFilter(Set<Long> businessUnits) {
        this.businessUnits = businessUnits;
    }

    /** @throws ApiError 400 InvalidParameter when reqBUIds is not a comma-separated list of positive numbers */
    static BusinessUnitFilter of(RoutingContext ctx, TenantInfo tenant) {
        String given = QueryParams.text(ctx, "reqBUIds");
        if (given == null) {
            return new BusinessUnitFilter(Set.of(tenant.businessUnitId()));
        }
        Set<Long> units = new LinkedHashSet<>();
        for (String unit : given.split(",", -1)) {
            units.add(parse(unit.trim(), given));
        }
        return new BusinessUnitFilter(Set.copyOf(units));
    }

    boolean admits(SimulatedUser user, TenantInfo tenant) {
        return businessUnits.contains(user.agent().businessUnitId(tenant));
    }

    private static long parse(String unit, String given) {
        try {
            long id = Long.parseLong(unit);
            if (id > 0 && unit.chars().allMatch(Character::isDigit)) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest("InvalidParameter", "reqBUIds '" + given
                + "' is not a comma-separated list of business unit IDs such as 4601234,4605678");
    }
}
