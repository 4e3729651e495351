package dev.cxmon.api;

import dev.cxmon.monitor.RosterState;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Every roster agent: status, availability, reason, since when, and the last error with its diagnosis code; and one agent
 * with its recent changes. Behind cxone.api-token like everything on this port ({@link ApiAccessFilter}); never calls CXone.
 */
@Path("/api/agents")
@Produces(MediaType.APPLICATION_JSON)
public class AgentsResource {

    private final RosterState state;

    public AgentsResource(RosterState state) {
        this.state = state;
    }

    @GET
    public List<AgentView> agents() {
        return AgentView.of(state);
    }

    /** One agent by roster entry, agent ID or user name (any case): its object in the list plus its history. */
    @GET
    @Path("/{ref}")
    public Response agent(@PathParam("ref") String ref) {
        return RosterLookup.find(state.roster(), ref)
                .map(agent -> Response.ok(AgentDetail.of(state.agent(agent), state.history(agent.key()))).build())
                .orElseGet(() -> ApiAccessFilter.error(Response.Status.NOT_FOUND, "'" + DiagnosisResource.shown(ref)
                        + "' is not in the roster: GET /api/agents lists the roster's agents (ref, agentId, userName)").build());
    }
}
