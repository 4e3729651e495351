package dev.cxmon.api;

import dev.cxmon.diagnose.Diagnoser;
import dev.cxmon.diagnose.DiagnosisReport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;

/** The diagnose report of one agent as JSON, run with the service's credentials; guarded by cxone.api-token. */
@Path("/api/agents/{ref}/diagnosis")
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosisResource {

    private final Diagnoser diagnoser;
    private final ApiTokenGuard guard;

    public DiagnosisResource(Diagnoser diagnoser, ApiTokenGuard guard) {
        this.diagnoser = diagnoser;
        this.guard = guard;
    }

    @GET
    public Response diagnose(@PathParam("ref") String ref, @QueryParam("updatedSince") String updatedSince,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return switch (guard.check(authorization)) {
            case DISABLED -> Response.status(Response.Status.NOT_FOUND)
                    .entity(Map.of("error", "the diagnosis endpoint is disabled: set cxone.api-token to enable it")).build();
            case MISSING, WRONG -> Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cxone-agent-monitor\"")
                    .entity(Map.of("error", "send Authorization: Bearer <cxone.api-token>")).build();
            case ALLOWED -> {
                DiagnosisReport report = diagnoser.diagnose(ref, Optional.ofNullable(updatedSince));
                yield Response.ok(report).build();
            }
        };
    }
}
