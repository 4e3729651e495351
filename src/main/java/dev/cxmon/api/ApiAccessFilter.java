package dev.cxmon.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The door of the status API, which is everything the main HTTP port serves ({@code /api/agents} and everything under
 * it; health and metrics are on the management interface): names, e-mail addresses and teams of the roster are behind
 * cxone.api-token when it is set; only GET is served (a HEAD must not run a diagnosis); no answer is cached by a proxy
 * or browser. Runs before resource matching, so a path that matches nothing (or matches after some path trick) is
 * behind the same door. The one exception is the documentation ({@link PackagedPagesResource}): a
 * single path segment under /runbooks/ or /diagnosis/ that is not a dot segment can match nothing else, and those pages
 * name nobody.
 */
@Provider
@PreMatching
public class ApiAccessFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String NO_STORE = "no-store";

    private static final Pattern OPEN_PAGE = Pattern.compile(
            "(" + PackagedPagesResource.RUNBOOKS + "|" + PackagedPagesResource.DIAGNOSIS + ")/(?!\\.{1,2}$)[^/]+");

    private final ApiTokenGuard guard;

    public ApiAccessFilter(ApiTokenGuard guard) {
        this.guard = guard;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        ApiTokenGuard.Verdict verdict = guard.check(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        boolean open = OPEN_PAGE.matcher(request.getUriInfo().getPath()).matches();
        if (!open && (verdict == ApiTokenGuard.Verdict.MISSING || verdict == ApiTokenGuard.Verdict.WRONG)) {
            request.abortWith(unauthorized());
        } else if (!HttpMethod.GET.equals(request.getMethod())) {
            request.abortWith(error(Response.Status.METHOD_NOT_ALLOWED, "only GET is served here").header(HttpHeaders.ALLOW, HttpMethod.GET)
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
    }

    static Response unauthorized() {
        return error(Response.Status.UNAUTHORIZED, "send Authorization: Bearer <cxone.api-token>")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cxone-agent-monitor\"").build();
    }

    static Response.ResponseBuilder error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", message))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE);
    }
}
