package dev.cxmon.cxone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxmon.cxone.AgentRef.Kind;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AgentRefTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "1234", "30000000001", "000123", "123456789012345678"})
    void digitsAreAgentIds(String text) {
        assertThat(AgentRef.parse(text)).isEqualTo(new AgentRef(text, Kind.AGENT_ID));
    }

    @Test
    void surroundingWhitespaceIsTrimmed() {
        assertThat(AgentRef.parse("  1234\t")).isEqualTo(new AgentRef("1234", Kind.AGENT_ID));
        assertThat(AgentRef.parse(" jdoe@example.com ")).isEqualTo(new AgentRef("jdoe@example.com", Kind.USER_NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11111111-2222-3333-4444-555555555555", "6F1C0A3E-ABCD-4EF0-9A1B-0123456789AB",
            "6f1c0a3e-abcd-4ef0-9a1b-0123456789ab"})
    void uuidsAreUserIds(String text) {
        assertThat(AgentRef.parse(text)).isEqualTo(new AgentRef(text, Kind.USER_ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdoe@example.com", "jdoe", "agent.1234", "-5", "12a", "1234567890123456789",
            "11111111-2222-3333-4444-55555555555", "11111111222233334444555555555555", "{11111111-2222-3333-4444-555555555555}",
            "zzzzzzzz-2222-3333-4444-555555555555", "DOMAIN@user"})
    void everythingElseWithoutSeparatorsIsAUserName(String text) {
        assertThat(AgentRef.parse(text)).isEqualTo(new AgentRef(text, Kind.USER_NAME));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "john doe", "a/b", "a\\b", "who?", "a#b", "12 34"})
    void invalid(String text) {
        AgentRef ref = AgentRef.parse(text);
        assertThat(ref.kind()).isEqualTo(Kind.INVALID);
        assertThat(ref.text()).isEqualTo(text == null ? "" : text.trim());
    }

    @Test
    void userNameLengthLimit() {
        assertThat(AgentRef.parse("u".repeat(256)).kind()).isEqualTo(Kind.USER_NAME);
        assertThat(AgentRef.parse("u".repeat(257)).kind()).isEqualTo(Kind.INVALID);
    }

    @Property(tries = 200)
    void everyNonNegativeLongIsAnAgentId(@ForAll @LongRange(min = 0, max = 999_999_999_999_999_999L) long id) {
        assertThat(AgentRef.parse(Long.toString(id)).kind()).isEqualTo(Kind.AGENT_ID);
    }

    @Property(tries = 300)
    void parseIsTotal(@ForAll String text) {
        AgentRef ref = AgentRef.parse(text);
        assertThat(ref.kind()).isNotNull();
        assertThat(ref.text()).isEqualTo(text.trim());
    }
}
