package dev.cxmon.cxone;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * The User Hub user directory on the API host. {@code GET /user-management/v1/users/{userId}} is what
 * NICE's core-sdk calls (admin-services.js, getUserDetails). The search by user name is inferred, not
 * confirmed: a tenant that does not serve it makes the diagnosis say it cannot tell, never guess.
 */
@Path("/user-management/v1/users")
public interface UserHubClient {

    @GET
    @Path("/{userId}")
    Response user(@HeaderParam("Authorization") String bearer, @PathParam("userId") String userId);

    @GET
    Response searchByUserName(@HeaderParam("Authorization") String bearer, @QueryParam("userName") String userName);
}
