package dev.cxmon.cxone;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.cxmon.testing.CxoneAnswers;
import dev.cxmon.testing.WireMockPerTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reading every page of agents/states as CXone's OpenAPI describes them (totalRecords, _links.next, top and skip), and
 * what a refused fields= name becomes.
 */
@QuarkusTest
class PaginationWireMockTest extends WireMockPerTest {

    private static final String SERVICES = "/incontactapi/services/v27.0";
    private static final String STATES = SERVICES + "/agents/states";

    /** Another host, which a next link may name. */
    private WireMockServer elsewhere;

    @BeforeEach
    void start() {
        elsewhere = new WireMockServer(wireMockOptions());
        elsewhere.start();
        stubDiscoveryAndToken();
        elsewhere.stubFor(get(anyUrl()).willReturn(CxoneAnswers.json(page(4, null, 3, 4))));
    }

    @AfterEach
    void stop() {
        elsewhere.stop();
    }

    private CxoneApi api() {
        return demoApi(SERVICES);
    }

    /** A page of agents/states holding agents first..last (1001 + index), in a list of {@code total}. */
    private static String page(int total, String next, int first, int last) {
        StringBuilder records = new StringBuilder();
        for (int i = first; i <= last; i++) {
            records.append(records.length() == 0 ? "" : ",").append("{\"agentId\":").append(1000 + i).append(",\"agentStateId\":1}");
        }
        return "{\"totalRecords\":" + total + ",\"_links\":{\"self\":\"x\"" + (next == null ? "" : ",\"next\":\"" + next + "\"")
                + "},\"lastPollTime\":\"2026-11-25T10:00:00.000Z\",\"agentStates\":[" + records + "]}";
    }

