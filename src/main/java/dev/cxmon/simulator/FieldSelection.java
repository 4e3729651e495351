package dev.cxmon.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code fields=} query parameter: a comma list of field names to keep (case-insensitive); empty keeps all. */
final class FieldSelection {

    private final Set<String> fields;

    private FieldSelection(Set<String> fields) {
        this.fields = fields;
    }

    static FieldSelection parse(String fieldsParam) {
        if (fieldsParam == null || fieldsParam.isBlank()) {
            return new FieldSelection(Set.of());
        }
        return new FieldSelection(Arrays.stream(fieldsParam.split(","))
                .map(f -> f.trim().toLowerCase(Locale.ROOT))
                .filter(f -> !f.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
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
