package dev.cxmon.cxone;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One skill of GET .../skills/activity, read by the names NICE's OpenAPI documents (docs/cxone-api.md §4a). Like every
 * CXone answer, numbers and booleans may arrive as strings and any field may be missing: a missing or unreadable value is
 * null, and what depends on it is left out rather than guessed.
 */
public record SkillActivityRecord(
        Long skillId,
        String skillName,
        String mediaTypeName,
        Boolean isOutbound,
        Boolean isActive,
        Long queueCount,
        String earliestQueueTime,
        Instant serverTime,
        Long agentsAvailable,
        Long agentsUnavailable,
        Long agentsWorking,
        Long agentsACW,
        Long agentsLoggedIn,
        Long contactsActive,
        Double serviceLevel,
        Double serviceLevelGoal,
        Double serviceLevelThreshold) {

    /** What the call asks for with {@code fields=}: only documented names, and only those this record reads. */
    public static final List<String> FIELDS = List.of("skillId", "skillName", "mediaTypeName", "isOutbound", "isActive", "queueCount",
            "earliestQueueTime", "serverTime", "agentsAvailable", "agentsUnavailable", "agentsWorking", "agentsACW", "agentsLoggedIn",
            "contactsActive", "serviceLevel", "serviceLevelGoal", "serviceLevelThreshold");

    public static SkillActivityRecord fromJson(JsonNode node) {
        return new SkillActivityRecord(
                Lenient.longValue(node, "skillId"),
                Lenient.text(node, "skillName"),
                Lenient.text(node, "mediaTypeName"),
                Lenient.bool(node, "isOutbound"),
                Lenient.bool(node, "isActive"),
                count(node, "queueCount"),
                Lenient.text(node, "earliestQueueTime"),
                instant(Lenient.text(node, "serverTime")),
                count(node, "agentsAvailable"),
                count(node, "agentsUnavailable"),
                count(node, "agentsWorking"),
                count(node, "agentsACW"),
                count(node, "agentsLoggedIn"),
                count(node, "contactsActive"),
                percent(node, "serviceLevel"),
                percent(node, "serviceLevelGoal"),
                decimal(node, "serviceLevelThreshold"));
    }

    /**
     * How long the oldest queued contact has waited: the answer's {@code serverTime} minus {@code earliestQueueTime}, never
     * this machine's clock (which may differ from CXone's). 0 when nothing is queued; empty when it cannot be told (no
     * queueCount, or contacts queued without a readable serverTime or earliestQueueTime). A queue time after the server time
     * (clock skew inside CXone) counts as 0.
     */
    public OptionalDouble oldestContactAgeSeconds() {
        if (queueCount == null) {
            return OptionalDouble.empty();
        }
        if (queueCount == 0) {
            return OptionalDouble.of(0);
        }
        Instant earliest = instant(earliestQueueTime);
        if (earliest == null || serverTime == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(0, (serverTime.toEpochMilli() - earliest.toEpochMilli()) / 1000.0));
    }

    /** A count is a whole number of zero or more; anything else is unreadable. */
    private static Long count(JsonNode node, String field) {
        Long value = Lenient.longValue(node, field);
        return value == null || value < 0 ? null : value;
    }

    /** A percentage outside 0..100 is no service level: unreadable. */
    private static Double percent(JsonNode node, String field) {
        Double value = decimal(node, field);
        return value == null || value > 100 ? null : value;
    }

    /** A decimal of zero or more (a negative threshold or level means nothing); anything else is unreadable. */
    private static Double decimal(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !(value.isNumber() || value.isTextual())) {
            return null;
        }
        try {
            double number = new BigDecimal(value.asText().trim()).doubleValue();
            return Double.isFinite(number) && number >= 0 ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** CXone's timestamps: ISO-8601 with Z or an offset; without one, UTC. Unparsable: null. */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return java.time.LocalDateTime.parse(text.trim()).toInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
