package dev.cxmon.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** JSON trees from generated parts, for the property tests of CXone's answers. */
public final class JsonTrees {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonTrees() {}

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
