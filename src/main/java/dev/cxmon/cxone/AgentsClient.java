package dev.cxmon.cxone;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/** Agent resources under {api_endpoint}/incontactapi/services/v{N}.0 (cxone-api.md §4, §5). */
@Path("")
public interface AgentsClient {

    /** Paginated: the query is searchString, top and skip, or what the answer's _links.next names. */
    @GET
    @Path("/agents")
    Response searchAgents(@HeaderParam("Authorization") String bearer, @RestQuery Map<String, String> query);

    @GET
    @Path("/agents/{agentId}")
    Response agent(@HeaderParam("Authorization") String bearer, @PathParam("agentId") String agentId);

    @GET
    @Path("/agents/{agentId}/states")
    Response agentStates(@HeaderParam("Authorization") String bearer, @PathParam("agentId") String agentId);

    @GET
    @Path("/agents/{agentId}/skills")
    Response agentSkills(@HeaderParam("Authorization") String bearer, @PathParam("agentId") String agentId);

    /** Paginated: the query is updatedSince and fields, then what the answer's _links.next names, or skip. */
    @GET
    @Path("/agents/states")
    Response bulkStates(@HeaderParam("Authorization") String bearer, @RestQuery Map<String, String> query);

    /** Paginated like agents/states: updatedSince and fields, then what _links.next names, or skip (cxone-api.md §4a). */
    @GET
    @Path("/skills/activity")
    Response skillActivity(@HeaderParam("Authorization") String bearer, @RestQuery Map<String, String> query);
}
