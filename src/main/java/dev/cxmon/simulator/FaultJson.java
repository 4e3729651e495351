package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * A {@link Fault} as JSON for the control routes:
 * {@code {"kind":"RATE_LIMIT","status":429,"retryAfterSeconds":5,"remaining":3,"pathContains":"agents/states"}}.
 * retryAfterSeconds may be fractional (0.25) for SLOW and SLOW_DRIP; status, remaining and pathContains are optional.
 */
final class FaultJson {

    private FaultJson() {
    }

    static Fault parse(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        String kindName = json.path("kind").asText("");
        FaultKind kind;
        try {
            kind = FaultKind.valueOf(kindName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind '" + kindName + "' is not one of " + Arrays.toString(FaultKind.values()));
        }
        JsonNode retry = json.path("retryAfterSeconds");
        Duration retryAfter = retry.isNumber() ? Duration.ofMillis(Math.round(retry.asDouble() * 1000)) : null;
        String pathContains = json.hasNonNull("pathContains") ? json.get("pathContains").asText() : null;
        return new Fault(kind, json.path("status").asInt(0), retryAfter, json.path("remaining").asInt(-1), pathContains);
    }

    static ObjectNode render(Fault fault) {
        ObjectNode json = JsonResponses.object();
        json.put("kind", fault.kind().name());
        json.put("status", fault.effectiveStatus());
        if (fault.retryAfter() == null) {
            json.putNull("retryAfterSeconds");
        } else {
            json.put("retryAfterSeconds", fault.retryAfter().toMillis() / 1000.0);
        }
        json.put("remaining", fault.remaining());
        json.put("pathContains", fault.pathContains());
        return json;
    }
}
