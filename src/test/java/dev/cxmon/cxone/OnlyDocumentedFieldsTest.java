package dev.cxmon.cxone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.auth.CxoneSession;
import dev.cxmon.diagnose.DiagnosisRequest;
import dev.cxmon.diagnose.EvidenceCollector;
import dev.cxmon.metrics.AgentMetrics;
import dev.cxmon.monitor.MonitorSettings;
import dev.cxmon.monitor.PollSchedule;
import dev.cxmon.monitor.PollStrategy;
import dev.cxmon.monitor.RosterEntry;
import dev.cxmon.monitor.RosterPoller;
import dev.cxmon.monitor.RosterState;
import dev.cxmon.simulator.DocumentedFields;
import dev.cxmon.testing.DemoSettings;
import dev.cxmon.testing.SimulatorPerTest;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The client asks only for field names NICE documents for each resource: every call it makes (the typed API, both poll
 * strategies, diagnose) goes over real HTTP to the simulator, which refuses an undocumented field name with a 400 as the
 * API's parameter validation may; no call may be refused, and every name sent is on the simulator's list.
 */
@QuarkusTest
class OnlyDocumentedFieldsTest extends SimulatorPerTest {

    private static final List<String> ROSTER = List.of("1001", "1002", "1003", "1004", "1005", "1006", "1007", "9999",
            "notagent@demo.example", "break@demo.example");

    @Inject
    RestClients clients;

    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    @Test
    void everyCallOfTheTypedApi() {
        CxoneApi api = new CxoneSession(DemoSettings.forKey(simulator.baseUrl(), "demo-supervisor"), clients, exchanges::add,
                Clock.systemUTC()).api();
        api.agent("1001");
        api.searchAgents("demo.example");
        api.agentState("1001");
        api.agentState("1003");
        BulkStates full = api.bulkStates(Optional.of("1970-01-01T00:00:00.000Z"));
        api.bulkStates(full.lastPollTime());
        api.bulkStates(Optional.empty());
        api.agentSkills("1001");
        api.searchUsers("available@demo.example");

        assertEveryCallAnsweredWithOnlyDocumentedFields();
    }

    @Test
    void everyCallOfEveryPollStrategy() {
        for (PollStrategy strategy : PollStrategy.values()) {
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            RosterState state = new RosterState();
            RosterPoller poller = new RosterPoller(clients, state, new AgentMetrics(registry, state, true), Clock.systemUTC(),
                    exchanges::add, CallPolicy::unlimited);
            poller.configure(new MonitorSettings(ROSTER.stream().map(RosterEntry::of).toList(),
                    ((PollSchedule.Valid) PollSchedule.parse("30s", Optional.empty())).schedule(), 4, Duration.ofMinutes(10), false,
                    strategy, Duration.ofMinutes(10)), DemoSettings.forKey(simulator.baseUrl(), "demo-supervisor"));
            poller.pollOnce();
            simulator.setAgentState(1001, 2, "Lunch");
            poller.pollOnce();
            simulator.setAgentState(1001, 1, null);
        }
        assertEveryCallAnsweredWithOnlyDocumentedFields();
    }

    @Test
    void everyCallOfDiagnose() {
        for (String agent : List.of("1001", "1003", "1007", "break@demo.example")) {
            DiagnosisRequest request = DiagnosisRequest.of(agent, DemoSettings.forKey(simulator.baseUrl(), "demo-supervisor"));
            exchanges.addAll(new EvidenceCollector(clients, Clock.systemUTC()).collect(request).trail());
        }
        assertEveryCallAnsweredWithOnlyDocumentedFields();
    }

    private void assertEveryCallAnsweredWithOnlyDocumentedFields() {
        assertThat(exchanges).as("calls were made").isNotEmpty();
        assertThat(exchanges).as("no call refused as a bad request").noneMatch(e -> e.status() == 400);
        List<String> checked = new ArrayList<>();
        for (Exchange exchange : exchanges) {
            URI url = URI.create(exchange.url());
            Optional<DocumentedFields> documented = DocumentedFields.forPath(url.getPath());
            for (String name : fieldNames(url)) {
                assertThat(documented).as(exchange.url() + " names fields of a resource without a documented list").isPresent();
                assertThat(documented.get().documents(name)).as(name + " in " + exchange.url()).isTrue();
                checked.add(name);
            }
        }
        assertThat(checked).as("the bulk call asks for fields").contains("agentId", "agentStateId", "outStateDescription");
    }

    private static List<String> fieldNames(URI url) {
        if (url.getRawQuery() == null) {
            return List.of();
        }
        return Arrays.stream(url.getRawQuery().split("&"))
                .filter(pair -> pair.startsWith("fields="))
                .flatMap(pair -> Arrays.stream(URLDecoder.decode(pair.substring("fields=".length()), StandardCharsets.UTF_8).split(",")))
                .map(String::trim).filter(name -> !name.isEmpty()).toList();
    }
}
