package dev.cxmon.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runbook of each alert, docs/alerts/&lt;AlertName&gt;.md as packaged in this jar (so it matches the running version),
 * at /runbooks/&lt;AlertName&gt;.md or /runbooks/&lt;AlertName&gt;: the alert rules' default runbook base. Runbooks name
 * nobody, so {@link ApiAccessFilter} lets them through without cxone.api-token.
 */
@Path(RunbooksResource.PATH)
public class RunbooksResource {

    static final String PATH = "/runbooks";
    static final String MARKDOWN = "text/markdown; charset=utf-8";

    /** Alert names: letters and digits only, which also rules out any path trick. */
    private static final Pattern RUNBOOK = Pattern.compile("([A-Z][A-Za-z0-9]{0,99})(\\.md)?");
    /** Where the build copies docs/alerts/*.md (pom.xml, build resources). */
    private static final String PACKAGED = "runbooks/";

    @GET
    @Path("{name}")
    public Response runbook(@PathParam("name") String name) throws IOException {
        Matcher matcher = RUNBOOK.matcher(name);
        if (!matcher.matches()) {
            return notFound("no runbook here: runbooks are named after their alert, e.g. " + PATH + "/CXonePollingStale.md");
        }
        String alert = matcher.group(1);
        try (InputStream markdown = getClass().getClassLoader().getResourceAsStream(PACKAGED + alert + ".md")) {
            if (markdown == null) {
                return notFound("no runbook for an alert named " + alert + " in this version of cxone-agent-monitor");
            }
            return Response.ok(markdown.readAllBytes(), MARKDOWN).build();
        }
    }

    private static Response notFound(String message) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8")).entity(message + "\n").build();
    }
}
