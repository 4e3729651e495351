package dev.cxmon.cxone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.cxmon.metrics.SkillMetrics;
import dev.cxmon.testing.PrometheusText;
import dev.cxmon.testing.WireMockPerTest;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Property, in the style of {@link CxoneBoundaryPropertiesTest}: whatever GET /skills/activity answers (numbers and booleans
 * as strings, nulls, negative or fractional counts, unparsable dates, unknown media, nested values where scalars belong,
 * records that are no objects), the read returns a value or throws {@link CxoneCallException}, and the cxone_skill_* series
 * degrade as the README documents: a value not readable leaves that series out (never NaN, never a negative count or age),
 * a record without a readable skillId names no series. Inputs are jqwik arbitraries sampled with a fixed seed; every
 * assertion names the body.
 */
@QuarkusTest
class SkillActivityPropertiesTest extends WireMockPerTest {

    private static final String SERVICES = "/incontactapi/services/v27.0";
    private static final String ACTIVITY = SERVICES + "/skills/activity";
    private static final int SAMPLES = 200;
    private static final String SEED = "20261202";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Hundreds of sampled answers, none looked at again: no journal to keep them in. */
    @Override
    protected WireMockConfiguration wireMockOptions() {
        return super.wireMockOptions().disableRequestJournal();
    }

    @BeforeEach
    void stubTheToken() {
        stubDiscoveryAndToken();
    }

    private CxoneApi api() {
        return demoApi(SERVICES);
    }

