package dev.cxmon.cxone;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** CXone's discovery documents on the auth host (cxone-api.md §2). */
@Path("/.well-known")
public interface DiscoveryClient {

    @GET
    @Path("/openid-configuration")
    Response openIdConfiguration(@HeaderParam("Accept") String accept);

    @GET
    @Path("/cxone-configuration")
    Response cxoneConfiguration(@QueryParam("tenantId") String tenantId, @HeaderParam("Accept") String accept);
}
