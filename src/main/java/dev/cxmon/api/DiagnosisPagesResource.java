package dev.cxmon.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The page of each diagnosis code, docs/diagnosis/&lt;CODE&gt;.md as packaged in this jar, at /diagnosis/&lt;CODE&gt;.md: the
 * runbooks link there (../diagnosis/&lt;CODE&gt;.md), so those links work where the daemon serves the runbooks. Open to
 * all, like the runbooks.
 */
@Path(DiagnosisPagesResource.PATH)
public class DiagnosisPagesResource {

    static final String PATH = "/diagnosis";

    /** Diagnosis codes: capitals, digits and underscores only. */
    private static final PackagedMarkdown PAGES = new PackagedMarkdown("diagnosis", Pattern.compile("[A-Z][A-Z0-9_]{0,99}"),
            "diagnosis page", PATH + "/TOKEN_SCOPE_MISSING.md");

    @GET
    @Path("{code}")
    public Response page(@PathParam("code") String code) throws IOException {
        return PAGES.page(code);
    }
}
