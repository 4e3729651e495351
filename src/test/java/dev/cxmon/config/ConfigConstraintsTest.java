package dev.cxmon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ranges and choices declared on {@link CxoneConfig}, read the way Quarkus reads them (SmallRye's mapping with Bean
 * Validation), and the message each refusal gives through {@link UnreadableConfig}: the key, the value as given, what
 * the key expects and the fix. SmallRye's own wording is never asserted, so an upgrade that changes it fails here.
 */
class ConfigConstraintsTest {

    /** The mapping read from {@code values}, validated like at start-up. */
    static SmallRyeConfig read(Map<String, String> values) {
        return new SmallRyeConfigBuilder()
                .withMapping(CxoneConfig.class)
                .withSources(new PropertiesConfigSource(values, "test", 400))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withValidator(new BeanValidationConfigValidatorImpl())
                .build();
    }

    /** What a start with {@code values} as -D system properties says. */
    static List<ConfigProblem> refusal(Map<String, String> values) {
        Throwable failure = catchThrowable(() -> read(values));
        assertThat(failure).as("the configuration %s is refused", values).isNotNull();
        Properties properties = new Properties();
        properties.putAll(values);
        return UnreadableConfig.explain(new RuntimeException("Failed to start quarkus", failure),
                GivenSettings.read(Map.of(), properties, Path.of("/nonexistent")));
    }

    static ConfigProblem refusal(String key, String value) {
        List<ConfigProblem> problems = refusal(Map.of(key, value));
        assertThat(problems).as(problems.toString()).singleElement().extracting(ConfigProblem::key).isEqualTo(key);
        return problems.get(0);
    }

