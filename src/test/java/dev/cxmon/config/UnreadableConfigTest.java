package dev.cxmon.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.ConfigValidationException.Problem;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SmallRye's own wording (3.x) for values it cannot convert, turned into key, problem and fix. */
class UnreadableConfigTest {

    private static Throwable startupFailure(String... messages) {
        Problem[] problems = Arrays.stream(messages).map(Problem::new).toArray(Problem[]::new);
        return new RuntimeException("Failed to start quarkus", new ConfigValidationException(problems));
    }

    @Test
    void anEmptyEnvironmentVariableNamesItsKeyAndTheDefaultItHides() {
        List<ConfigProblem> problems = UnreadableConfig.explain(startupFailure("SRCFG00040: The config property cxone.poll.every is "
                + "defined as the empty String (\"\") which the following Converter considered to be null: "
                + "io.smallrye.config.Converters$BuiltInConverter"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("cxone.poll.every");
            assertThat(p.problem()).isEqualTo("is set but empty.");
            assertThat(p.fix()).contains("a value such as 30s", "CXONE_POLL_EVERY", "the default 30s");
        });
    }

    @Test
    void eachUnreadableValueSaysWhatItsTypeExpects() {
        List<ConfigProblem> problems = UnreadableConfig.explain(startupFailure(
                "SRCFG00039: The config property cxone.poll.resolve-every with the config value \"abc\" threw an Exception whilst "
                        + "being converted Invalid duration: abc",
                "SRCFG00039: The config property cxone.poll.concurrency with the config value \"x\" threw an Exception whilst "
                        + "being converted SRCFG00029: Expected an integer value, got \"x\"",
                "SRCFG00039: The config property cxone.rate-limit.per-second with the config value \"fast\" threw an Exception whilst "
                        + "being converted",
                "SRCFG00039: The config property cxone.shard.index with the config value \"a\" threw an Exception whilst being converted"));
        assertThat(problems).extracting(ConfigProblem::describe).containsExactly(
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
        assertThat(UnreadableConfig.explain(startupFailure("SRCFG00039: The config property quarkus.http.port with the config value "
                + "\"http\" threw an Exception whilst being converted"))).singleElement()
                .extracting(ConfigProblem::describe).isEqualTo("quarkus.http.port: 'http' cannot be read. Fix: correct or remove quarkus.http.port");
    }

    @Test
    void aMisspeltKeyIsNamedAsUnknownWithoutSmallRyesCode() {
        assertThat(UnreadableConfig.explain(startupFailure("SRCFG00050: cxone.pol.every in SysPropConfigSource does not map to any root")))
                .singleElement().extracting(ConfigProblem::describe).isEqualTo("cxone.pol.every: is not a setting this monitor knows (found in "
                        + "SysPropConfigSource). Fix: check its spelling against the configuration table in README.md, or remove it");
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
