package dev.cxmon.api;

import dev.cxmon.auth.CxoneSession;
import dev.cxmon.cxone.AgentRef;
import dev.cxmon.diagnose.Diagnoser;
import dev.cxmon.monitor.RosterPoller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * The diagnose report of one agent as JSON, run with the service's credentials; guarded by cxone.api-token (see
 * {@link ApiAccessFilter}). Runs through the daemon's session, so its calls share the daemon's token and rate limit and
 * are counted in cxone_api_requests_total, and at most {@link DiagnosisSlots#RUNNING} at a time.
 */
@Path("/api/agents/{ref}/diagnosis")
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosisResource {

    private static final int SHOWN_REF_CHARS = 80;

    private final Diagnoser diagnoser;
    private final ApiTokenGuard guard;
    private final RosterPoller poller;
    private final DiagnosisSlots slots;

    public DiagnosisResource(Diagnoser diagnoser, ApiTokenGuard guard, RosterPoller poller, DiagnosisSlots slots) {
        this.diagnoser = diagnoser;
        this.guard = guard;
        this.poller = poller;
        this.slots = slots;
    }

    @GET
    public Response diagnose(@PathParam("ref") String ref, @QueryParam("updatedSince") String updatedSince,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        switch (guard.check(authorization)) {
            case DISABLED:
                return ApiAccessFilter.error(Response.Status.NOT_FOUND, "the diagnosis endpoint is disabled: set cxone.api-token to enable it")
                        .build();
            case MISSING, WRONG:
                return ApiAccessFilter.unauthorized();
            default:
                break;
        }
        if (AgentRef.parse(ref).kind() == AgentRef.Kind.INVALID) {
            return ApiAccessFilter.error(Response.Status.BAD_REQUEST, "'" + shown(ref) + "' is not an agent reference: give a numeric "
                    + "agent ID, a user ID (UUID) or a user name (up to 256 characters, no spaces, '/', '\\', '?' or '#')").build();
        }
        Optional<CxoneSession> session = poller.session();
        if (session.isEmpty()) {
            return busy(Response.Status.SERVICE_UNAVAILABLE, "the monitor has not started polling yet; try again shortly");
        }
        Optional<DiagnosisSlots.Slot> slot = slots.tryEnter();
        if (slot.isEmpty()) {
            return busy(Response.Status.TOO_MANY_REQUESTS, "other diagnoses are running (at most " + DiagnosisSlots.RUNNING
                    + " at a time, to spare CXone's rate limit); try again after Retry-After");
        }
        try (DiagnosisSlots.Slot held = slot.get()) {
            return Response.ok(diagnoser.diagnoseWith(session.get(), ref, Optional.ofNullable(updatedSince))).build();
        }
    }

    private Response busy(Response.Status status, String message) {
        return ApiAccessFilter.error(status, message).header(HttpHeaders.RETRY_AFTER, slots.retryAfter().toSeconds()).build();
    }

    /** A reference as an answer may quote it: on one line, at most 80 characters. */
    static String shown(String ref) {
        String oneLine = ref.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > SHOWN_REF_CHARS ? oneLine.substring(0, SHOWN_REF_CHARS) + "…" : oneLine;
    }
}