    @Test
    void theDefaultsAreWithinEveryRange() {
        CxoneConfig config = read(Map.of()).getConfigMapping(CxoneConfig.class);
        assertThat(config.poll().concurrency()).isEqualTo(8);
        assertThat(config.poll().strategy()).isEqualTo(CxoneConfig.Poll.Strategy.AUTO);
        assertThat(config.clientAuthMethod()).isEqualTo(ClientAuthMethod.BASIC);
        assertThat(config.api().historySize()).isEqualTo(20);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "cxone.poll.concurrency      | 0     | '0' is outside 1..256.                            | set how many agents are read at once, e.g. 8",
            "cxone.poll.concurrency      | 257   | '257' is outside 1..256.                          | set how many agents are read at once, e.g. 8",
            "cxone.rate-limit.max-retries| -1    | '-1' is outside 0..10.                            | retry transient failures a few times at most, e.g. 2",
            "cxone.rate-limit.max-retries| 11    | '11' is outside 0..10.                            | retry transient failures a few times at most, e.g. 2",
            "cxone.rate-limit.per-second | -1    | '-1' is not a rate of calls per second from 0 to 10000. | set a number of calls per second such as 20, or 0 for no client-side limit",
            "cxone.rate-limit.per-second | NaN   | 'NaN' is not a rate of calls per second from 0 to 10000. | set a number of calls per second such as 20, or 0 for no client-side limit",
            "cxone.rate-limit.per-second | Infinity | 'Infinity' is not a rate of calls per second from 0 to 10000. | set a number of calls per second such as 20, or 0 for no client-side limit",
            "cxone.shard.count           | 0     | '0' is less than 1.                               | set how many instances share the roster (CXONE_SHARD_COUNT), e.g. 3; 1 means no sharding",
            "cxone.simulator.port        | 99999 | '99999' is outside 0..65535.                      | set a free port between 0 and 65535 (0 picks any free port)",
            "cxone.simulator.port        | -1    | '-1' is outside 0..65535.                         | set a free port between 0 and 65535 (0 picks any free port)",
            "cxone.poll.every            | 500ms | '500ms' is not a duration of at least 1s.         | write a duration such as 30s, 2m or PT30S",
            "cxone.poll.every            | -5s   | '-5s' is not a duration of at least 1s.           | write a duration such as 30s, 2m or PT30S",
            "cxone.poll.every            | 0     | '0' is not a duration of at least 1s.             | write a duration such as 30s, 2m or PT30S",
            "cxone.poll.resolve-every    | 5s    | '5s' is shorter than 10s.                         | re-resolve user names every few minutes, e.g. 10m",
            "cxone.poll.full-resync-every| 10s   | '10s' is shorter than 30s.                        | resynchronise the bulk snapshot every few minutes, e.g. 10m",
            "cxone.shutdown.grace        | 6m    | '6m' is outside 0s..5m.                           | give the poll in flight a few seconds to finish on shutdown, e.g. 10s, and keep it below the container's termination grace period",
            "cxone.shutdown.grace        | -1s   | '-1s' is outside 0s..5m.                          | give the poll in flight a few seconds to finish on shutdown, e.g. 10s, and keep it below the container's termination grace period",
            "cxone.http.connect-timeout  | 0s    | '0s' is not a timeout longer than 0s.             | set how long a call may take, e.g. 5s for connecting and 15s for reading",
            "cxone.http.read-timeout     | -15s  | '-15s' is not a timeout longer than 0s.           | set how long a call may take, e.g. 5s for connecting and 15s for reading",
            "cxone.api.history-size      | 0     | '0' is outside 1..1000.                           | set how many recent changes of each agent GET /api/agents/{ref} shows, e.g. 20",
            "cxone.api.history-size      | 1001  | '1001' is outside 1..1000.                        | set how many recent changes of each agent GET /api/agents/{ref} shows, e.g. 20"})
    void aValueOutsideItsRangeNamesTheKeyTheValueTheRangeAndTheFix(String key, String value, String problem, String fix) {
        ConfigProblem refused = refusal(key, value);
        assertThat(refused.problem()).isEqualTo(problem);
        assertThat(refused.fix()).isEqualTo(fix);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cxone.poll.concurrency      | 1", "cxone.poll.concurrency | 256", "cxone.rate-limit.max-retries | 0",
            "cxone.rate-limit.max-retries| 10", "cxone.rate-limit.per-second | 0", "cxone.rate-limit.per-second | 0.5",
            "cxone.shard.count           | 1", "cxone.simulator.port | 0", "cxone.simulator.port | 65535", "cxone.poll.every | 1s",
            "cxone.poll.resolve-every    | 10s", "cxone.poll.full-resync-every | 30s", "cxone.shutdown.grace | 0s",
            "cxone.shutdown.grace        | 5m", "cxone.http.connect-timeout | 1ms", "cxone.api.history-size | 1",
            "cxone.api.history-size      | 1000"})
    void theBoundsThemselvesAreAccepted(String key, String value) {
        read(Map.of(key, value));
    }

    @Test
    void everyValueOutOfRangeIsReportedAtOnce() {
        assertThat(refusal(Map.of("cxone.poll.concurrency", "0", "cxone.shard.count", "0", "cxone.poll.resolve-every", "1s")))
                .extracting(ConfigProblem::key)
                .containsExactlyInAnyOrder("cxone.poll.concurrency", "cxone.shard.count", "cxone.poll.resolve-every");
    }

    @ParameterizedTest
    @CsvSource({"per-agent, PER_AGENT", "bulk, BULK", "auto, AUTO", "PER_AGENT, PER_AGENT", "' bulk ', BULK"})
    void theDocumentedStrategiesAreRead(String written, CxoneConfig.Poll.Strategy strategy) {
        assertThat(read(Map.of("cxone.poll.strategy", written)).getConfigMapping(CxoneConfig.class).poll().strategy()).isEqualTo(strategy);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fast", "bulkk", "slow", "all"})
    void anUnknownStrategyListsTheStrategies(String written) {
        ConfigProblem refused = refusal("cxone.poll.strategy", written);
        assertThat(refused.problem()).isEqualTo("'" + written + "' is not per-agent, bulk or auto.");
        assertThat(refused.fix()).isEqualTo("set per-agent, bulk or auto, or remove the setting (and its environment variable "
                + "CXONE_POLL_STRATEGY) to use the default auto");
    }

    @ParameterizedTest
    @CsvSource({"basic, BASIC", "post, POST", "BASIC, BASIC", "' Post ', POST", "client_secret_basic, BASIC", "client_secret_post, POST",
            "CLIENT_SECRET_POST, POST"})
    void theClientAuthMethodsAreReadInBothSpellings(String written, ClientAuthMethod method) {
        assertThat(read(Map.of("cxone.client-auth-method", written)).getConfigMapping(CxoneConfig.class).clientAuthMethod()).isEqualTo(method);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jwt", "private_key_jwt", "client_secret", "none", "basic,post"})
    void anUnknownClientAuthMethodSaysBasicOrPost(String written) {
        ConfigProblem refused = refusal("cxone.client-auth-method", written);
        assertThat(refused.problem()).isEqualTo("'" + written + "' is not basic or post.");
        assertThat(refused.fix()).contains("set basic or post", "CXONE_CLIENT_AUTH_METHOD", "the default basic");
    }

    @Test
    void anEmptyClientAuthMethodIsSetButEmpty() {
        assertThat(refusal("cxone.client-auth-method", "").problem()).isEqualTo("is set but empty.");
    }

    @Test
    void aWrongValueAndAMisspeltNameAreReportedTogether() {
        assertThat(refusal(Map.of("cxone.poll.concurrency", "0", "cxone.pol.every", "5s"))).extracting(ConfigProblem::key)
                .containsExactly("cxone.poll.concurrency", "cxone.pol.every");
    }
    @ParameterizedTest
    @ValueSource(strings = {"abc", "4601234,x", "-5", "12 34"})
    void aBusinessUnitThatIsNotANumberIsRefusedWithTheFix(String written) {
        ConfigProblem refused = refusal("cxone.business-units", written);
        assertThat(refused.problem()).startsWith("'" + written + "' ").contains("business unit").contains("number");
        assertThat(refused.fix()).contains("4601234");
    }

    @Test
    void businessUnitsAreAListOfNumbers() {
        assertThat(read(Map.of("cxone.business-units", "4601234,4605678")).getConfigMapping(CxoneConfig.class).businessUnits())
                .hasValue(List.of("4601234", "4605678"));
        assertThat(read(Map.of()).getConfigMapping(CxoneConfig.class).businessUnits()).isEmpty();
    }

    @Test
    void businessUnitsReachTheConnectionSettingsTrimmed() {
        Map<String, String> tenant = Map.of("cxone.simulator.enabled", "false", "cxone.access-token", "a-token");
        Map<String, String> both = new java.util.HashMap<>(tenant);
        both.put("cxone.business-units", "4601234, 4605678");
        assertThat(settings(both).businessUnits()).containsExactly("4601234", "4605678");
        assertThat(settings(tenant).businessUnits()).as("unset: the token's own").isEmpty();
    }

    private static ConnectionSettings settings(Map<String, String> values) {
        return new ConnectionSettingsFactory(read(values).getConfigMapping(CxoneConfig.class), null).fromConfig();
    }
}
