package dev.cxmon.simulator;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** The business unit: what the tenant discovery document and the JWT's tenant claims describe. */
public record TenantInfo(UUID tenantId, long businessUnitId, String cluster, String area, String domain,
        String acdDomain, String uhDomain) {

    public TenantInfo {
        requireNonNull(tenantId, "tenant.tenantId is required");
        requireNonNull(cluster, "tenant.cluster is required");
        requireNonNull(area, "tenant.area is required");
        requireNonNull(domain, "tenant.domain is required");
        if (businessUnitId <= 0) {
            throw new IllegalArgumentException("tenant.businessUnitId must be a positive number");
        }
        acdDomain = acdDomain == null ? domain : acdDomain;
        uhDomain = uhDomain == null ? domain : uhDomain;
    }
}
