package dev.cxmon.cxone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class NextPageTest {

    private static final URI RESOURCE = URI.create("https://api-c32.incontact.com/incontactapi/services/v27.0/agents/states");
    private static final Map<String, String> FIRST = Map.of("fields", "agentId");

    private static PageInfo info(Long total, String next) {
        return PageInfo.of(total, next);
    }

    @Test
    void aLinkOnTheSameHostAndResourceGivesItsQuery() {
        assertThat(NextPage.sameResource(RESOURCE, "https://API-C32.incontact.com:443/inContactAPI/services/v27.0/agents/states?top=100&skip=100&a=%20b"))
                .contains(new LinkedHashMap<>(Map.of("top", "100", "skip", "100", "a", " b")));
        assertThat(NextPage.sameResource(RESOURCE, "/incontactapi/services/v27.0/agents/states?skip=5")).contains(Map.of("skip", "5"));
    }

    @Test
    void aLinkAnywhereElseIsNotFollowed() {
        for (String link : new String[] {"https://evil.example/incontactapi/services/v27.0/agents/states?skip=1",
                "http://api-c32.incontact.com/incontactapi/services/v27.0/agents/states?skip=1",
                "https://api-c32.incontact.com:8443/incontactapi/services/v27.0/agents/states?skip=1",
                "https://user@api-c32.incontact.com/incontactapi/services/v27.0/agents/states?skip=1",
                "https://api-c32.incontact.com/incontactapi/services/v27.0/agents?skip=1",
                "https://api-c32.incontact.com.evil.example/incontactapi/services/v27.0/agents/states", "not a url at all %%"}) {
            assertThat(NextPage.sameResource(RESOURCE, link)).as(link).isEmpty();
        }
    }

    @Test
    void withoutALinkSkipMovesOnByTheRecordsThePageHeld() {
        Map<String, String> asked = Map.of("fields", "agentId", "top", "100", "skip", "0");
        NextPage.Step step = NextPage.after(RESOURCE, asked, info(250L, null), 40, 40, 1);
        assertThat(step).isEqualTo(new NextPage.Fetch(Map.of("fields", "agentId", "top", "100", "skip", "40"), Optional.empty()));
    }

    @Test
    void aRefusedLinkFallsBackToSkipAndIsNamed() {
        NextPage.Step step = NextPage.after(RESOURCE, FIRST, info(4L, "https://evil.example/x?skip=2"), 2, 2, 1);
        assertThat(step).isEqualTo(new NextPage.Fetch(Map.of("fields", "agentId", "skip", "2"), Optional.of("https://evil.example/x?skip=2")));
    }

    @Test
    void theListEndsWhenTheTotalIsReadOrNothingSaysMore() {
        assertThat(NextPage.after(RESOURCE, FIRST, info(4L, null), 2, 4, 2)).isInstanceOf(NextPage.Done.class);
        assertThat(NextPage.after(RESOURCE, FIRST, PageInfo.NONE, 7, 7, 1)).isInstanceOf(NextPage.Done.class);
        assertThat(NextPage.after(RESOURCE, FIRST, info(4L, RESOURCE + "?skip=9"), 0, 4, 3)).as("an empty page ends a link chain")
                .isInstanceOf(NextPage.Done.class);
    }

    @Test
    void readsThatCannotEndWellAreBroken() {
        assertThat(NextPage.after(RESOURCE, FIRST, info(10L, null), 0, 3, 2)).isInstanceOf(NextPage.Broken.class);
        assertThat(NextPage.after(RESOURCE, Map.of("skip", "3"), info(10L, RESOURCE + "?skip=3"), 3, 6, 2))
                .as("a link to the page just read").isInstanceOf(NextPage.Broken.class);
        assertThat(NextPage.after(RESOURCE, FIRST, info(100_000L, null), 100, 25_000, NextPage.MAX_PAGES))
                .isInstanceOfSatisfying(NextPage.Broken.class, b -> assertThat(b.why()).contains("more than 250 pages"));
    }

    @Test
    void aTotalThatIsNoCountIsNoTotal() {
        assertThat(PageInfo.of(-1L, " ").totalRecords()).isEqualTo(OptionalLong.empty());
        assertThat(PageInfo.of(-1L, " ").next()).isEmpty();
        assertThat(PageInfo.NONE.orTotalOf(info(9L, null)).totalRecords()).hasValue(9);
    }
}
