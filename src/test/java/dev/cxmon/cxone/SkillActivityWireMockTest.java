package dev.cxmon.cxone;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxmon.testing.CxoneAnswers;
import dev.cxmon.testing.WireMockPerTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /skills/activity as NICE's OpenAPI describes it (skillActivity, totalRecords, _links.next, lastPollTime, serverTime per
 * skill), with numbers and booleans as strings and fields missing, and a 403.
 */
@QuarkusTest
class SkillActivityWireMockTest extends WireMockPerTest {

    private static final String SERVICES = "/incontactapi/services/v27.0";
    private static final String ACTIVITY = SERVICES + "/skills/activity";

    @BeforeEach
    void stubTheToken() {
        stubDiscoveryAndToken();
    }

    private CxoneApi api() {
        return demoApi(SERVICES);
    }

    private static final String FIRST_PAGE = """
            {"totalRecords":"3","_links":{"self":"x","next":"%s"},"lastPollTime":"2026-11-25T10:00:00.000Z",
             "skillActivity":[
              {"serverTime":"2026-11-25T10:00:05.000Z","skillId":"2005","skillName":"Support Email","mediaTypeName":"Email",
               "isOutbound":"False","isActive":"True","queueCount":"3","earliestQueueTime":"2026-11-25T09:58:05.000Z",
               "agentsAvailable":"0","agentsUnavailable":"1","agentsWorking":0,"agentsACW":"0","agentsLoggedIn":"1",
               "contactsActive":"3","serviceLevel":"87.5","serviceLevelGoal":"80","serviceLevelThreshold":"30","inSLA":"7","outSLA":"1"},
              {"skillId":2002,"skillName":"Sales Inbound","isOutbound":true,"queueCount":0}
             ]}""";

    private static final String SECOND_PAGE = """
            {"totalRecords":3,"_links":{"self":"y"},"lastPollTime":"2026-11-25T10:00:01.000Z",
             "skillActivity":[{"skillId":2003}]}""";

    @Test
    void everyPageIsReadWithStringsForNumbersAndMissingFields() {
        String next = server.baseUrl() + ACTIVITY + "?fields=x&top=2&skip=2";
        server.stubFor(get(urlPathEqualTo(ACTIVITY)).withQueryParam("skip", absent())
                .willReturn(CxoneAnswers.json(FIRST_PAGE.formatted(next))));
        server.stubFor(get(urlPathEqualTo(ACTIVITY)).withQueryParam("skip", equalTo("2")).willReturn(CxoneAnswers.json(SECOND_PAGE)));

        SkillActivity answer = api().skillActivity(Optional.empty());

        assertThat(answer.notModified()).isFalse();
        assertThat(answer.lastPollTime()).contains("2026-11-25T10:00:00.000Z");
        assertThat(answer.skills()).extracting(SkillActivityRecord::skillId).containsExactly(2005L, 2002L, 2003L);
        SkillActivityRecord email = answer.skills().get(0);
        assertThat(email.skillName()).isEqualTo("Support Email");
        assertThat(email.mediaTypeName()).isEqualTo("Email");
        assertThat(email.isOutbound()).isFalse();
        assertThat(email.queueCount()).isEqualTo(3L);
        assertThat(email.agentsAvailable()).isZero();
        assertThat(email.agentsUnavailable()).isEqualTo(1L);
        assertThat(email.agentsWorking()).isZero();
        assertThat(email.agentsLoggedIn()).isEqualTo(1L);
        assertThat(email.serviceLevel()).isEqualTo(87.5);
        assertThat(email.serviceLevelThreshold()).isEqualTo(30.0);
        assertThat(email.oldestContactAgeSeconds()).isEqualTo(OptionalDouble.of(120.0));
        assertThat(email.serverTime()).isEqualTo(Instant.parse("2026-11-25T10:00:05Z"));
        SkillActivityRecord sales = answer.skills().get(1);
        assertThat(sales.isOutbound()).isTrue();
        assertThat(sales.agentsAvailable()).isNull();
        assertThat(sales.oldestContactAgeSeconds()).isEqualTo(OptionalDouble.of(0));
        SkillActivityRecord chat = answer.skills().get(2);
        assertThat(chat.queueCount()).isNull();
        assertThat(chat.oldestContactAgeSeconds()).isEmpty();

        server.verify(getRequestedFor(urlPathEqualTo(ACTIVITY)).withQueryParam("fields", equalTo(CxoneApi.SKILL_ACTIVITY_FIELDS)));
        server.verify(getRequestedFor(urlPathEqualTo(ACTIVITY)).withQueryParam("skip", equalTo("2")));
    }

    @Test
    void aDeltaSendsUpdatedSinceAndA304IsNotModified() {
        server.stubFor(get(urlPathEqualTo(ACTIVITY)).willReturn(aResponse().withStatus(304)));

        SkillActivity answer = api().skillActivity(Optional.of("2026-11-25T10:00:00.000Z"));

        assertThat(answer.notModified()).isTrue();
        assertThat(answer.skills()).isEmpty();
        server.verify(getRequestedFor(urlPathEqualTo(ACTIVITY)).withQueryParam("updatedSince", equalTo("2026-11-25T10:00:00.000Z")));
    }

    @Test
    void a403IsAScopeFailureOfTheSkillActivityOperation() {
        server.stubFor(get(urlPathEqualTo(ACTIVITY)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Forbidden\"}")));

        assertThatThrownBy(() -> api().skillActivity(Optional.empty()))
                .isInstanceOfSatisfying(CxoneCallException.class, e -> {
                    assertThat(e.failure().kind()).isEqualTo(FailureKind.SCOPE);
                    assertThat(e.failure().exchange().operation()).isEqualTo("SKILL_ACTIVITY");
                });
    }

    @Test
    void anAnswerWithoutTheSkillActivityArrayIsMalformed() {
        server.stubFor(get(urlPathEqualTo(ACTIVITY)).willReturn(CxoneAnswers.json("{\"totalRecords\":1,\"skills\":[]}")));

        assertThatThrownBy(() -> api().skillActivity(Optional.empty()))
                .isInstanceOfSatisfying(CxoneCallException.class, e -> assertThat(e.failure().kind()).isEqualTo(FailureKind.MALFORMED));
    }
}
