package dev.cxmon.cxone;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads JSON fields the way NICE's own models do: numbers and booleans may arrive as strings
 * ("1234", "True"), fields may be missing or null. Never throws.
 */
public final class Lenient {

    /**
     * CXone's timestamps: ISO-8601 date and time, {@code T} (or a space) between, any fraction of a second, and an offset
     * ({@code Z}, {@code +01:00}, {@code +0100}) or none (then UTC, as CXone's times are).
     */
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private Lenient() {}

    /** A timestamp as CXone writes one (see {@link #TIMESTAMP}); empty when absent or unparsable. */
    public static Optional<Instant> instant(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            TemporalAccessor parsed = TIMESTAMP.parse(text.trim());
            LocalDateTime local = LocalDateTime.from(parsed);
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : ZoneOffset.UTC;
            return Optional.of(OffsetDateTime.of(local, offset).toInstant());
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

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
