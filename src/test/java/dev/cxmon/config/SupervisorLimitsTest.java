package dev.cxmon.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * cxone.supervisor.*: read the way Quarkus reads them (SmallRye with Bean Validation, see {@link ConfigConstraintsTest}),
 * a given key wins over the defaults, demo mode has its own defaults, and a malformed reason limit is named entry by entry.
 */
class SupervisorLimitsTest {

    private static final SupervisorLimits DEMO = new SupervisorLimits(Map.of("Break", Duration.ofMinutes(2)), Duration.ofMinutes(5),
            Duration.ofMinutes(2), 6);

    /** Credentials make the configuration a real one; without them the embedded simulator runs (demo mode). */
    private static final Map<String, String> REAL = Map.of("cxone.client-id", "id", "cxone.client-secret", "secret", "cxone.username", "key",
            "cxone.password", "key-secret");

    private static SupervisorLimitsFactory factory(Map<String, String> values) {
        return new SupervisorLimitsFactory(ConfigConstraintsTest.read(values).getConfigMapping(CxoneConfig.class), new DemoLimitsOnly());
    }

    private static Map<String, String> real(String... keyValues) {
        Map<String, String> values = new HashMap<>(REAL);
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        return values;
    }

    @Test
    void unsetKeysTakeTheDefaults() {
        assertThat(factory(REAL).limits()).isEqualTo(new SupervisorLimits(Map.of(), Duration.ofMinutes(30), Duration.ofMinutes(10), 10));
        assertThat(factory(REAL).problems()).isEmpty();
    }

    @Test
    void demoModeHasItsOwnDefaults() {
        assertThat(factory(Map.of()).limits()).isEqualTo(DEMO);
    }

