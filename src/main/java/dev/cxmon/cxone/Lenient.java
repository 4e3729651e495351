package dev.cxmon.cxone;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Reads JSON fields the way NICE's own models do: numbers and booleans may arrive as strings
 * ("1234", "True"), fields may be missing or null. Never throws.
 */
public final class Lenient {

    private Lenient() {}

    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    public static Long longValue(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isNumber() || value.isTextual()) {
            try {
                BigDecimal number = new BigDecimal(value.asText().trim());
                return number.stripTrailingZeros().scale() <= 0 ? number.longValueExact() : null;
            } catch (NumberFormatException | ArithmeticException e) {
                return null;
            }
        }
        return null;
    }

    public static Integer intValue(JsonNode node, String field) {
        Long value = longValue(node, field);
        return value != null && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? value.intValue() : null;
    }

    public static Boolean bool(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isFloatingPointNumber()) {
            double number = value.doubleValue();
            return Double.isNaN(number) ? null : number != 0;
        }
        if (value.isNumber()) {
            return value.bigIntegerValue().signum() != 0;
        }
        if (value.isTextual()) {
            return switch (value.asText().trim().toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "y" -> Boolean.TRUE;
                case "false", "0", "no", "n" -> Boolean.FALSE;
                default -> null;
            };
        }
        return null;
    }

    /** The first of the named fields that holds an array; null when none does. */
    public static JsonNode array(JsonNode node, String... fields) {
        if (node == null) {
            return null;
        }
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && value.isArray()) {
                return value;
            }
        }
        return null;
    }
}
