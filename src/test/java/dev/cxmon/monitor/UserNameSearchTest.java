package dev.cxmon.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text one search for several user names asks for. */
class UserNameSearchTest {

    @Test
    void theLongestTextEveryNameContains() {
        assertThat(UserNameSearch.sharedText(List.of("noskills@demo.example", "notagent@demo.example"))).hasValue("@demo.example");
        assertThat(UserNameSearch.sharedText(List.of("ann.lee@acme.example", "bob.lee@acme.example", "lee.kim@acme.example")))
                .hasValue("@acme.example");
        assertThat(UserNameSearch.sharedText(List.of("ann.lee@acme.example", "bob.lee@acme.example"))).hasValue(".lee@acme.example");
    }

    @Test
    void noSearchForTextTooShortToNarrowIt() {
        assertThat(UserNameSearch.sharedText(List.of("alice", "bob"))).isEmpty();
        assertThat(UserNameSearch.sharedText(List.of("xab", "yab"))).isEmpty();
        assertThat(UserNameSearch.sharedText(List.of("xabc", "yabc"))).hasValue("abc");
    }
}
