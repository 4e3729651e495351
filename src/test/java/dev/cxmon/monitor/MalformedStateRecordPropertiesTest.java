package dev.cxmon.monitor;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.cxmon.testing.CxoneAnswers.json;
import static dev.cxmon.testing.CxoneAnswers.tokenAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cxmon.api.AgentView;
import dev.cxmon.cxone.CallPolicy;
import dev.cxmon.cxone.ExchangeListener;
import dev.cxmon.metrics.AgentMetrics;
import dev.cxmon.metrics.PollRenderedPrometheusRegistry;
import dev.cxmon.state.AgentStatus;
import dev.cxmon.state.Availability;
import dev.cxmon.state.Classification;
import dev.cxmon.state.StateClassifier;
import dev.cxmon.state.UnavailableReason;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.PrometheusText;
import dev.cxmon.testing.WireMockPerTest;
import io.micrometer.prometheus.PrometheusConfig;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Property, in the style of CxoneBoundaryPropertiesTest: whatever CXone puts in the fields of the state records that time
 * in state, reasons and after-call work read (numbers and booleans as strings, nulls, containers, unknown reasons,
 * unparsable dates), served over real HTTP to the bulk poll, no exception escapes and the series degrade as documented:
 * the state start is CXone's startDate when it parses, else the poll's time; no state start while ERROR; one reason
 * series per Unavailable agent, with the code's name, else its ID, else Unknown (LoggedIn for state 8), at most
 * {@link UnavailableReason#MAX_LENGTH} characters; none for any other availability.
 *
 * <p>The inputs come from jqwik arbitraries sampled outside the jqwik engine with a fixed seed, since a @QuarkusTest
 * cannot run as a jqwik property; each form of a field carries what the monitor must read from it.
 */
@QuarkusTest
class MalformedStateRecordPropertiesTest extends WireMockPerTest {

    private static final String SERVICES = "/incontactapi/services/v27.0";
    private static final String SEED = "20261202";
    private static final int SAMPLES = 80;
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant STARTED = Instant.parse("2026-11-25T09:41:07.250Z");
    private static final List<Long> AGENTS = List.of(1001L, 1002L, 1003L, 1004L);
    private static final String TEAM = "Support";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** One way to send a field ({@code value} null: the field is left out) and what the monitor must read from it. */
    record Form<T>(JsonNode value, T expected) {
        @Override
        public String toString() {
            return value == null ? "(absent)" : value.toString();
        }
    }

    /** One generated record: the form of each field. */
    record Row(Form<Integer> stateId, Form<String> stateName, Form<Boolean> isAcw, Form<String> description, Form<String> code,
            Form<Optional<Instant>> startDate) {

        ObjectNode json(long agentId) {
            ObjectNode node = F.objectNode().put("agentId", Long.toString(agentId)).put("teamName", TEAM);
            put(node, "agentStateId", stateId);
            put(node, "agentStateName", stateName);
            put(node, "isACW", isAcw);
            put(node, "outStateDescription", description);
            put(node, "outStateId", code);
            put(node, "startDate", startDate);
            put(node, "sessionStartTime", startDate);
            return node;
        }

        private static void put(ObjectNode node, String field, Form<?> form) {
            if (form.value() != null) {
                node.set(field, form.value());
            }
        }

        Classification expectedState() {
            return StateClassifier.classify(stateId.expected(), stateName.expected(), description.expected(), code.expected(),
                    isAcw.expected());
        }
    }

    @BeforeEach
    void stubTheTokenAndTheAgents() {
        stubDiscoveryAndToken(json(tokenAnswer()));
        for (long id : AGENTS) {
            api("/agents/" + id, "{\"agents\":[{\"agentId\":" + id + ",\"userName\":\"agent" + id + "@demo.example\",\"isActive\":true,"
                    + "\"teamName\":\"" + TEAM + "\"}]}");
        }
    }

    @Test
    void anyStateRecordGivesSeriesThatDegradeAsDocumented() {
        SourceOfRandomness.create(SEED);
        List<List<Row>> samples = rows().list().ofSize(AGENTS.size()).sampleStream().limit(SAMPLES).toList();
        for (List<Row> rows : samples) {
            ArrayNode records = F.arrayNode();
            for (int i = 0; i < AGENTS.size(); i++) {
                records.add(rows.get(i).json(AGENTS.get(i)));
            }
            String answer = F.objectNode().put("lastPollTime", "2026-11-25T10:00:00.000Z").set("agentStates", records).toString();
            api("/agents/states", answer);
            assertDegradesAsDocumented(rows, answer);
        }
    }

    private void assertDegradesAsDocumented(List<Row> rows, String answer) {
        RosterState state = new RosterState();
        PollRenderedPrometheusRegistry registry = new PollRenderedPrometheusRegistry(PrometheusConfig.DEFAULT);
        RosterPoller poller = new RosterPoller(clients, state, new AgentMetrics(registry, state, true), Clock.fixed(NOW, ZoneOffset.UTC),
                ExchangeListener.NONE, CallPolicy::unlimited);
        try {
            poller.configure(new MonitorSettings(AGENTS.stream().map(id -> RosterEntry.of(Long.toString(id))).toList(),
                    ((PollSchedule.Valid) PollSchedule.parse("30s", Optional.empty())).schedule(), 2, Duration.ofMinutes(10), false,
                    PollStrategy.BULK, Duration.ofMinutes(10)), DemoSettings.forKey(server.baseUrl(), "key")
                    .withApiUrl(URI.create(server.baseUrl() + SERVICES)));
            assertThat(poller.pollOnce()).as(answer).isEqualTo(RosterPoller.Outcome.POLLED);
            PrometheusText metrics = PrometheusText.parse(registry.scrape());
            List<AgentView> views = AgentView.of(state);
            Map<String, Integer> unavailableByReason = new HashMap<>();
            for (int i = 0; i < AGENTS.size(); i++) {
                Row row = rows.get(i);
                String agent = Long.toString(AGENTS.get(i));
                String about = agent + " in " + answer;
                Classification expected = row.expectedState();
                Availability availability = expected.status() == AgentStatus.ERROR ? Availability.UNKNOWN : expected.availability();
                assertThat(metrics.value("cxone_agent_availability{agent_id=\"" + agent + "\",availability=\"" + availability + "\"}"))
                        .as(about).hasValue(1);
                String started = "cxone_agent_state_started_timestamp_seconds{agent_id=\"" + agent + "\"}";
                AgentView view = views.get(i);
                if (expected.status() == AgentStatus.ERROR) {
                    assertThat(metrics.value(started)).as("no state start while ERROR: " + about).isEmpty();
                    assertThat(view.since()).as(about).isNull();
                } else {
                    Instant start = row.startDate().expected().orElse(NOW);
                    assertThat(metrics.value(started)).as(about).hasValue(start.toEpochMilli() / 1000.0);
                    assertThat(view.since()).as(about).isEqualTo(start);
                    assertThat(view.sinceSource()).as(about).isEqualTo(row.startDate().expected().isPresent() ? "cxone" : "observed");
                }
                Optional<String> reason = UnavailableReason.label(expected, row.description().expected(), row.code().expected());
                String reasonPrefix = "cxone_agent_unavailable_reason{agent_id=\"" + agent + "\",";
                assertThat(metrics.all().keySet().stream().filter(series -> series.startsWith(reasonPrefix)).toList()).as(about)
                        .containsExactlyElementsOf(reason.map(r -> reasonPrefix + "reason=\"" + r + "\"}").stream().toList());
                assertThat(reason.isPresent()).as(about).isEqualTo(availability == Availability.UNAVAILABLE);
                reason.ifPresent(r -> {
                    assertThat(r).as(about).isNotBlank().hasSizeLessThanOrEqualTo(UnavailableReason.MAX_LENGTH);
                    unavailableByReason.merge(r, 1, Integer::sum);
                });
            }
            assertThat(metrics.sum("cxone_roster_agents_unavailable{")).as(answer)
                    .isEqualTo(unavailableByReason.values().stream().mapToInt(Integer::intValue).sum());
            unavailableByReason.forEach((reason, count) -> assertThat(metrics.value("cxone_roster_agents_unavailable{reason=\"" + reason
                    + "\",team=\"" + TEAM + "\"}")).as(answer).hasValue(count));
        } catch (RuntimeException escaped) {
            throw new AssertionError("escaped for " + answer + ": " + escaped, escaped);
        } finally {
            poller.shutdown();
            registry.close();
        }
    }

    private void api(String path, String body) {
        server.stubFor(get(urlPathEqualTo(SERVICES + path)).willReturn(json(body)));
    }

    // --- the forms of each field ------------------------------------------------------------------------

    private static Arbitrary<Row> rows() {
        return Combinators.combine(stateIds(), stateNames(), flags(), descriptions(), codes(), startDates()).as(Row::new);
    }

    private static <T> Form<T> form(JsonNode value, T expected) {
        return new Form<>(value, expected);
    }

    private static Arbitrary<Form<Integer>> stateIds() {
        return Arbitraries.of(form(F.numberNode(2), 2), form(F.textNode("2"), 2), form(F.textNode("2.0"), 2), form(F.textNode(" 8 "), 8),
                form(F.numberNode(8), 8), form(F.numberNode(1), 1), form(F.textNode("1"), 1), form(F.numberNode(3), 3),
                form(F.numberNode(0), 0), form(F.textNode("two"), null), form(F.nullNode(), null), form(null, null),
                form(F.objectNode(), null), form(F.numberNode(-1), -1), form(F.numberNode(42), 42), form(F.numberNode(2.5), null));
    }

    private static Arbitrary<Form<String>> stateNames() {
        return Arbitraries.of(form(null, null), form(null, null), form(F.textNode("Unavailable"), "Unavailable"),
                form(F.textNode("After Call Work"), "After Call Work"), form(F.textNode("Meditating"), "Meditating"),
                form(F.numberNode(42), "42"), form(F.nullNode(), null), form(F.arrayNode(), null));
    }

    private static Arbitrary<Form<Boolean>> flags() {
        return Arbitraries.of(form(null, null), form(F.nullNode(), null), form(F.booleanNode(true), true), form(F.textNode("true"), true),
                form(F.textNode("True"), true), form(F.numberNode(1), true), form(F.booleanNode(false), false),
                form(F.textNode("false"), false), form(F.textNode("perhaps"), null), form(F.arrayNode(), null));
    }

    private static Arbitrary<Form<String>> descriptions() {
        return Arbitraries.of(form(null, null), form(F.nullNode(), null), form(F.textNode("Break"), "Break"),
                form(F.textNode("Lunch  break"), "Lunch  break"), form(F.textNode("After Call Work"), "After Call Work"),
                form(F.textNode("ACW"), "ACW"), form(F.textNode(""), null), form(F.textNode("   "), "   "),
                form(F.textNode("Training ".repeat(30)), "Training ".repeat(30)), form(F.numberNode(12), "12"),
                form(F.objectNode().put("name", "Break"), null), form(F.textNode("Pause café ☕"), "Pause café ☕"));
    }

    private static Arbitrary<Form<String>> codes() {
        return Arbitraries.of(form(null, null), form(F.numberNode(12), "12"), form(F.textNode("12"), "12"), form(F.textNode("BRK"), "BRK"),
                form(F.nullNode(), null), form(F.booleanNode(true), "true"), form(F.textNode("acw"), "acw"), form(F.textNode(" "), " "));
    }

    private static Arbitrary<Form<Optional<Instant>>> startDates() {
        List<Form<Optional<Instant>>> forms = new ArrayList<>(List.of(
                form(F.textNode("2026-11-25T09:41:07.250Z"), Optional.of(STARTED)),
                form(F.textNode("2026-11-25T09:41:07.25"), Optional.of(STARTED)),
                form(F.textNode("2026-11-25T10:41:07.2500000+01:00"), Optional.of(STARTED)),
                form(F.textNode("2026-11-25 09:41:07.250"), Optional.of(STARTED))));
        for (JsonNode unreadable : List.of(F.textNode("yesterday"), F.textNode(""), F.numberNode(0), F.numberNode(1_764_063_667L),
                F.textNode("2026-13-01T00:00:00Z"), F.textNode("2026-11-25"), F.objectNode(), F.nullNode(), F.booleanNode(true))) {
            forms.add(form(unreadable, Optional.empty()));
        }
        forms.add(form(null, Optional.empty()));
        return Arbitraries.of(forms);
    }
}
