package dev.cxmon.cxone;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cxmon.config.HttpUrls;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Parses a reply body as JSON, or says precisely why it is not the JSON CXone sends. */
public final class JsonBodies {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonBodies() {}

    public static JsonNode require(HttpReply reply) {
        String body = reply.body() == null ? "" : reply.body().trim();
        requireJsonType(reply);
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.INVALID_JSON, "empty body where JSON was expected"));
            }
            // A token answer is the secrets themselves and is never shown; every other answer's text may reach a report.
            if (reply.operation() != Operation.TOKEN) {
                redactText(node, reply.redactor());
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.INVALID_JSON,
                    "invalid JSON (" + e.getOriginalMessage() + ")"));
        }
    }

    /**
     * A streaming parser over the body, after the checks of {@link #require}: for answers that may be too large to
     * hold as a tree. The caller maps the parser's exceptions.
     */
    static JsonParser parser(HttpReply reply) throws IOException {
        requireJsonType(reply);
        return MAPPER.getFactory().createParser(reply.body() == null ? "" : reply.body());
    }

    private static void requireJsonType(HttpReply reply) {
        String type = reply.contentType() == null ? "" : reply.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("html") || startsWithTag(reply.body())) {
            throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.HTML_BODY,
                    "an HTML page instead of JSON (a proxy or login page answered, not CXone)"));
        }
        if (!type.isEmpty() && !type.contains("json")) {
            throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.NOT_JSON,
                    "content type " + reply.contentType() + " instead of application/json"));
        }
    }

    /** Whether the first character that is not white space is '<', without copying a large body to trim it. */
    private static boolean startsWithTag(String body) {
        if (body == null) {
            return false;
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c > ' ') {
                return c == '<';
            }
        }
        return false;
    }

    /** The JSON body of a 2xx answer; any other status leaves as its typed failure. */
    public static JsonNode requireSuccess(HttpReply reply) {
        if (!reply.success()) {
            throw statusFailure(reply);
        }
        return require(reply);
    }

    /** A text field the answer must carry, e.g. the token_endpoint of a discovery document. */
    public static String requireText(HttpReply reply, JsonNode document, String field, String missing) {
        String value = Lenient.text(document, field);
        if (value == null) {
            throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.UNEXPECTED_SHAPE, missing));
        }
        return value;
    }

    /**
     * An absolute http(s) URL the answer must carry, e.g. the token_endpoint: later calls are sent there, so a value that
     * is no such URL is a malformed answer, not a reason for a URI or REST client error further on.
     */
    public static URI requireHttpUrl(HttpReply reply, JsonNode document, String field, String missing) {
        String value = requireText(reply, document, field, missing).trim();
        try {
            URI url = new URI(value);
            if (HttpUrls.isAbsoluteHttp(url)) {
                return url;
            }
        } catch (URISyntaxException notAUri) {
            // reported below, like any other value that is not an http(s) URL
        }
        throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.UNEXPECTED_SHAPE,
                field + " is not an absolute http(s) URL"));
    }

    /**
     * An endpoint the answer names and that credentials or the bearer token will be sent to (token_endpoint, api_endpoint):
     * an absolute http(s) URL, and plain http only to loopback. Anything else is refused before a single byte goes there.
     */
    public static URI requireCredentialSafeUrl(HttpReply reply, JsonNode document, String field, String missing) {
        URI url = requireHttpUrl(reply, document, field, missing);
        if (!HttpUrls.mayCarryCredentials(url)) {
            throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.PLAIN_HTTP, field + " " + url
                    + " is plain HTTP to a host other than loopback: credentials and tokens would travel in clear text, so nothing was sent there"));
        }
        return url;
    }

    /** Every text value of the document, flattened and without registered secrets, as it arrives: one pass for all readers. */
    private static void redactText(JsonNode node, Redactor redactor) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                redactedText(object.get(name), redactor).ifPresent(clean -> object.put(name, clean));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                redactedText(array.get(i), redactor).ifPresent(clean -> array.set(index, clean));
            }
        }
    }

    /** A text value's replacement where it held a registered secret; any other value is redacted in place. */
    private static Optional<String> redactedText(JsonNode value, Redactor redactor) {
        if (!value.isTextual()) {
            redactText(value, redactor);
            return Optional.empty();
        }
        String clean = redactor.redactKnown(value.textValue());
        return clean.equals(value.textValue()) ? Optional.empty() : Optional.of(clean);
    }

    /** The error document of a failed call, or null: error bodies are often not JSON at all. */
    public static JsonNode errorBody(HttpReply reply) {
        try {
            return reply.emptyBody() ? null : MAPPER.readTree(reply.body());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    public static CxoneCallException statusFailure(HttpReply reply) {
        return new CxoneCallException(FailureMapper.fromStatus(reply, errorBody(reply)));
    }
}
