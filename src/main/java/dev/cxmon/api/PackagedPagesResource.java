package dev.cxmon.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The documentation this jar packages, so that it matches the running version: the runbook of each alert,
 * docs/alerts/&lt;AlertName&gt;.md, at /runbooks/&lt;AlertName&gt;.md or /runbooks/&lt;AlertName&gt; (the alert rules' default
 * runbook base), and the page of each diagnosis code, docs/diagnosis/&lt;CODE&gt;.md, at /diagnosis/&lt;CODE&gt;.md (the runbooks
 * link there as ../diagnosis/&lt;CODE&gt;.md). These pages name nobody, so {@link ApiAccessFilter} lets them through without
 * cxone.api-token.
 */
@Path("/")
public class PackagedPagesResource {

    static final String RUNBOOKS = "/runbooks";
    static final String DIAGNOSIS = "/diagnosis";

    /** Alert names: letters and digits only. */
    private static final PackagedMarkdown RUNBOOK_PAGES = new PackagedMarkdown("runbooks", Pattern.compile("[A-Z][A-Za-z0-9]{0,99}"),
            "runbook", RUNBOOKS + "/CXonePollingStale.md");
    /** Diagnosis codes: capitals, digits and underscores only. */
    private static final PackagedMarkdown DIAGNOSIS_PAGES = new PackagedMarkdown("diagnosis", Pattern.compile("[A-Z][A-Z0-9_]{0,99}"),
            "diagnosis page", DIAGNOSIS + "/TOKEN_SCOPE_MISSING.md");

    @GET
    @Path(RUNBOOKS + "/{name}")
    public Response runbook(@PathParam("name") String name) throws IOException {
        return RUNBOOK_PAGES.page(name);
    }

    @GET
    @Path(DIAGNOSIS + "/{code}")
    public Response diagnosisPage(@PathParam("code") String code) throws IOException {
        return DIAGNOSIS_PAGES.page(code);
    }
}