    @Test
    void anySkillActivityAnswerIsReadOrATypedFailureAndTheSeriesDegradeAsDocumented() {
        int read = 0;
        for (JsonNode body : samples(answers(), SAMPLES)) {
            server.stubFor(get(urlPathEqualTo(ACTIVITY)).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(body.toString())));
            SkillActivity answer;
            try {
                answer = api().skillActivity(Optional.empty());
            } catch (CxoneCallException typed) {
                assertThat(typed.failure().kind()).as(body.toString()).isEqualTo(FailureKind.MALFORMED);
                continue;
            } catch (RuntimeException escaped) {
                throw new AssertionError("an untyped exception escaped for " + body, escaped);
            }
            read++;
            JsonNode sent = body.get("skillActivity");
            List<JsonNode> objects = new java.util.ArrayList<>();
            sent.forEach(node -> {
                if (node.isObject()) {
                    objects.add(node);
                }
            });
            assertThat(answer.skills()).as(body.toString()).hasSameSizeAs(objects);
            for (int i = 0; i < objects.size(); i++) {
                assertReadAsSent(answer.skills().get(i), objects.get(i), body.toString());
            }
            assertExported(answer.skills(), body.toString());
        }
        assertThat(read).as("most samples are answers the monitor reads").isGreaterThan(SAMPLES / 2);
    }

    /** A count is read when it is a whole number of zero or more, as a number or a string; otherwise it is null. */
    private static void assertReadAsSent(SkillActivityRecord record, JsonNode sent, String body) {
        assertThat(record.queueCount()).as("queueCount of " + sent + " in " + body).isEqualTo(count(sent.get("queueCount")));
        assertThat(record.agentsAvailable()).as("agentsAvailable of " + sent).isEqualTo(count(sent.get("agentsAvailable")));
        assertThat(record.skillId()).as("skillId of " + sent).isEqualTo(Lenient.longValue(sent, "skillId"));
        if (record.oldestContactAgeSeconds().isPresent()) {
            assertThat(record.oldestContactAgeSeconds().getAsDouble()).as("age of " + sent).isFinite().isGreaterThanOrEqualTo(0);
        }
    }

    private static Long count(JsonNode value) {
        if (value == null || !(value.isNumber() || value.isTextual())) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.asText().trim());
            return number.signum() < 0 || number.stripTrailingZeros().scale() > 0 ? null : number.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static void assertExported(List<SkillActivityRecord> skills, String body) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        SkillMetrics metrics = new SkillMetrics(registry, true);
        metrics.skillsRead(skills, Instant.parse("2026-12-02T10:00:00Z"));
        Map<String, Double> series = PrometheusText.parse(registry.scrape()).all();
        series.forEach((name, value) -> {
            if (name.startsWith("cxone_skill_")) {
                assertThat(value).as(name + " for " + body).isFinite().isGreaterThanOrEqualTo(0);
            }
        });
        Map<Long, SkillActivityRecord> last = new java.util.LinkedHashMap<>();
        skills.stream().filter(s -> s.skillId() != null).forEach(s -> last.put(s.skillId(), s));
        long infos = series.keySet().stream().filter(n -> n.startsWith("cxone_skill_info{")).count();
        assertThat(infos).as("one cxone_skill_info per readable skillId in " + body).isEqualTo(last.size());
        last.forEach((id, skill) -> {
            String queued = "cxone_skill_contacts_queued{skill_id=\"" + id + "\"}";
            String age = "cxone_skill_oldest_contact_age_seconds{skill_id=\"" + id + "\"}";
            assertThat(series.containsKey(queued)).as(queued + " present iff queueCount readable, " + body).isEqualTo(skill.queueCount() != null);
            assertThat(series.containsKey(age)).as(age + " present iff the age can be told, " + body)
                    .isEqualTo(skill.oldestContactAgeSeconds().isPresent());
            if (skill.queueCount() != null && skill.queueCount() == 0) {
                assertThat(series.get(age)).as("nothing queued: age 0, " + body).isEqualTo(0.0);
            }
        });
        assertThat(series.keySet().stream().filter(n -> n.startsWith("cxone_skill_info{")))
                .allMatch(n -> Set.of("direction=\"inbound\"", "direction=\"outbound\"", "direction=\"\"").stream().anyMatch(n::contains));
    }

    // --- what CXone might send ----------------------------------------------------------------

    private static <T> List<T> samples(Arbitrary<T> arbitrary, int count) {
        SourceOfRandomness.create(SEED);
        return arbitrary.sampleStream().limit(count).toList();
    }

    private static Arbitrary<JsonNode> answers() {
        Arbitrary<JsonNode> list = Arbitraries.frequencyOf(
                Tuple.of(8, record().list().ofMaxSize(6).map(records -> {
                    ArrayNode array = F.arrayNode();
                    records.forEach(array::add);
                    return array;
                })),
                Tuple.of(1, Arbitraries.of(F.arrayNode().add(1).add("x").add(F.nullNode()), F.arrayNode().add(F.arrayNode())).map(a -> a)),
                Tuple.of(1, Arbitraries.of(F.objectNode(), F.textNode("[]"), F.nullNode()).map(a -> a)));
        return net.jqwik.api.Combinators.combine(list, oneOf(F.textNode("3"), F.numberNode(2), F.nullNode(), F.textNode("many")),
                oneOf(F.textNode("2026-12-02T10:00:00.000Z"), F.textNode("yesterday"), F.nullNode(), F.numberNode(17)))
                .as((records, total, lastPollTime) -> {
                    ObjectNode body = F.objectNode();
                    body.set("totalRecords", total);
                    body.set("lastPollTime", lastPollTime);
                    body.set("skillActivity", records);
                    return body;
                });
    }

    private static Arbitrary<JsonNode> record() {
        Arbitrary<JsonNode> id = oneOf(F.numberNode(2001), F.textNode("2002"), F.textNode(" 2003 "), F.numberNode(2002), F.textNode("abc"),
                F.nullNode(), F.numberNode(1.5), F.objectNode(), F.booleanNode(true));
        Arbitrary<JsonNode> name = oneOf(F.textNode("Sales Inbound"), F.textNode("quote\" and \\ and\nnewline"), F.textNode(""), F.nullNode(),
                F.numberNode(5));
        Arbitrary<JsonNode> media = oneOf(F.textNode("Phone"), F.textNode("Chat"), F.textNode("Email"), F.textNode("Hologram"), F.textNode("WorkItem"),
                F.nullNode(), F.arrayNode());
        Arbitrary<JsonNode> bool = oneOf(F.booleanNode(true), F.booleanNode(false), F.textNode("True"), F.textNode("false"), F.textNode("maybe"),
                F.numberNode(1), F.nullNode());
        Arbitrary<JsonNode> number = oneOf(F.numberNode(0), F.numberNode(3), F.textNode("7"), F.textNode(" 12 "), F.textNode("-1"),
                F.numberNode(-4), F.numberNode(2.5), F.textNode("2.0"), F.textNode("NaN"), F.textNode("1e3"), F.textNode("lots"), F.nullNode(),
                F.numberNode(new BigDecimal("99999999999999999999999")), F.objectNode());
        Arbitrary<JsonNode> time = oneOf(F.textNode("2026-12-02T09:58:00.000Z"), F.textNode("2026-12-02T10:01:00+01:00"),
                F.textNode("2026-12-02T09:59:30"), F.textNode("2026-13-45T99:00:00Z"), F.textNode("not a date"), F.textNode(""), F.nullNode(),
                F.numberNode(1764669480000L));
        Arbitrary<Boolean> present = Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false));
        return net.jqwik.api.Combinators.combine(List.of(id, name, media, bool, number, number, number, number, number, number, number,
                time, time, number, number, number, present.map(F::booleanNode)))
                .as(values -> {
                    List<String> names = List.of("skillId", "skillName", "mediaTypeName", "isOutbound", "queueCount", "agentsAvailable",
                            "agentsUnavailable", "agentsWorking", "agentsACW", "agentsLoggedIn", "contactsActive", "earliestQueueTime",
                            "serverTime", "serviceLevel", "serviceLevelGoal", "serviceLevelThreshold");
                    ObjectNode record = F.objectNode();
                    boolean dropSome = values.get(values.size() - 1).booleanValue();
                    for (int i = 0; i < names.size(); i++) {
                        if (!dropSome || i % 3 != 1) {
                            record.set(names.get(i), values.get(i));
                        }
                    }
                    record.put("unknownField", "ignored");
                    return (JsonNode) record;
                });
    }

    private static Arbitrary<JsonNode> oneOf(JsonNode... values) {
        return Arbitraries.of(values);
    }
}
