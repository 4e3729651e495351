package dev.cxmon.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.ConfigValidationException.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Values SmallRye refused to convert, turned into key, problem and fix from the value as given and the type the mapping
 * declares; SmallRye's wording is not read (it is a placeholder below), so an upgrade cannot break the explanation.
 */
class UnreadableConfigTest {

    private static final Throwable STARTUP_FAILURE = new RuntimeException("Failed to start quarkus",
            new ConfigValidationException(new Problem[] {new Problem("whatever SmallRye says")}));

    private static List<ConfigProblem> explain(Map<String, String> systemProperties) {
        Properties properties = new Properties();
        properties.putAll(systemProperties);
        return UnreadableConfig.explain(STARTUP_FAILURE, GivenSettings.read(Map.of(), properties, Path.of("/nonexistent")));
    }

    @Test
    void anEmptyEnvironmentVariableNamesItsKeyAndTheDefaultItHides() {
        List<ConfigProblem> problems = UnreadableConfig.explain(STARTUP_FAILURE,
                GivenSettings.read(Map.of("CXONE_POLL_EVERY", ""), new Properties(), Path.of("/nonexistent")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("cxone.poll.every");
            assertThat(p.problem()).isEqualTo("is set but empty.");
            assertThat(p.fix()).contains("a duration such as 500ms, 30s", "CXONE_POLL_EVERY", "the default 30s");
        });
    }

    @Test
    void eachUnreadableValueSaysWhatItsTypeExpects() {
        List<ConfigProblem> problems = explain(Map.of("cxone.poll.resolve-every", "abc", "cxone.poll.concurrency", "x",
                "cxone.rate-limit.per-second", "fast", "cxone.shard.index", "a", "cxone.shard.count", "3", "cxone.http.read-timeout", "5s"));
        assertThat(problems).extracting(ConfigProblem::describe).containsExactlyInAnyOrder(
                "cxone.poll.resolve-every: 'abc' cannot be read. Fix: set a duration such as 500ms, 30s, 5m or 1h, or remove the "
                        + "setting (and its environment variable CXONE_POLL_RESOLVE_EVERY) to use the default 10m",
                "cxone.poll.concurrency: 'x' cannot be read. Fix: set a whole number, or remove the setting (and its environment "
                        + "variable CXONE_POLL_CONCURRENCY) to use the default 8",
                "cxone.rate-limit.per-second: 'fast' cannot be read. Fix: set a number such as 20 or 0.5, or remove the setting "
                        + "(and its environment variable CXONE_RATE_LIMIT_PER_SECOND) to use the default 20",
                "cxone.shard.index: 'a' cannot be read. Fix: set a whole number, or remove the setting (and its environment "
                        + "variable CXONE_SHARD_INDEX)");
    }

    @Test
    void aKeyOutsideTheMonitorIsNamedWithoutGuessingItsType() {
        Throwable failure = new RuntimeException(new ConfigValidationException(new Problem[] {new Problem(
                "SRCFG00039: The config property quarkus.http.port with the config value \"http\" threw an Exception whilst being converted")}));
        Properties properties = new Properties();
        properties.put("quarkus.http.port", "http");
        assertThat(UnreadableConfig.explain(failure, GivenSettings.read(Map.of(), properties, Path.of("/nonexistent")))).singleElement()
                .satisfies(p -> assertThat(p.describe()).contains("quarkus.http.port", "\"http\"", "correct or remove"));
    }

    @Test
    void aMisspeltNameIsReportedAlongsideAnUnreadableValueNotOnTheNextAttempt() {
        assertThat(explain(Map.of("cxone.poll.concurrency", "x", "cxone.pol.every", "5s"))).extracting(ConfigProblem::key)
                .containsExactly("cxone.poll.concurrency", "cxone.pol.every");
    }

    @Test
    void aViolatedConstraintIsFoundByItsKeyInEitherSpellingSmallRyeWritesIt() {
        GivenSettings given = GivenSettings.read(Map.of("CXONE_RATE_LIMIT_MAX_RETRIES", "11"), new Properties(), Path.of("/nonexistent"));
        for (String name : List.of("cxone.rate-limit.max-retries", "cxone.rateLimit.max-retries", "cxone.rateLimit.maxRetries")) {
            assertThat(UnreadableConfig.outOfRange(name + " is outside 0..10. Fix: retry a few times at most", given)).as(name)
                    .contains(new ConfigProblem("cxone.rate-limit.max-retries", "'11' is outside 0..10.", "retry a few times at most"));
        }
        assertThat(UnreadableConfig.outOfRange("quarkus.http.port must be less than or equal to 65535", given)).isEmpty();
        assertThat(UnreadableConfig.outOfRange("SRCFG00039: The config property cxone.poll.every ...", given)).isEmpty();
    }

    @Test
    void aFailureThatIsNotAboutConfigurationIsLeftToQuarkus() {
        assertThat(UnreadableConfig.explain(new IllegalStateException("port 8080 in use"))).isEmpty();
    }

    @Test
    void propertyPathsFollowTheMappingsKebabCase() throws Exception {
        assertThat(UnreadableConfig.property(CxoneConfig.class, "http.read-timeout"))
                .contains(CxoneConfig.Http.class.getMethod("readTimeout"));
        assertThat(UnreadableConfig.property(CxoneConfig.class, "poll.no-such-key")).isEmpty();
    }
}
