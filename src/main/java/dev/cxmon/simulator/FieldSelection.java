package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code fields=} query parameter: a comma list of field names to keep (case-insensitive); empty keeps all. */
final class FieldSelection {

    private final Set<String> fields;

    private FieldSelection(Set<String> fields) {
        this.fields = fields;
    }

    /** Any name is accepted: for resources whose documented fields the simulator does not list. */
    static FieldSelection parse(String fieldsParam) {
        return new FieldSelection(Set.copyOf(names(fieldsParam).stream().map(f -> f.toLowerCase(Locale.ROOT)).toList()));
    }

    /** Only names the resource documents; any other is a 400 naming the parameter and the unknown names. */
    static FieldSelection parse(String fieldsParam, DocumentedFields documented) {
        List<String> unknown = names(fieldsParam).stream().filter(name -> !documented.documents(name)).toList();
        if (!unknown.isEmpty()) {
            throw ApiError.badRequest("InvalidParameter", "fields: " + String.join(", ", unknown)
                    + (unknown.size() == 1 ? " is not a field" : " are not fields") + " of this resource");
        }
        return parse(fieldsParam);
    }

    private static List<String> names(String fieldsParam) {
        if (fieldsParam == null || fieldsParam.isBlank()) {
            return List.of();
        }
        return Arrays.stream(fieldsParam.split(",")).map(String::trim).filter(f -> !f.isEmpty()).distinct()
                .collect(Collectors.toList());
    }

    ObjectNode apply(ObjectNode json) {
        if (!fields.isEmpty()) {
            json.retain(json.properties().stream()
                    .map(e -> e.getKey())
                    .filter(name -> fields.contains(name.toLowerCase(Locale.ROOT)))
                    .toList());
        }
        return json;
    }
}
