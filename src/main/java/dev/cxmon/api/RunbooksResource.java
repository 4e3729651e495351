package dev.cxmon.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The runbook of each alert, docs/alerts/&lt;AlertName&gt;.md as packaged in this jar (so it matches the running version),
 * at /runbooks/&lt;AlertName&gt;.md or /runbooks/&lt;AlertName&gt;: the alert rules' default runbook base. Runbooks name
 * nobody, so {@link ApiAccessFilter} lets them through without cxone.api-token.
 */
@Path(RunbooksResource.PATH)
public class RunbooksResource {

    static final String PATH = "/runbooks";

    /** Alert names: letters and digits only. */
    private static final PackagedMarkdown RUNBOOKS = new PackagedMarkdown("runbooks", Pattern.compile("[A-Z][A-Za-z0-9]{0,99}"),
            "runbook", PATH + "/CXonePollingStale.md");

    @GET
    @Path("{name}")
    public Response runbook(@PathParam("name") String name) throws IOException {
        return RUNBOOKS.page(name);
    }
}