    @Test
    void aNextLinkOnTheSameHostIsFollowedWithItsQuery() {
        String next = server.baseUrl() + STATES + "?updatedSince=1970-01-01T00%3A00%3A00.000Z&top=2&skip=2&cursor=abc";
        server.stubFor(get(urlPathEqualTo(STATES)).withQueryParam("cursor", absent()).willReturn(CxoneAnswers.json(page(4, next, 1, 2))));
        server.stubFor(get(urlPathEqualTo(STATES)).withQueryParam("cursor", equalTo("abc")).willReturn(CxoneAnswers.json(page(4, null, 3, 4))));

        BulkStates read = api().bulkStates(Optional.of("1970-01-01T00:00:00.000Z"));

        assertThat(read.states()).extracting(AgentStateRecord::agentId).containsExactly(1001L, 1002L, 1003L, 1004L);
        assertThat(read.lastPollTime()).contains("2026-11-25T10:00:00.000Z");
        server.verify(2, getRequestedFor(urlPathEqualTo(STATES)));
        server.verify(getRequestedFor(urlPathEqualTo(STATES)).withQueryParam("skip", equalTo("2")).withQueryParam("top", equalTo("2")));
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowedWithTheToken() {
        String next = elsewhere.baseUrl() + STATES + "?top=2&skip=2";
        server.stubFor(get(urlPathEqualTo(STATES)).withQueryParam("skip", absent()).willReturn(CxoneAnswers.json(page(4, next, 1, 2))));
        server.stubFor(get(urlPathEqualTo(STATES)).withQueryParam("skip", equalTo("2")).willReturn(CxoneAnswers.json(page(4, null, 3, 4))));

        BulkStates read = api().bulkStates(Optional.of("1970-01-01T00:00:00.000Z"));

        assertThat(elsewhere.getAllServeEvents()).as("nothing, least of all the bearer token, went to the other host").isEmpty();
        assertThat(read.states()).extracting(AgentStateRecord::agentId).containsExactly(1001L, 1002L, 1003L, 1004L);
        server.verify(getRequestedFor(urlPathEqualTo(STATES)).withQueryParam("skip", equalTo("2"))
                .withQueryParam("fields", equalTo(CxoneApi.BULK_STATE_FIELDS)));
    }

    @Test
    void withoutLinksTheClientSkipsByWhatEachPageHeldUntilTotalRecords() {
        server.stubFor(get(urlPathEqualTo(STATES)).withQueryParam("skip", absent()).willReturn(CxoneAnswers.json(page(5, null, 1, 2))));
        server.stubFor(get(urlPathEqualTo(STATES)).withQueryParam("skip", equalTo("2")).willReturn(CxoneAnswers.json(page(5, null, 3, 4))));
        server.stubFor(get(urlPathEqualTo(STATES)).withQueryParam("skip", equalTo("4")).willReturn(CxoneAnswers.json(page(5, null, 5, 5))));

        assertThat(api().bulkStates(Optional.empty()).states()).extracting(AgentStateRecord::agentId)
                .containsExactly(1001L, 1002L, 1003L, 1004L, 1005L);
    }

    @Test
    void aFailedLaterPageFailsTheWholeRead() {
        server.stubFor(get(urlPathEqualTo(STATES)).withQueryParam("skip", absent()).willReturn(CxoneAnswers.json(page(4, null, 1, 2))));
        server.stubFor(get(urlPathEqualTo(STATES)).withQueryParam("skip", equalTo("2")).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> api().bulkStates(Optional.of("1970-01-01T00:00:00.000Z"))).isInstanceOfSatisfying(
                CxoneCallException.class, e -> assertThat(e.failure().kind()).isEqualTo(FailureKind.SERVER));
    }

    @Test
    void anEmptyPageWhileMoreWereAnnouncedIsAnIncompleteReadNotTheEnd() {
        server.stubFor(get(urlPathEqualTo(STATES)).withQueryParam("skip", absent()).willReturn(CxoneAnswers.json(page(4, null, 1, 2))));
        server.stubFor(get(urlPathEqualTo(STATES)).withQueryParam("skip", equalTo("2")).willReturn(aResponse().withStatus(204)));

        assertThatThrownBy(() -> api().bulkStates(Optional.empty())).isInstanceOfSatisfying(CxoneCallException.class, e -> {
            assertThat(e.failure().kind()).isEqualTo(FailureKind.MALFORMED);
            assertThat(e.failure().message()).contains("totalRecords is 4 and only 2 were read");
        });
    }

    @Test
    void theByteCapOfOneBulkAnswerAppliesToAllPagesTogether() {
        String padding = ",\"padding\":\"" + "x".repeat(9 * 1024 * 1024) + "\"";
        server.stubFor(get(urlPathEqualTo(STATES)).withQueryParam("skip", absent())
                .willReturn(CxoneAnswers.json(page(4, null, 1, 2).replaceFirst("\\}$", padding + "}"))));
        server.stubFor(get(urlPathEqualTo(STATES)).withQueryParam("skip", equalTo("2"))
                .willReturn(CxoneAnswers.json(page(4, null, 3, 4).replaceFirst("\\}$", padding + "}"))));

        assertThatThrownBy(() -> api().bulkStates(Optional.empty())).isInstanceOfSatisfying(CxoneCallException.class, e -> {
            assertThat(e.failure().kind()).isEqualTo(FailureKind.MALFORMED);
            assertThat(e.failure().message()).contains("more than 16 MiB over 2 pages");
        });
    }

    @Test
    void aFieldNameCxoneRefusesIsReportedAsTheFieldsParameterRejected() {
        server.stubFor(get(urlPathEqualTo(STATES)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"InvalidParameter\",\"error_description\":\"fields: userId is not a field of this resource\"}")));

        assertThatThrownBy(() -> api().bulkStates(Optional.empty())).isInstanceOfSatisfying(CxoneCallException.class, e -> {
            assertThat(e.failure().cause()).isEqualTo(FailureCause.REQUEST_REJECTED);
            assertThat(e.failure().message()).contains("CXone rejected the request's fields parameter");
        });
    }

    @Test
    void aServerThatIgnoresSkipFailsFastInsteadOfCallingWithoutEnd() {
        server.stubFor(get(urlPathEqualTo(STATES)).willReturn(CxoneAnswers.json(page(1000, null, 1, 2))));

        assertThatThrownBy(() -> api().bulkStates(Optional.empty())).isInstanceOfSatisfying(CxoneCallException.class,
                e -> assertThat(e.failure().message()).contains("repeats the page before it"));
        server.verify(2, getRequestedFor(urlPathEqualTo(STATES)));
    }
}
