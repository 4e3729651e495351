package dev.cxmon.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StateClassifierTest {

    private static Classification byId(int id) {
        return StateClassifier.classify(id, null, null, null);
    }

    private static void assertClassified(Classification c, AgentStatus status, Availability availability, AgentStateKind kind) {
        assertThat(c.status()).isEqualTo(status);
        assertThat(c.availability()).isEqualTo(availability);
        assertThat(c.kind()).isEqualTo(kind);
    }

    private static Classification byName(String name) {
        return StateClassifier.classify(null, name, null, null);
    }

    @Nested
    class EveryStateId {

        @Test
        void zeroIsLoggedOut() {
            Classification c = byId(0);
            assertClassified(c, AgentStatus.LOGGED_OUT, Availability.LOGGED_OUT, AgentStateKind.LOGGED_OUT);
            assertThat(c.reason()).isEmpty();
        }

        @Test
        void oneIsAvailable() {
            Classification c = byId(1);
            assertClassified(c, AgentStatus.LOGGED_IN, Availability.AVAILABLE, AgentStateKind.AVAILABLE);
            assertThat(c.reason()).isEmpty();
        }

        @Test
        void twoIsUnavailableWithDefaultReason() {
            Classification c = byId(2);
            assertClassified(c, AgentStatus.LOGGED_IN, Availability.UNAVAILABLE, AgentStateKind.UNAVAILABLE);
            assertThat(c.reason()).contains("no reason given");
        }

        @ParameterizedTest(name = "id {0} -> {1}")
        @CsvSource({
            "3, INBOUND_CONTACT, InboundContact",
            "4, OUTBOUND_CONTACT, OutboundContact",
            "5, INBOUND_CONSULT, InboundConsult",
            "6, OUTBOUND_CONSULT, OutboundConsult",
            "7, DIALER, Dialer"
        })
        void workingStates(int id, AgentStateKind kind, String cxoneName) {
            Classification c = byId(id);
            assertClassified(c, AgentStatus.LOGGED_IN, Availability.WORKING, kind);
            assertThat(c.reason()).contains(cxoneName);
        }

        @Test
        void eightIsLoggedInButNotAvailable() {
            Classification c = byId(8);
            assertThat(c.status()).isEqualTo(AgentStatus.LOGGED_IN);
            assertThat(c.availability())
                    .as("logged in is NOT available")
                    .isEqualTo(Availability.UNAVAILABLE)
                    .isNotEqualTo(Availability.AVAILABLE);
            assertThat(c.kind()).isEqualTo(AgentStateKind.LOGGED_IN);
            assertThat(c.reason()).contains("logged in, availability not chosen yet");
        }

        @Test
        void eightIgnoresOutStateReason() {
            Classification c = StateClassifier.classify(8, "LoggedIn", "Break", "B1");
            assertThat(c.availability()).isEqualTo(Availability.UNAVAILABLE);
            assertThat(c.reason()).contains("logged in, availability not chosen yet");
        }
    }

    @Nested
    class NameOnly {

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource({
            "LoggedOut, LOGGED_OUT, LOGGED_OUT, LOGGED_OUT",
            "Available, AVAILABLE, LOGGED_IN, AVAILABLE",
            "Unavailable, UNAVAILABLE, LOGGED_IN, UNAVAILABLE",
            "InboundContact, INBOUND_CONTACT, LOGGED_IN, WORKING",
            "OutboundContact, OUTBOUND_CONTACT, LOGGED_IN, WORKING",
            "InboundConsult, INBOUND_CONSULT, LOGGED_IN, WORKING",
            "OutboundConsult, OUTBOUND_CONSULT, LOGGED_IN, WORKING",
            "Dialer, DIALER, LOGGED_IN, WORKING",
            "LoggedIn, LOGGED_IN, LOGGED_IN, UNAVAILABLE",
            "DialerPending, DIALER_PENDING, LOGGED_IN, WORKING",
            "After Call Work, AFTER_CALL_WORK, LOGGED_IN, ACW",
            "AfterCallWork, AFTER_CALL_WORK, LOGGED_IN, ACW",
            "ACW, AFTER_CALL_WORK, LOGGED_IN, ACW",
            "acw, AFTER_CALL_WORK, LOGGED_IN, ACW",
            "after_call_work, AFTER_CALL_WORK, LOGGED_IN, ACW",
            "after-call-work, AFTER_CALL_WORK, LOGGED_IN, ACW",
            "Logged Out, LOGGED_OUT, LOGGED_OUT, LOGGED_OUT",
            "AVAILABLE, AVAILABLE, LOGGED_IN, AVAILABLE",
            "inbound_contact, INBOUND_CONTACT, LOGGED_IN, WORKING",
            "Dialer Pending, DIALER_PENDING, LOGGED_IN, WORKING"
        })
        void recognisedByName(String name, AgentStateKind kind, AgentStatus status, Availability availability) {
            Classification c = byName(name);
            assertThat(c.kind()).isEqualTo(kind);
            assertThat(c.status()).isEqualTo(status);
            assertThat(c.availability()).isEqualTo(availability);
        }

        @Test
        void afterCallWorkReasonIsItsCxoneName() {
            assertThat(byName("After Call Work").reason()).contains("AfterCallWork");
            assertThat(byName("DialerPending").reason()).contains("DialerPending");
        }

        @Test
        void unavailableByNameCarriesReason() {
            Classification c = StateClassifier.classify(null, "Unavailable", "Lunch", null);
            assertThat(c.availability()).isEqualTo(Availability.UNAVAILABLE);
            assertThat(c.reason()).contains("Lunch");
        }

        @Test
        void nameUnknownIsNotTheUnknownKindByName() {
            // "Unknown" is the enum's own placeholder, not a CXone state name: treated as unrecognised.
            Classification c = byName("Unknown");
            assertClassified(c, AgentStatus.LOGGED_IN, Availability.UNKNOWN, AgentStateKind.UNKNOWN);
            assertThat(c.reason()).contains("unrecognised state Unknown");
        }
    }

    @Nested
    class IdAndName {

        @Test
        void matchingIdAndName() {
            Classification c = StateClassifier.classify(1, "Available", null, null);
            assertThat(c.kind()).isEqualTo(AgentStateKind.AVAILABLE);
            assertThat(c.availability()).isEqualTo(Availability.AVAILABLE);
        }

        @Test
        void idTakesPrecedenceOverName() {
            Classification c = StateClassifier.classify(1, "Unavailable", "Break", null);
            assertThat(c.kind()).isEqualTo(AgentStateKind.AVAILABLE);
            assertThat(c.availability()).isEqualTo(Availability.AVAILABLE);
            assertThat(c.reason()).isEmpty();

            Classification loggedOut = StateClassifier.classify(0, "Available", null, null);
            assertThat(loggedOut.status()).isEqualTo(AgentStatus.LOGGED_OUT);
        }

        @Test
        void unknownIdWithKnownNameUsesName() {
            Classification c = StateClassifier.classify(42, "Available", null, null);
            assertThat(c.kind()).isEqualTo(AgentStateKind.AVAILABLE);
            assertThat(c.status()).isEqualTo(AgentStatus.LOGGED_IN);
            assertThat(c.availability()).isEqualTo(Availability.AVAILABLE);
        }

        @Test
        void negativeIdIsNotMatchedToNameOnlyKinds() {
            // DialerPending/AfterCallWork/Unknown carry id -1 internally; -1 must not select them.
            Classification c = StateClassifier.classify(-1, null, null, null);
            assertThat(c.kind()).isEqualTo(AgentStateKind.UNKNOWN);
            assertThat(c.availability()).isEqualTo(Availability.UNKNOWN);
            assertThat(c.reason()).hasValueSatisfying(r -> assertThat(r).contains("agentStateId -1"));
        }

        @Test
        void impossibleIdWinsOverAPlausibleName() {
            Classification c = StateClassifier.classify(-5, "Available", null, null);
            assertClassified(c, AgentStatus.ERROR, Availability.UNKNOWN, AgentStateKind.UNKNOWN);
            assertThat(c.reason()).hasValueSatisfying(r -> assertThat(r).contains("agentStateId -5"));
        }

        @Test
        void unknownIdAndUnknownNameIsLoggedInUnknown() {
            Classification c = StateClassifier.classify(42, "Meditating", null, null);
            assertClassified(c, AgentStatus.LOGGED_IN, Availability.UNKNOWN, AgentStateKind.UNKNOWN);
            assertThat(c.reason()).contains("unrecognised state Meditating");
        }

        @Test
        void unknownIdWithoutNameShowsId() {
            Classification c = StateClassifier.classify(99, null, null, null);
            assertThat(c.status()).isEqualTo(AgentStatus.LOGGED_IN);
            assertThat(c.availability()).isEqualTo(Availability.UNKNOWN);
            assertThat(c.reason()).contains("unrecognised state id 99");
        }

        @Test
        void unknownIdWithBlankNameShowsId() {
            Classification c = StateClassifier.classify(99, "   ", null, null);
            assertThat(c.status()).isEqualTo(AgentStatus.LOGGED_IN);
            assertThat(c.reason()).contains("unrecognised state id 99");
        }
    }

    @Nested
    class NothingAtAll {

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t\n"})
        void blankNameAndNoIdIsError(String blank) {
            Classification c = StateClassifier.classify(null, blank, "Break", "B1");
            assertClassified(c, AgentStatus.ERROR, Availability.UNKNOWN, AgentStateKind.UNKNOWN);
        }

        @Test
        void allNullIsError() {
            Classification c = StateClassifier.classify(null, null, null, null);
            assertClassified(c, AgentStatus.ERROR, Availability.UNKNOWN, AgentStateKind.UNKNOWN);
            assertThat(c.reason()).contains("the record carries no agentStateId or agentStateName");
        }
    }

    @Nested
    class UnavailableReason {

        @Test
        void descriptionFirst() {
            assertThat(StateClassifier.classify(2, null, "Break", "B1").reason()).contains("Break");
        }

        @Test
        void codeWhenNoDescription() {
            assertThat(StateClassifier.classify(2, null, null, "B1").reason()).contains("B1");
        }

        @Test
        void codeWhenDescriptionBlank() {
            assertThat(StateClassifier.classify(2, null, "  ", "B1").reason()).contains("B1");
        }

        @Test
        void defaultWhenBothMissingOrBlank() {
            assertThat(StateClassifier.classify(2, null, null, null).reason()).contains("no reason given");
            assertThat(StateClassifier.classify(2, null, "", " ").reason()).contains("no reason given");
        }

        @Test
        void reasonIsIgnoredForAvailable() {
            assertThat(StateClassifier.classify(1, null, "Break", "B1").reason()).isEmpty();
        }

        @Test
        void loggedOutHasNoReasonEvenWithOutState() {
            assertThat(StateClassifier.classify(0, null, "Break", "B1").reason()).isEmpty();
        }
    }

    /** After-call work is its own availability (the contract's decision): the flag first, the code's name where it is absent. */
    @Nested
    class AfterCallWork {

        private Classification withFlag(Integer id, String description, String code, Boolean isAcw) {
            return StateClassifier.classify(id, null, description, code, isAcw);
        }

        @Test
        void isAcwTrueIsAcwWhateverTheUnavailableCode() {
            Classification c = withFlag(2, "Wrap up", "17", true);
            assertClassified(c, AgentStatus.LOGGED_IN, Availability.ACW, AgentStateKind.AFTER_CALL_WORK);
            assertThat(c.reason()).contains("Wrap up");
            assertThat(withFlag(2, null, null, true).reason()).contains("AfterCallWork");
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"ACW", "acw", "After Call Work", "after call work", "AfterCallWork", "after_call_work", " After  Call Work "})
        void anUnavailableCodeNamedAfterCallWorkIsAcwWhenTheFlagIsAbsent(String description) {
            Classification c = withFlag(2, description, "5", null);
            assertClassified(c, AgentStatus.LOGGED_IN, Availability.ACW, AgentStateKind.AFTER_CALL_WORK);
            assertThat(c.reason()).contains(description);
        }

        @Test
        void theCodeIdNamingAfterCallWorkCountsWhenThereIsNoDescription() {
            assertThat(withFlag(2, null, "ACW", null).availability()).isEqualTo(Availability.ACW);
        }

        @Test
        void aCodeNamedAfterCallWorkOutweighsAFalseFlag() {
            // A tenant (and the simulator) may send isACW=false beside a code called After Call Work: it is still not a break.
            assertThat(withFlag(2, "After Call Work", "1", false).availability()).isEqualTo(Availability.ACW);
        }

        @Test
        void otherCodesStayUnavailable() {
            for (Boolean flag : new Boolean[] {null, false}) {
                Classification c = withFlag(2, "Break", "3", flag);
                assertClassified(c, AgentStatus.LOGGED_IN, Availability.UNAVAILABLE, AgentStateKind.UNAVAILABLE);
                assertThat(c.reason()).contains("Break");
            }
        }

        @Test
        void theFlagNeverLogsAnAgentIn() {
            assertClassified(withFlag(0, null, null, true), AgentStatus.LOGGED_OUT, Availability.LOGGED_OUT, AgentStateKind.LOGGED_OUT);
            assertThat(withFlag(null, null, null, true).status()).isEqualTo(AgentStatus.ERROR);
        }

        @Test
        void theFourArgumentFormHasNoFlag() {
            assertThat(StateClassifier.classify(2, null, "Break", null)).isEqualTo(withFlag(2, "Break", null, null));
            assertThat(StateClassifier.classify(2, null, "ACW", null).availability()).isEqualTo(Availability.ACW);
        }
    }

    @Nested
    class ReasonLabel {

        private java.util.Optional<String> label(Integer id, String description, String code) {
            return dev.cxmon.state.UnavailableReason.label(StateClassifier.classify(id, null, description, code), description, code);
        }

        @Test
        void theDescriptionElseTheCodeElseUnknown() {
            assertThat(label(2, "Break", "12")).contains("Break");
            assertThat(label(2, null, "12")).contains("12");
            assertThat(label(2, " ", "")).contains("Unknown");
            assertThat(label(2, null, null)).contains("Unknown");
        }

        @Test
        void stateEightIsLoggedInWhateverTheCode() {
            assertThat(label(8, "Break", "12")).contains("LoggedIn");
        }

        @Test
        void onlyWhileUnavailable() {
            assertThat(label(1, "Break", "12")).isEmpty();
            assertThat(label(3, "Break", "12")).isEmpty();
            assertThat(label(0, "Break", "12")).isEmpty();
            assertThat(label(2, "ACW", "12")).as("after-call work is no unavailable reason").isEmpty();
            assertThat(label(null, "Break", "12")).isEmpty();
        }

        @Test
        void boundedAndOnOneLine() {
            String longName = "x".repeat(500);
            assertThat(label(2, longName, null)).hasValueSatisfying(l -> assertThat(l).hasSize(dev.cxmon.state.UnavailableReason.MAX_LENGTH));
            assertThat(label(2, "  Coffee \t  break ", null)).contains("Coffee break");
            // a surrogate pair is never cut in half
            String emoji = "a".repeat(dev.cxmon.state.UnavailableReason.MAX_LENGTH - 1) + "\uD83D\uDE00";
            assertThat(label(2, emoji, null)).hasValueSatisfying(l -> assertThat(Character.isHighSurrogate(l.charAt(l.length() - 1))).isFalse());
        }
    }

    @Test
    void loggedOutFactoryKeepsReason() {
        Classification c = Classification.loggedOut("gone home");
        assertThat(c.status()).isEqualTo(AgentStatus.LOGGED_OUT);
        assertThat(c.availability()).isEqualTo(Availability.LOGGED_OUT);
        assertThat(c.reason()).isEqualTo(Optional.of("gone home"));
        assertThat(Classification.loggedOut(null).reason()).isEmpty();
    }

    @Test
    void onlyLoggedOutGivesLoggedOutAvailability() {
        for (int id = 0; id <= 8; id++) {
            Classification c = byId(id);
            assertThat(c.availability() == Availability.LOGGED_OUT).as("id %d", id).isEqualTo(id == 0);
            assertThat(c.status() == AgentStatus.LOGGED_OUT).as("id %d", id).isEqualTo(id == 0);
            assertThat(c.status()).as("id %d", id).isNotEqualTo(AgentStatus.ERROR);
        }
    }

    // --- properties ---------------------------------------------------------------------------

    @Property
    void neverThrowsAndAlwaysAnswers(@ForAll("stateIds") Integer id, @ForAll("texts") String name,
            @ForAll("texts") String description, @ForAll("texts") String code) {
        assertThatCode(() -> StateClassifier.classify(id, name, description, code)).doesNotThrowAnyException();
        Classification c = StateClassifier.classify(id, name, description, code);
        assertThat(c).isNotNull();
        assertThat(c.status()).isNotNull();
        assertThat(c.availability()).isNotNull();
        assertThat(c.kind()).isNotNull();
        assertThat(c.reason()).isNotNull();
        // Consistency: ERROR only when there is no state at all or an ID no state can have (negative);
        // LOGGED_OUT status iff LOGGED_OUT availability.
        if (c.status() == AgentStatus.ERROR) {
            assertThat(id == null && (name == null || name.isBlank()) || id != null && id < 0).as("id %s, name %s", id, name).isTrue();
        }
        assertThat(c.status() == AgentStatus.LOGGED_OUT).isEqualTo(c.availability() == Availability.LOGGED_OUT);
    }

    @Property
    void withAnyFlagNeverThrowsAndAcwIsALoggedInAgent(@ForAll("stateIds") Integer id, @ForAll("texts") String name,
            @ForAll("texts") String description, @ForAll("texts") String code, @ForAll("flags") Boolean isAcw) {
        Classification c = StateClassifier.classify(id, name, description, code, isAcw);
        assertThat(c.status() == AgentStatus.LOGGED_OUT).isEqualTo(c.availability() == Availability.LOGGED_OUT);
        if (c.availability() == Availability.ACW) {
            assertThat(c.status()).isEqualTo(AgentStatus.LOGGED_IN);
            assertThat(c.kind()).isEqualTo(AgentStateKind.AFTER_CALL_WORK);
        }
        assertThat(dev.cxmon.state.UnavailableReason.label(c, description, code).isPresent()).isEqualTo(c.availability() == Availability.UNAVAILABLE);
    }

    @Provide
    Arbitrary<Boolean> flags() {
        return Arbitraries.of(true, false).injectNull(0.3);
    }

    @Property
    void knownIdAlwaysWinsOverAnyName(@ForAll("knownIds") int id, @ForAll("texts") String name) {
        assertThat(StateClassifier.classify(id, name, null, null).kind()).isEqualTo(byId(id).kind());
    }

    @Provide
    Arbitrary<Integer> stateIds() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-2, 10),
                Arbitraries.integers(),
                Arbitraries.just(null));
    }

    @Provide
    Arbitrary<Integer> knownIds() {
        return Arbitraries.integers().between(0, 8);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withChars(" _-\t\n").ofMaxLength(5),
                Arbitraries.of("LoggedOut", "Available", "Unavailable", "InboundContact", "OutboundContact", "InboundConsult",
                        "OutboundConsult", "Dialer", "LoggedIn", "DialerPending", "After Call Work", "ACW", "Unknown", "", " "),
                Arbitraries.just(null));
    }
}
