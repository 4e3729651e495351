package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code top} and {@code skip} of a paginated list (NICE's OpenAPI: agents/states, agents, skills/activity): at most
 * the simulator's page size per answer, whatever {@code top} asks, and {@code totalRecords} and {@code _links} in the
 * answer, with {@code next} while records remain.
 */
final class PageRequest {

    private final RoutingContext ctx;
    private final int skip;
    private final int top;

    private PageRequest(RoutingContext ctx, int skip, int top) {
        this.ctx = ctx;
        this.skip = skip;
        this.top = top;
    }

    static PageRequest of(RoutingContext ctx, int pageSize) {
        int skip = QueryParams.nonNegativeInt(ctx, "skip").orElse(0);
        int top = QueryParams.nonNegativeInt(ctx, "top").orElse(pageSize);
        return new PageRequest(ctx, skip, top == 0 ? pageSize : Math.min(top, pageSize));
    }

    <T> List<T> slice(List<T> all) {
        return all.stream().skip(skip).limit(top).toList();
    }

    /** Adds totalRecords and _links (self, and next/previous where there is such a page) to the answer. */
    ObjectNode describe(ObjectNode body, int totalRecords) {
        body.put("totalRecords", totalRecords);
        ObjectNode links = body.putObject("_links");
        links.put("self", link(skip));
        if ((long) skip + top < totalRecords) {
            links.put("next", link(skip + top));
        }
        if (skip > 0) {
            links.put("previous", link(Math.max(0, skip - top)));
        }
        return body;
    }

    /** This request's absolute URL with another skip and this page's top. */
    private String link(int atSkip) {
        URI asked = URI.create(ctx.request().absoluteURI());
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, String> param : ctx.queryParams()) {
            if (!param.getKey().equals("skip") && !param.getKey().equals("top")) {
                query.add(encode(param.getKey()) + "=" + encode(param.getValue()));
            }
        }
        query.add("top=" + top).add("skip=" + atSkip);
        return asked.getScheme() + "://" + asked.getRawAuthority() + asked.getRawPath() + "?" + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
