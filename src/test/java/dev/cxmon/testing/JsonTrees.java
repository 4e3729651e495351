package dev.cxmon.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** JSON trees for tests: parsed from text, or built from generated parts for the property tests of CXone's answers. */
public final class JsonTrees {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonTrees() {}

    /** The tree of {@code text}, which the test wrote as JSON: anything else fails the test. */
    public static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static ArrayNode array(List<? extends JsonNode> items) {
        ArrayNode array = F.arrayNode();
        items.forEach(array::add);
        return array;
    }

    public static ObjectNode object(Map<String, ? extends JsonNode> fields) {
        ObjectNode object = F.objectNode();
        fields.forEach(object::set);
        return object;
    }
}
