package dev.cxmon.cxone;

import static dev.cxmon.testing.JsonTrees.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cxmon.testing.JsonTrees;
import dev.cxmon.state.AgentStateKind;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import dev.cxmon.state.Classification;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AgentStateRecordTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    static final List<String> FIELDS = List.of("agentId", "userId", "agentStateId", "agentStateName", "outStateId", "outStateCode",
            "outStateDescription", "contactId", "userName", "firstName", "lastName", "isActive", "teamId", "teamName",
            "skillName", "mediaTypeName", "mediaName", "startDate", "lastUpdateTime", "isACW", "sessionStartTime");

    @Test
    void fullRecordAsCxoneSendsIt() {
        AgentStateRecord record = AgentStateRecord.fromJson(json("""
                {"agentId":1234,"userId":"6f1c0a3e-1111-2222-3333-444455556666","agentStateId":2,
                 "agentStateName":"Unavailable","outStateCode":"BRK","outStateDescription":"Break","contactId":987654321,
                 "userName":"jdoe@example.com","firstName":"Jane","lastName":"Doe","isActive":true,"teamId":5001,
                 "teamName":"Support","skillName":"Voice","mediaName":"Phone","startDate":"2025-01-01T10:00:00Z",
                 "lastUpdateTime":"2025-01-01T10:05:00.000Z","lastPollTime":"ignored","unknownField":[1,2,3]}
                """));

        assertThat(record.agentId()).isEqualTo(1234L);
        assertThat(record.userId()).isEqualTo("6f1c0a3e-1111-2222-3333-444455556666");
        assertThat(record.agentStateId()).isEqualTo(2);
        assertThat(record.agentStateName()).isEqualTo("Unavailable");
        assertThat(record.outStateId()).as("the agent-app SDK's outStateCode, where outStateId is absent").isEqualTo("BRK");
        assertThat(record.outStateDescription()).isEqualTo("Break");
        assertThat(record.contactId()).isEqualTo("987654321");
        assertThat(record.userName()).isEqualTo("jdoe@example.com");
        assertThat(record.firstName()).isEqualTo("Jane");
        assertThat(record.lastName()).isEqualTo("Doe");
        assertThat(record.isActive()).isTrue();
        assertThat(record.teamId()).isEqualTo("5001");
        assertThat(record.teamName()).isEqualTo("Support");
        assertThat(record.skillName()).isEqualTo("Voice");
        assertThat(record.mediaTypeName()).as("the per-agent record's mediaName").isEqualTo("Phone");
        assertThat(record.startDate()).isEqualTo("2025-01-01T10:00:00Z");
        assertThat(record.lastUpdateTime()).isEqualTo("2025-01-01T10:05:00.000Z");

        Classification c = record.classify();
        assertThat(c.status()).isEqualTo(AgentStatus.LOGGED_IN);
        assertThat(c.availability()).isEqualTo(Availability.UNAVAILABLE);
        assertThat(c.reason()).contains("Break");
        assertThat(record.stateLabel()).isEqualTo("Unavailable (2)");
    }

    @Test
    void theBulkRecordAsNicesOpenApiDocumentsIt() {
        AgentStateRecord record = AgentStateRecord.fromJson(json("""
                {"agentId":1234,"agentStateId":2,"agentStateName":"Unavailable","outStateId":12,"outStateDescription":"Break",
                 "isACW":false,"mediaTypeName":"PhoneCall","userName":"jdoe@example.com","teamId":5001,"teamName":"Support"}
                """));
        assertThat(record.outStateId()).isEqualTo("12");
        assertThat(record.mediaTypeName()).isEqualTo("PhoneCall");
        assertThat(record.classify().reason()).contains("Break");
    }

    @Test
    void documentedNamesWinOverTheSdkModelsNames() {
        AgentStateRecord record = AgentStateRecord.fromJson(json("""
                {"agentStateId":2,"outStateId":12,"outStateCode":"BRK","mediaTypeName":"PhoneCall","mediaName":"Phone"}
                """));
        assertThat(record.outStateId()).isEqualTo("12");
        assertThat(record.mediaTypeName()).isEqualTo("PhoneCall");
        assertThat(record.classify().reason()).as("the code stands in for a missing description").contains("12");
    }

    @Test
    void theBulkFieldsAreReadBackByTheReader() {
        assertThat(AgentStateRecord.READ_FIELDS).containsAll(AgentStateRecord.BULK_FIELDS);
        assertThat(AgentStateRecord.BULK_FIELDS).doesNotContain("outStateCode", "userId", "mediaName");
    }

    @Test
    void numbersAndBooleansAsStrings() {
        AgentStateRecord record = AgentStateRecord.fromJson(json("""
                {"agentId":"1234","agentStateId":"1.0","isActive":"True","teamId":"5001"}
                """));
        assertThat(record.agentId()).isEqualTo(1234L);
        assertThat(record.agentStateId()).isEqualTo(1);
        assertThat(record.isActive()).isTrue();
        assertThat(record.classify().availability()).isEqualTo(Availability.AVAILABLE);
    }

    @Test
    void paddedStringNumbersAndFalseStrings() {
        AgentStateRecord record = AgentStateRecord.fromJson(json("{\"agentId\":\" 12 \",\"agentStateId\":\" 8 \",\"isActive\":\"False\"}"));
        assertThat(record.agentId()).isEqualTo(12L);
        assertThat(record.agentStateId()).isEqualTo(8);
        assertThat(record.isActive()).isFalse();
        assertThat(record.classify().kind()).isEqualTo(AgentStateKind.LOGGED_IN);
        assertThat(record.classify().availability()).isEqualTo(Availability.UNAVAILABLE);
    }

    @Test
    void isActiveAsDigits() {
        assertThat(AgentStateRecord.fromJson(json("{\"isActive\":\"1\"}")).isActive()).isTrue();
        assertThat(AgentStateRecord.fromJson(json("{\"isActive\":\"0\"}")).isActive()).isFalse();
        assertThat(AgentStateRecord.fromJson(json("{\"isActive\":1}")).isActive()).isTrue();
        assertThat(AgentStateRecord.fromJson(json("{\"isActive\":0}")).isActive()).isFalse();
        assertThat(AgentStateRecord.fromJson(json("{\"isActive\":\"perhaps\"}")).isActive()).isNull();
    }

    @Test
    void nameOnlyRecord() {
        AgentStateRecord record = AgentStateRecord.fromJson(json("{\"agentId\":7,\"agentStateName\":\"After Call Work\"}"));
        assertThat(record.agentStateId()).isNull();
        assertThat(record.classify().kind()).isEqualTo(AgentStateKind.AFTER_CALL_WORK);
        assertThat(record.classify().availability()).isEqualTo(Availability.ACW);
        assertThat(record.stateLabel()).isEqualTo("After Call Work");
    }

    @Test
    void idOnlyRecord() {
        AgentStateRecord record = AgentStateRecord.fromJson(json("{\"agentStateId\":0}"));
        assertThat(record.classify().status()).isEqualTo(AgentStatus.LOGGED_OUT);
        assertThat(record.stateLabel()).isEqualTo("state id 0");
    }

    @Test
    void emptyObjectIsAllNullAndError() {
        AgentStateRecord record = AgentStateRecord.fromJson(json("{}"));
        assertThat(record).isEqualTo(new AgentStateRecord(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null));
        assertThat(record.classify().status()).isEqualTo(AgentStatus.ERROR);
        assertThat(record.classify().availability()).isEqualTo(Availability.UNKNOWN);
        assertThat(record.stateLabel()).isEqualTo("no state");
    }

    @Test
    void explicitNullsAreAbsent() {
        ObjectNode node = F.objectNode();
        FIELDS.forEach(node::putNull);
        AgentStateRecord record = AgentStateRecord.fromJson(node);
        assertThat(record).isEqualTo(AgentStateRecord.fromJson(F.objectNode()));
    }

    @Test
    void nullAndNonObjectNodesGiveEmptyRecord() {
        AgentStateRecord empty = AgentStateRecord.fromJson(F.objectNode());
        assertThat(AgentStateRecord.fromJson(null)).isEqualTo(empty);
        assertThat(AgentStateRecord.fromJson(F.nullNode())).isEqualTo(empty);
        assertThat(AgentStateRecord.fromJson(F.missingNode())).isEqualTo(empty);
        assertThat(AgentStateRecord.fromJson(json("[1,2]"))).isEqualTo(empty);
        assertThat(AgentStateRecord.fromJson(F.textNode("agentId"))).isEqualTo(empty);
        assertThat(AgentStateRecord.fromJson(F.numberNode(3))).isEqualTo(empty);
    }

    @Test
    void containersWhereScalarsBelong() {
        AgentStateRecord record = AgentStateRecord.fromJson(json("""
                {"agentId":[1234],"agentStateId":{"id":1},"agentStateName":["Available"],"isActive":{"v":true},
                 "userName":{"first":"x"},"outStateDescription":[]}
                """));
        assertThat(record.agentId()).isNull();
        assertThat(record.agentStateId()).isNull();
        assertThat(record.agentStateName()).isNull();
        assertThat(record.isActive()).isNull();
        assertThat(record.userName()).isNull();
        assertThat(record.outStateDescription()).isNull();
        assertThat(record.classify().status()).isEqualTo(AgentStatus.ERROR);
    }

    @Test
    void overflowingNumbers() {
        AgentStateRecord record = AgentStateRecord.fromJson(json("""
                {"agentId":123456789012345678901234567890,"agentStateId":4294967297,"agentStateName":"Available"}
                """));
        assertThat(record.agentId()).isNull();
        assertThat(record.agentStateId()).as("must not wrap 2^32+1 to 1").isNull();
        assertThat(record.classify().kind()).isEqualTo(AgentStateKind.AVAILABLE);
    }

    @Test
    void wideAgentIdFitsLong() {
        assertThat(AgentStateRecord.fromJson(json("{\"agentId\":\"30000000001\"}")).agentId()).isEqualTo(30_000_000_001L);
    }

    @Test
    void fractionalStateIdIsIgnoredAndNameUsed() {
        AgentStateRecord record = AgentStateRecord.fromJson(json("{\"agentStateId\":\"1.5\",\"agentStateName\":\"Dialer\"}"));
        assertThat(record.agentStateId()).isNull();
        assertThat(record.classify().kind()).isEqualTo(AgentStateKind.DIALER);
    }

    @Test
    void emptyStringFieldsAreNull() {
        AgentStateRecord record = AgentStateRecord.fromJson(json("{\"agentStateId\":2,\"outStateDescription\":\"\",\"outStateCode\":\"LUNCH\"}"));
        assertThat(record.outStateDescription()).isNull();
        assertThat(record.classify().reason()).contains("LUNCH");
    }

    @Test
    void stateLabelVariants() {
        assertThat(new AgentStateRecord(null, null, 3, "InboundContact", null, null, null, null, null, null, null, null, null,
                null, null, null, null).stateLabel()).isEqualTo("InboundContact (3)");
        assertThat(new AgentStateRecord(null, null, null, "Dialer", null, null, null, null, null, null, null, null, null,
                null, null, null, null).stateLabel()).isEqualTo("Dialer");
        assertThat(new AgentStateRecord(null, null, 42, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null).stateLabel()).isEqualTo("state id 42");
    }

    // --- after-call work, the unavailable reason, and when the state began ------------------------

    @Test
    void isAcwAsBooleanOrStringMakesTheRecordAcw() {
        for (String flag : List.of("true", "\"true\"", "\"True\"", "1")) {
            AgentStateRecord record = AgentStateRecord.fromJson(json(
                    "{\"agentStateId\":2,\"agentStateName\":\"Unavailable\",\"outStateId\":7,\"outStateDescription\":\"Wrap\",\"isACW\":" + flag + "}"));
            assertThat(record.isACW()).as(flag).isTrue();
            assertThat(record.classify().availability()).as(flag).isEqualTo(Availability.ACW);
            assertThat(record.unavailableReason()).as("ACW has no unavailable reason").isEmpty();
        }
        AgentStateRecord no = AgentStateRecord.fromJson(json("{\"agentStateId\":2,\"outStateDescription\":\"Break\",\"isACW\":\"false\"}"));
        assertThat(no.isACW()).isFalse();
        assertThat(no.classify().availability()).isEqualTo(Availability.UNAVAILABLE);
    }

    @Test
    void withoutTheFlagTheAcwCodeMakesItAcw() {
        AgentStateRecord record = AgentStateRecord.fromJson(json("{\"agentStateId\":\"2\",\"outStateDescription\":\"After Call Work\"}"));
        assertThat(record.isACW()).isNull();
        assertThat(record.classify().availability()).isEqualTo(Availability.ACW);
        assertThat(record.classify().kind()).isEqualTo(AgentStateKind.AFTER_CALL_WORK);
    }

    @Test
    void unavailableReasonIsTheCodesNameElseItsIdElseUnknown() {
        assertThat(AgentStateRecord.fromJson(json("{\"agentStateId\":2,\"outStateId\":12,\"outStateDescription\":\"Break\"}"))
                .unavailableReason()).contains("Break");
        assertThat(AgentStateRecord.fromJson(json("{\"agentStateId\":2,\"outStateId\":\"12\"}")).unavailableReason()).contains("12");
        assertThat(AgentStateRecord.fromJson(json("{\"agentStateId\":2,\"outStateDescription\":null}")).unavailableReason())
                .contains("Unknown");
        assertThat(AgentStateRecord.fromJson(json("{\"agentStateId\":8,\"outStateDescription\":\"Break\"}")).unavailableReason())
                .contains("LoggedIn");
        assertThat(AgentStateRecord.fromJson(json("{\"agentStateId\":1,\"outStateDescription\":\"Break\"}")).unavailableReason())
                .isEmpty();
    }

    @Test
    void startDateAndSessionStartTimeAreReadInEveryIsoForm() {
        Instant expected = Instant.parse("2026-11-25T10:00:00Z");
        for (String text : List.of("2026-11-25T10:00:00Z", "2026-11-25T10:00:00.000Z", "2026-11-25T10:00:00.0000000Z", "2026-11-25T10:00:00",
                "2026-11-25T10:00:00.000", "2026-11-25T11:00:00+01:00", "2026-11-25T05:00:00.000-05:00", "2026-11-25T11:00:00+0100",
                " 2026-11-25T10:00:00z ", "2026-11-25 10:00:00")) {
            AgentStateRecord record = AgentStateRecord.fromJson(json(
                    "{\"agentStateId\":1,\"startDate\":\"" + text + "\",\"sessionStartTime\":\"" + text + "\"}"));
            assertThat(record.stateStart()).as(text).contains(expected);
            assertThat(record.sessionStart()).as(text).contains(expected);
        }
        assertThat(AgentStateRecord.fromJson(json("{\"startDate\":\"2026-11-25T10:00:00.123Z\"}")).stateStart())
                .contains(Instant.parse("2026-11-25T10:00:00.123Z"));
    }

    @Test
    void anUnparsableOrMissingDateIsAbsent() {
        for (String value : List.of("\"yesterday\"", "\"\"", "null", "0", "1764064800", "true", "[]", "{}", "\"2026-02-30T10:00:00Z\"",
                "\"2026-11-25T25:00:00Z\"", "\"2026-11-25\"", "\"2026-11-25T10:00:00+25:00\"")) {
            AgentStateRecord record = AgentStateRecord.fromJson(json("{\"agentStateId\":1,\"startDate\":" + value + ",\"sessionStartTime\":" + value + "}"));
            assertThat(record.stateStart()).as(value).isEmpty();
            assertThat(record.sessionStart()).as(value).isEmpty();
        }
        assertThat(AgentStateRecord.fromJson(json("{\"agentStateId\":1}")).stateStart()).isEmpty();
    }

    @Test
    void theBulkCallAsksForTheFlagAndTheSessionStart() {
        assertThat(AgentStateRecord.BULK_FIELDS).contains("isACW", "sessionStartTime", "startDate", "outStateId", "outStateDescription");
    }

    // --- property: arbitrary JSON in every field ---------------------------------------------

    @Property(tries = 500)
    void arbitraryJsonInEveryFieldNeverThrows(@ForAll("records") JsonNode node) {
        assertThatCode(() -> {
            AgentStateRecord record = AgentStateRecord.fromJson(node);
            Classification c = record.classify();
            assertThat(c.status()).isNotNull();
            assertThat(c.availability()).isNotNull();
            assertThat(c.kind()).isNotNull();
            assertThat(c.reason()).isNotNull();
            assertThat(record.stateLabel()).isNotNull();
            assertThat(record.stateStart()).isNotNull();
            assertThat(record.sessionStart()).isNotNull();
            assertThat(record.unavailableReason().isPresent()).isEqualTo(c.availability() == Availability.UNAVAILABLE);
        }).doesNotThrowAnyException();
    }

    @Property(tries = 300)
    void arbitraryJsonAtTopLevelNeverThrows(@ForAll("anyJson") JsonNode node) {
        assertThatCode(() -> AgentStateRecord.fromJson(node).classify()).doesNotThrowAnyException();
    }

    @Property(tries = 300)
    void textFieldsAreNeverContainersRendered(@ForAll("records") JsonNode node) {
        AgentStateRecord record = AgentStateRecord.fromJson(node);
        for (String text : new String[] {record.userId(), record.agentStateName(), record.userName(), record.teamName()}) {
            if (text != null) {
                assertThat(text).isNotEmpty();
            }
        }
        JsonNode name = node.get("agentStateName");
        if (name == null || name.isNull() || name.isContainerNode()) {
            assertThat(record.agentStateName()).isNull();
        }
    }

    @Provide
    Arbitrary<JsonNode> records() {
        Arbitrary<JsonNode> value = anyJson();
        return Arbitraries.maps(Arbitraries.of(FIELDS), value).ofMaxSize(FIELDS.size()).map(fields -> {
            ObjectNode node = F.objectNode();
            for (Map.Entry<String, JsonNode> e : fields.entrySet()) {
                node.set(e.getKey(), e.getValue());
            }
            return node;
        });
    }

    @Provide
    Arbitrary<JsonNode> anyJson() {
        // Depth-bounded recursion: lazyOf() occasionally failed inside jqwik itself when replaying a stored sample.
        return Arbitraries.recursive(AgentStateRecordTest::scalars, inner -> Arbitraries.oneOf(
                inner,
                inner.list().ofMaxSize(3).map(JsonTrees::array),
                Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(6), inner).ofMaxSize(3).map(JsonTrees::object)),
                0, 3);
    }

    private static Arbitrary<JsonNode> scalars() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20).map(s -> (JsonNode) F.textNode(s)),
                Arbitraries.of("1234", "1234.0", " 12 ", "True", "False", "1", "0", "", " ", "-1", "1e3", "1e999999999",
                        "NaN", "After Call Work", "Available", "LoggedIn", "99999999999999999999").map(s -> (JsonNode) F.textNode(s)),
                Arbitraries.integers().map(i -> (JsonNode) F.numberNode(i)),
                Arbitraries.longs().map(l -> (JsonNode) F.numberNode(l)),
                Arbitraries.doubles().map(d -> (JsonNode) F.numberNode(d)),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0).map(d -> (JsonNode) F.numberNode(d)),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)).map(b -> (JsonNode) F.numberNode(b)),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e25"), new BigDecimal("1e25")).map(b -> (JsonNode) F.numberNode(b)),
                Arbitraries.of(true, false).map(b -> (JsonNode) F.booleanNode(b)),
                Arbitraries.just((JsonNode) F.nullNode()),
                Arbitraries.integers().between(-2, 10).map(i -> (JsonNode) F.numberNode(i)));
    }


}