    @Test
    void aGivenKeyWinsOverTheDemoDefaultAndTheOthersStay() {
        SupervisorLimits limits = factory(Map.of("cxone.supervisor.reason-limits", "Lunch=1h", "cxone.supervisor.flapping-changes", "4"))
                .limits();
        assertThat(limits.reasonLimits()).isEqualTo(Map.of("Lunch", Duration.ofHours(1)));
        assertThat(limits.flappingChanges()).isEqualTo(4);
        assertThat(limits.defaultReasonLimit()).isEqualTo(Duration.ofMinutes(5));
        assertThat(limits.neverAvailableLimit()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void everyKeyIsReadAsWritten() {
        SupervisorLimits limits = factory(real("cxone.supervisor.reason-limits", " Break = 15m , Team Meeting=PT45M,Lunch=3600,",
                "cxone.supervisor.default-reason-limit", "20m", "cxone.supervisor.never-available-limit", "90s",
                "cxone.supervisor.flapping-changes", "12")).limits();
        assertThat(limits).isEqualTo(new SupervisorLimits(Map.of("Break", Duration.ofMinutes(15), "Team Meeting", Duration.ofMinutes(45),
                "Lunch", Duration.ofHours(1)), Duration.ofMinutes(20), Duration.ofSeconds(90), 12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Break=15m,Lunch          | entry 'Lunch' is not <reason>=<limit>.",
            "Break=15m,=10m           | entry '=10m' is not <reason>=<limit>.",
            "Break=                   | entry 'Break=' is not <reason>=<limit>.",
            "Break=15m,Lunch=soon     | entry 'Lunch=soon': 'soon' is not a duration of at least 1s.",
            "Break=500ms              | entry 'Break=500ms': '500ms' is not a duration of at least 1s.",
            "Break=-5m                | entry 'Break=-5m': '-5m' is not a duration of at least 1s."})
    void aMalformedEntryIsNamedWithTheFormat(String written, String problem) {
        SupervisorLimitsFactory factory = factory(real("cxone.supervisor.reason-limits", written));
        assertThat(factory.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("cxone.supervisor.reason-limits");
            assertThat(p.problem()).isEqualTo(problem);
            assertThat(p.fix()).isEqualTo("write each entry as <reason>=<limit>, comma-separated, with the reason as CXone names the "
                    + "unavailable code and a duration such as 15m, 1h or 90s, e.g. cxone.supervisor.reason-limits=Break=15m,Lunch=60m");
        });
        assertThat(factory.limits().reasonLimits()).as("unusable: the default's").isEmpty();
    }

    @Test
    void everyBadEntryIsReportedAtOnce() {
        assertThat(factory(real("cxone.supervisor.reason-limits", "Break,Lunch=x,Training=1h")).problems()).extracting(ConfigProblem::problem)
                .containsExactly("entry 'Break' is not <reason>=<limit>.", "entry 'Lunch=x': 'x' is not a duration of at least 1s.");
    }

    @Test
    void loggedInIsRefusedAsAReasonWithTheKeyThatLimitsIt() {
        assertThat(factory(real("cxone.supervisor.reason-limits", "Break=15m,loggedin=5m")).problems()).singleElement().satisfies(p -> {
            assertThat(p.problem()).isEqualTo("entry 'loggedin=5m' sets a limit for LoggedIn, which is no unavailable reason but a login "
                    + "without availability.");
            assertThat(p.fix()).isEqualTo("remove it, and set cxone.supervisor.never-available-limit=5m instead");
        });
    }

    @Test
    void aReasonGivenTwiceWhateverItsCaseIsRefused() {
        assertThat(factory(real("cxone.supervisor.reason-limits", "Break=15m,BREAK=20m")).problems()).singleElement()
                .extracting(ConfigProblem::problem).isEqualTo("entry 'BREAK=20m' gives reason BREAK a second limit (after 'Break=15m'; reasons "
                        + "are matched without regard to case).");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "cxone.supervisor.default-reason-limit  | 0s   | '0s' is shorter than 1s.   | set how long an agent may stay in that state before the supervisors hear of it, e.g. 15m",
            "cxone.supervisor.never-available-limit | -1m  | '-1m' is shorter than 1s.  | set how long an agent may stay in that state before the supervisors hear of it, e.g. 15m",
            "cxone.supervisor.flapping-changes      | 1    | '1' is outside 2..1000.    | set how many availability changes in 15 minutes make an agent flapping, e.g. 10",
            "cxone.supervisor.flapping-changes      | 1001 | '1001' is outside 2..1000. | set how many availability changes in 15 minutes make an agent flapping, e.g. 10"})
    void aLimitOutOfRangeIsRefusedWhenTheConfigurationIsRead(String key, String value, String problem, String fix) {
        ConfigProblem refused = ConfigConstraintsTest.refusal(key, value);
        assertThat(refused.problem()).isEqualTo(problem);
        assertThat(refused.fix()).isEqualTo(fix);
    }

    @Test
    void aLimitThatIsNoDurationIsRefusedNamingTheKey() {
        assertThat(ConfigConstraintsTest.refusal("cxone.supervisor.never-available-limit", "soon").problem()).isEqualTo("'soon' cannot be read.");
    }

    @Test
    void aReasonLimitAppliesWhateverTheCaseOfTheReason() {
        SupervisorLimits limits = new SupervisorLimits(Map.of("break", Duration.ofMinutes(15)), Duration.ofMinutes(30), Duration.ofMinutes(10), 10);
        assertThat(limits.limitOf("Break")).isEqualTo(Duration.ofMinutes(15));
        assertThat(limits.limitOf("Training")).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theExportedLimitsAreTheConfiguredReasonsAndTheReasonsSeenUnderCxonesSpellingWithoutLoggedIn() {
        SupervisorLimits limits = new SupervisorLimits(Map.of("break", Duration.ofMinutes(15), "Lunch", Duration.ofHours(1)),
                Duration.ofMinutes(30), Duration.ofMinutes(10), 10);
        assertThat(limits.exported(List.of("Break", "Training", "LoggedIn", "Unknown"))).containsExactly(
                Map.entry("Break", Duration.ofMinutes(15)), Map.entry("Lunch", Duration.ofHours(1)),
                Map.entry("Training", Duration.ofMinutes(30)), Map.entry("Unknown", Duration.ofMinutes(30)));
        assertThat(limits.exported(List.of())).containsOnlyKeys("break", "Lunch");
    }

    /** Demo mode's part of {@link DemoDefaults}: what these tests need, nothing that would start the simulator. */
    private static final class DemoLimitsOnly implements DemoDefaults {
        @Override
        public URI simulatorUrl() {
            throw new UnsupportedOperationException();
        }

        @Override
        public KeyPair application() {
            throw new UnsupportedOperationException();
        }

        @Override
        public KeyPair accessKey() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> roster() {
            throw new UnsupportedOperationException();
        }

        @Override
        public SupervisorLimits supervisorLimits() {
            return DEMO;
        }
    }
}
