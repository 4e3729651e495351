package dev.cxmon.api;

import dev.cxmon.monitor.RosterState;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Every roster agent: status, availability, reason, since when, and the last error with its diagnosis code. */
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
}
