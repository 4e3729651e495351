package dev.cxmon.cxone;

import static dev.cxmon.testing.JsonTrees.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LenientTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static ObjectNode with(String field, JsonNode value) {
        ObjectNode node = F.objectNode();
        node.set(field, value);
        return node;
    }

    @Nested
    class Text {

        @Test
        void plainString() {
            assertThat(Lenient.text(json("{\"a\":\"hello\"}"), "a")).isEqualTo("hello");
        }

        @Test
        void numbersAndBooleansBecomeText() {
            assertThat(Lenient.text(json("{\"a\":1234}"), "a")).isEqualTo("1234");
            assertThat(Lenient.text(json("{\"a\":true}"), "a")).isEqualTo("true");
            assertThat(Lenient.text(json("{\"a\":12.5}"), "a")).isEqualTo("12.5");
        }

        @Test
        void nullMissingEmptyAndContainersAreNull() {
            JsonNode node = json("{\"n\":null,\"e\":\"\",\"o\":{\"x\":1},\"arr\":[1,2]}");
            assertThat(Lenient.text(node, "n")).isNull();
            assertThat(Lenient.text(node, "missing")).isNull();
            assertThat(Lenient.text(node, "e")).isNull();
            assertThat(Lenient.text(node, "o")).isNull();
            assertThat(Lenient.text(node, "arr")).isNull();
        }

        @Test
        void blankIsKeptAsIs() {
            // text() only drops the empty string; whitespace is returned untouched.
            assertThat(Lenient.text(json("{\"a\":\"  \"}"), "a")).isEqualTo("  ");
            assertThat(Lenient.text(json("{\"a\":\" x \"}"), "a")).isEqualTo(" x ");
        }

        @Test
        void nullOrNonObjectNode() {
            assertThat(Lenient.text(null, "a")).isNull();
            assertThat(Lenient.text(json("[\"a\"]"), "a")).isNull();
            assertThat(Lenient.text(json("\"a\""), "a")).isNull();
            assertThat(Lenient.text(F.missingNode(), "a")).isNull();
        }
    }

    @Nested
    class Numbers {

        @ParameterizedTest
        @ValueSource(strings = {"{\"a\":1234}", "{\"a\":\"1234\"}", "{\"a\":\"1234.0\"}", "{\"a\":1234.0}",
                "{\"a\":\" 1234 \"}", "{\"a\":\"1234.000\"}", "{\"a\":\"1.234e3\"}", "{\"a\":\"+1234\"}"})
        void lenientLong(String doc) {
            assertThat(Lenient.longValue(json(doc), "a")).isEqualTo(1234L);
            assertThat(Lenient.intValue(json(doc), "a")).isEqualTo(1234);
        }

        @Test
        void paddedSmallNumber() {
            assertThat(Lenient.intValue(json("{\"a\":\" 12 \"}"), "a")).isEqualTo(12);
            assertThat(Lenient.intValue(json("{\"a\":\"\\t12\\n\"}"), "a")).isEqualTo(12);
        }

        @Test
        void negativeAndZero() {
            assertThat(Lenient.longValue(json("{\"a\":\"-7\"}"), "a")).isEqualTo(-7L);
            assertThat(Lenient.intValue(json("{\"a\":0}"), "a")).isZero();
            assertThat(Lenient.intValue(json("{\"a\":\"0.0\"}"), "a")).isZero();
        }

        @ParameterizedTest
        @ValueSource(strings = {"{\"a\":\"1234.5\"}", "{\"a\":12.5}", "{\"a\":\"abc\"}", "{\"a\":\"\"}", "{\"a\":\"  \"}",
                "{\"a\":null}", "{}", "{\"a\":true}", "{\"a\":\"true\"}", "{\"a\":[1]}", "{\"a\":{\"v\":1}}",
                "{\"a\":\"12abc\"}", "{\"a\":\"0x10\"}", "{\"a\":\"NaN\"}", "{\"a\":\"Infinity\"}", "{\"a\":\"1e999999999\"}",
                "{\"a\":\"1e-999999999\"}", "{\"a\":\"1 234\"}"})
        void notAnIntegerIsNull(String doc) {
            assertThat(Lenient.longValue(json(doc), "a")).isNull();
            assertThat(Lenient.intValue(json(doc), "a")).isNull();
        }

        @Test
        void longRangeEdges() {
            assertThat(Lenient.longValue(with("a", F.numberNode(Long.MAX_VALUE)), "a")).isEqualTo(Long.MAX_VALUE);
            assertThat(Lenient.longValue(with("a", F.textNode(String.valueOf(Long.MIN_VALUE))), "a")).isEqualTo(Long.MIN_VALUE);
        }

        @Test
        void overflowBeyondLongIsNull() {
            BigInteger tooBig = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
            assertThat(Lenient.longValue(with("a", F.numberNode(tooBig)), "a")).isNull();
            assertThat(Lenient.longValue(with("a", F.textNode(tooBig.toString())), "a")).isNull();
            assertThat(Lenient.longValue(json("{\"a\":99999999999999999999999999}"), "a")).isNull();
            assertThat(Lenient.longValue(with("a", F.numberNode(new BigDecimal("1e30"))), "a")).isNull();
            assertThat(Lenient.longValue(with("a", F.numberNode(1e300)), "a")).isNull();
        }

        @Test
        void nonFiniteDoublesAreNull() {
            assertThat(Lenient.longValue(with("a", F.numberNode(Double.NaN)), "a")).isNull();
            assertThat(Lenient.longValue(with("a", F.numberNode(Double.POSITIVE_INFINITY)), "a")).isNull();
        }

        @Test
        void intOverflowIsNullButFitsLong() {
            long big = Integer.MAX_VALUE + 1L;
            JsonNode node = json("{\"a\":" + big + ",\"b\":\"" + (Integer.MIN_VALUE - 1L) + "\"}");
            assertThat(Lenient.longValue(node, "a")).isEqualTo(big);
            assertThat(Lenient.intValue(node, "a")).isNull();
            assertThat(Lenient.intValue(node, "b")).isNull();
            assertThat(Lenient.intValue(json("{\"a\":2147483647,\"b\":-2147483648}"), "a")).isEqualTo(Integer.MAX_VALUE);
            assertThat(Lenient.intValue(json("{\"a\":2147483647,\"b\":-2147483648}"), "b")).isEqualTo(Integer.MIN_VALUE);
        }

        @Test
        void nullNode() {
            assertThat(Lenient.longValue(null, "a")).isNull();
            assertThat(Lenient.intValue(null, "a")).isNull();
            assertThat(Lenient.longValue(json("[1]"), "a")).isNull();
        }
    }

    @Nested
    class Booleans {

        @ParameterizedTest
        @ValueSource(strings = {"true", "\"True\"", "\"TRUE\"", "\"true\"", "\"1\"", "1", "\" yes \"", "\"Y\"", "2", "-1"})
        void truthy(String value) {
            assertThat(Lenient.bool(json("{\"a\":" + value + "}"), "a")).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"false", "\"False\"", "\"FALSE\"", "\"0\"", "0", "\"no\"", "\" N \""})
        void falsy(String value) {
            assertThat(Lenient.bool(json("{\"a\":" + value + "}"), "a")).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"null", "\"\"", "\"maybe\"", "\"2\"", "[true]", "{\"v\":true}", "\" \""})
        void undecidableIsNull(String value) {
            assertThat(Lenient.bool(json("{\"a\":" + value + "}"), "a")).isNull();
        }

        @Test
        void largeNumbersAreNotTruncated() {
            assertThat(Lenient.bool(json("{\"a\":4294967296}"), "a")).isTrue();
        }

        @Test
        void missingFieldOrNode() {
            assertThat(Lenient.bool(json("{}"), "a")).isNull();
            assertThat(Lenient.bool(null, "a")).isNull();
        }
    }

    @Nested
    class Arrays {

        @Test
        void firstFieldHoldingAnArray() {
            JsonNode node = json("{\"agentStates\":\"nope\",\"agentState\":[{\"x\":1}],\"other\":[]}");
            JsonNode found = Lenient.array(node, "missing", "agentStates", "agentState", "other");
            assertThat(found).isNotNull();
            assertThat(found.isArray()).isTrue();
            assertThat(found.get(0).get("x").asInt()).isEqualTo(1);
        }

        @Test
        void noArrayIsNull() {
            assertThat(Lenient.array(json("{\"a\":{},\"b\":null}"), "a", "b", "c")).isNull();
            assertThat(Lenient.array(null, "a")).isNull();
            assertThat(Lenient.array(json("{\"a\":[]}"))).isNull();
        }

        @Test
        void emptyArrayStillCounts() {
            assertThat(Lenient.array(json("{\"a\":[]}"), "a")).isEmpty();
        }
    }

    @Property
    void neverThrowsOnAnyText(@ForAll String text) {
        JsonNode node = with("a", F.textNode(text));
        assertThatCode(() -> {
            Lenient.text(node, "a");
            Lenient.longValue(node, "a");
            Lenient.intValue(node, "a");
            Lenient.bool(node, "a");
        }).doesNotThrowAnyException();
    }

    @Property
    void anyLongRoundTripsThroughText(@ForAll long value) {
        assertThat(Lenient.longValue(with("a", F.textNode(" " + value + " ")), "a")).isEqualTo(value);
        assertThat(Lenient.longValue(with("a", F.textNode(value + ".0")), "a")).isEqualTo(value);
        assertThat(Lenient.longValue(with("a", F.numberNode(value)), "a")).isEqualTo(value);
    }
}
