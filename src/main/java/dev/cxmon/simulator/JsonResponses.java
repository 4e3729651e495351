package dev.cxmon.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** Writes the simulator's answers. */
final class JsonResponses {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String JSON_UTF8 = "application/json; charset=utf-8";

    private JsonResponses() {
    }

    /** Real CXone sometimes sends booleans as the strings "True"/"False"; the simulator does too. */
    static String cxoneBoolean(boolean value) {
        return value ? "True" : "False";
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static void ok(RoutingContext ctx, JsonNode body) {
        send(ctx, 200, body);
    }

    static void send(RoutingContext ctx, int status, JsonNode body) {
        String text;
        try {
            text = MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", JSON_UTF8).end(text);
    }

    /** 204 or 304: a status without a body. */
    static void empty(RoutingContext ctx, int status) {
        ctx.response().setStatusCode(status).end();
    }

    static void error(RoutingContext ctx, ApiError error) {
        HttpServerResponse response = ctx.response();
        error.headers().forEach(response::putHeader);
        ObjectNode body = object().put("error", error.error()).put("error_description", error.description());
        send(ctx, error.status(), body);
    }
}
