package dev.cxmon.cxone;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** Agent resources under {api_endpoint}/incontactapi/services/v{N}.0 (cxone-api.md §4, §5). */
@Path("")
public interface AgentsClient {

    @GET
    @Path("/agents")
    Response searchAgents(@HeaderParam("Authorization") String bearer, @QueryParam("searchString") String searchString,
            @QueryParam("fields") String fields, @QueryParam("skip") Integer skip, @QueryParam("top") Integer top);

    @GET
    @Path("/agents/{agentId}")
    Response agent(@HeaderParam("Authorization") String bearer, @PathParam("agentId") String agentId);

    @GET
    @Path("/agents/{agentId}/states")
    Response agentStates(@HeaderParam("Authorization") String bearer, @PathParam("agentId") String agentId);

    @GET
    @Path("/agents/{agentId}/skills")
    Response agentSkills(@HeaderParam("Authorization") String bearer, @PathParam("agentId") String agentId);

    @GET
    @Path("/agents/states")
    Response bulkStates(@HeaderParam("Authorization") String bearer, @QueryParam("updatedSince") String updatedSince,
            @QueryParam("fields") String fields);
}
