package dev.cxmon.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigValidatorTest {

    /** A hand-written stand-in for the SmallRye @ConfigMapping, with the mapping's defaults. */
    record FakeConfig(
            Optional<String> clientId,
            Optional<String> clientSecret,
            Optional<String> username,
            Optional<String> password,
            Optional<String> region,
            Optional<String> accessToken,
            Optional<String> authUrl,
            Optional<String> apiUrl,
            String apiVersion,
            ClientAuthMethod clientAuthMethod,
            Optional<List<String>> roster,
            Optional<String> rosterFile,
            Optional<String> apiToken,
            CxoneConfig.Http http,
            CxoneConfig.Poll poll,
            CxoneConfig.Simulator simulator) implements CxoneConfig {

        @Override
        public CxoneConfig.Shard shard() {
            return new FakeShard(1, Optional.empty());
        }

        @Override
        public CxoneConfig.Metrics metrics() {
            return new CxoneConfig.Metrics() {
                @Override
                public boolean perAgent() {
                    return true;
                }

                @Override
                public boolean agentNames() {
                    return true;
                }

                @Override
                public boolean skills() {
                    return true;
                }
            };
        }

        @Override
        public Optional<List<String>> skills() {
            return Optional.empty();
        }

        @Override
        public Optional<List<String>> businessUnits() {
            return Optional.empty();
        }

        @Override
        public CxoneConfig.Shutdown shutdown() {
            return () -> Duration.ofSeconds(10);
        }

        @Override
        public CxoneConfig.Api api() {
            return new FakeApi(20);
        }

        @Override
        public CxoneConfig.Supervisor supervisor() {
            return new FakeSupervisor(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        @Override
        public CxoneConfig.RateLimit rateLimit() {
            // A record, not an anonymous class: Quarkus refuses the method validation a constrained method brings to one.
            return new FakeRateLimit(20, 2);
        }

        static FakeConfig defaults() {
            return new FakeConfig(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), "27.0", ClientAuthMethod.BASIC, Optional.empty(), Optional.empty(),
                    Optional.empty(), new FakeHttp(Duration.ofSeconds(5), Duration.ofSeconds(15)), new FakePoll(Duration.ofSeconds(30), Optional.empty(), 8),
                    new FakeSimulator(Optional.empty(), 0, Optional.empty()));
        }

        static FakeConfig withGrant() {
            return defaults().clientId("app-id").clientSecret("app-secret").username("key-id").password("key-secret");
        }

        FakeConfig simulatorEnabled(boolean enabled) {
            return new FakeConfig(clientId, clientSecret, username, password, region, accessToken, authUrl, apiUrl, apiVersion,
                    clientAuthMethod, roster, rosterFile, apiToken, http, poll, new FakeSimulator(Optional.of(enabled), 0, Optional.empty()));
        }

        FakeConfig clientId(String v) {
            return new FakeConfig(Optional.ofNullable(v), clientSecret, username, password, region, accessToken, authUrl, apiUrl,
                    apiVersion, clientAuthMethod, roster, rosterFile, apiToken, http, poll, simulator);
        }

        FakeConfig clientSecret(String v) {
            return new FakeConfig(clientId, Optional.ofNullable(v), username, password, region, accessToken, authUrl, apiUrl,
                    apiVersion, clientAuthMethod, roster, rosterFile, apiToken, http, poll, simulator);
        }

        FakeConfig username(String v) {
            return new FakeConfig(clientId, clientSecret, Optional.ofNullable(v), password, region, accessToken, authUrl, apiUrl,
                    apiVersion, clientAuthMethod, roster, rosterFile, apiToken, http, poll, simulator);
        }

        FakeConfig password(String v) {
            return new FakeConfig(clientId, clientSecret, username, Optional.ofNullable(v), region, accessToken, authUrl, apiUrl,
                    apiVersion, clientAuthMethod, roster, rosterFile, apiToken, http, poll, simulator);
        }

        FakeConfig accessToken(String v) {
            return new FakeConfig(clientId, clientSecret, username, password, region, Optional.ofNullable(v), authUrl, apiUrl,
                    apiVersion, clientAuthMethod, roster, rosterFile, apiToken, http, poll, simulator);
        }

        FakeConfig authUrl(String v) {
            return new FakeConfig(clientId, clientSecret, username, password, region, accessToken, Optional.ofNullable(v), apiUrl,
                    apiVersion, clientAuthMethod, roster, rosterFile, apiToken, http, poll, simulator);
        }

        FakeConfig apiUrl(String v) {
            return new FakeConfig(clientId, clientSecret, username, password, region, accessToken, authUrl, Optional.ofNullable(v),
                    apiVersion, clientAuthMethod, roster, rosterFile, apiToken, http, poll, simulator);
        }

        FakeConfig apiVersion(String v) {
            return new FakeConfig(clientId, clientSecret, username, password, region, accessToken, authUrl, apiUrl,
                    v, clientAuthMethod, roster, rosterFile, apiToken, http, poll, simulator);
        }

    }

    record FakeHttp(Duration connectTimeout, Duration readTimeout) implements CxoneConfig.Http {
        @Override
        public Optional<String> trustStore() {
            return Optional.empty();
        }

        @Override
        public Optional<String> trustStorePassword() {
            return Optional.empty();
        }

        @Override
        public String trustStoreType() {
            return "PKCS12";
        }
    }

    record FakePoll(Duration every, Optional<String> cron, int concurrency) implements CxoneConfig.Poll {
        @Override
        public Duration resolveEvery() {
            return Duration.ofMinutes(10);
        }

        @Override
        public CxoneConfig.Poll.Strategy strategy() {
            return CxoneConfig.Poll.Strategy.AUTO;
        }

        @Override
        public Duration fullResyncEvery() {
            return Duration.ofMinutes(10);
        }
    }

    /** Every cxone.supervisor.* key unset. A record, for the same reason as {@link FakeRateLimit}. */
    record FakeSupervisor(Optional<String> reasonLimits, Optional<Duration> defaultReasonLimit, Optional<Duration> neverAvailableLimit,
            Optional<Integer> flappingChanges) implements CxoneConfig.Supervisor {}

    record FakeRateLimit(double perSecond, int maxRetries) implements CxoneConfig.RateLimit {}

    record FakeShard(int count, Optional<Integer> index) implements CxoneConfig.Shard {}

    record FakeApi(int historySize) implements CxoneConfig.Api {}

    record FakeSimulator(Optional<Boolean> enabled, int port, Optional<String> tenantFile) implements CxoneConfig.Simulator {
        @Override
        public int pageSize() {
            return 1000;
        }
    }

    private static List<ConfigProblem> validate(UnaryOperator<FakeConfig> change) {
        return ConfigValidator.validate(change.apply(FakeConfig.defaults()));
    }

    private static List<String> keys(List<ConfigProblem> problems) {
        return problems.stream().map(ConfigProblem::key).toList();
    }

    @Test
    void defaultsAreValid() {
        assertThat(ConfigValidator.validate(FakeConfig.defaults())).isEmpty();
        assertThat(ConfigValidator.validate(FakeConfig.defaults(), true)).isEmpty();
    }

    @Test
    void noCredentialsWithTheSimulatorSwitchedOffStopsStartup() {
        FakeConfig simulatorOff = FakeConfig.defaults().simulatorEnabled(false);
        assertThat(ConfigValidator.validate(simulatorOff)).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("cxone.client-id");
            assertThat(p.fix()).contains("CXONE_CLIENT_ID").contains("CXONE_ACCESS_TOKEN");
        });
        assertThat(ConfigValidator.simulatorEnabled(FakeConfig.defaults())).as("demo mode when nothing is configured").isTrue();
        assertThat(ConfigValidator.simulatorEnabled(FakeConfig.withGrant())).isFalse();
    }

    @Test
    void fullGrantIsValid() {
        assertThat(ConfigValidator.validate(FakeConfig.withGrant())).isEmpty();
    }

    @Test
    void accessTokenAloneIsValid() {
        assertThat(validate(c -> c.accessToken("eyJabc.def.ghi"))).isEmpty();
    }

    @Test
    void fakeHonoursNestedInterfaces() {
        CxoneConfig config = FakeConfig.defaults();
        assertThat(config.http().readTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(config.poll().every()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.simulator().enabled()).isEmpty();
    }

    @Nested
    class Urls {

        @ParameterizedTest
        @ValueSource(strings = {"https://cxone.niceincontact.com", "http://127.0.0.1:8089", "HTTPS://CXONE.NICEINCONTACT.COM/",
                " https://cxone.niceincontact.com ", "https://api-c32.incontact.com/incontactapi/services/v27.0"})
        void goodUrls(String url) {
            assertThat(validate(c -> c.authUrl(url).apiUrl(url))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"cxone.niceincontact.com", "ftp://cxone.niceincontact.com", "https:///path", "/relative/path",
                "mailto:ops@example.com", "https://api_c32.incontact.com", "file:///etc/passwd"})
        void notAnAbsoluteHttpUrl(String url) {
            List<ConfigProblem> problems = validate(c -> c.authUrl(url));
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo("cxone.auth-url");
                assertThat(p.problem()).isEqualTo("'" + url + "' is not an absolute http(s) URL.");
                assertThat(p.fix()).contains("https://cxone.niceincontact.com");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://exa mple.com", "https://", "http://[::1", "%%%"})
        void notAUrlAtAll(String url) {
            List<ConfigProblem> problems = validate(c -> c.apiUrl(url));
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo("cxone.api-url");
                assertThat(p.problem()).isEqualTo("'" + url + "' is not a URL.");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://127.0.0.1:8089", "http://127.1.2.3:8089", "http://localhost:8089", "HTTP://LOCALHOST",
                "http://[::1]:8089/incontactapi/services/v27.0"})
        void plainHttpToLoopbackIsTheSimulatorAndAllowed(String url) {
            assertThat(validate(c -> c.authUrl(url).apiUrl(url))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://cxone.niceincontact.com", "http://10.0.0.5:8089", "http://api-c32.incontact.com/incontactapi/services/v27.0",
                "http://localhost.example.com", "http://127.0.0.1.example.com", "http://[::2]:8089"})
        void plainHttpElsewhereIsRefusedNamingTheKey(String url) {
            assertThat(validate(c -> c.authUrl(url).apiUrl(url))).extracting(ConfigProblem::key, ConfigProblem::problem)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("cxone.auth-url", "'" + url + "' is plain HTTP to a host other than loopback: "
                                    + "credentials and tokens would travel in clear text."),
                            org.assertj.core.groups.Tuple.tuple("cxone.api-url", "'" + url + "' is plain HTTP to a host other than loopback: "
                                    + "credentials and tokens would travel in clear text."));
        }

        @Test
        void bothUrlsReportedSeparately() {
            assertThat(keys(validate(c -> c.authUrl("nope").apiUrl("also nope")))).containsExactly("cxone.auth-url", "cxone.api-url");
        }
    }

    @Nested
    class ApiVersion {

        @ParameterizedTest
        @ValueSource(strings = {"27.0", "23.0", "1.0", "100.999", " 27.0 "})
        void good(String version) {
            assertThat(validate(c -> c.apiVersion(version))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"v27.0", "27", "27.0.1", "", "latest", "1000.0", "27,0", "27.", ".0"})
        void bad(String version) {
            assertThat(validate(c -> c.apiVersion(version))).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo("cxone.api-version");
                assertThat(p.problem()).contains("'" + version + "'").contains("27.0");
                assertThat(p.fix()).contains("cxone.api-version=27.0");
            });
        }
    }

    @Nested
    class ClientAuth {

        // The spellings cxone.client-auth-method accepts, and the message for others, are read and tested with the mapping
        // itself: ConfigConstraintsTest.

        @Test
        void parseAndNames() {
            assertThat(ClientAuthMethod.parse("client_secret_basic")).contains(ClientAuthMethod.BASIC);
            assertThat(ClientAuthMethod.parse(null)).isEmpty();
            assertThat(ClientAuthMethod.BASIC.other()).isEqualTo(ClientAuthMethod.POST);
            assertThat(ClientAuthMethod.POST.other()).isEqualTo(ClientAuthMethod.BASIC);
            assertThat(ClientAuthMethod.BASIC.oauthName()).isEqualTo("client_secret_basic");
            assertThat(ClientAuthMethod.POST.oauthName()).isEqualTo("client_secret_post");
        }
    }

    @Nested
    class Credentials {

        @Test
        void onlyClientIdNamesTheOtherThree() {
            List<ConfigProblem> problems = validate(c -> c.clientId("app-id"));
            assertThat(keys(problems)).containsExactly("cxone.client-secret", "cxone.username", "cxone.password");
            assertThat(problems).allSatisfy(p -> assertThat(p.problem()).contains("needs all four"));
        }

        @Test
        void eachMissingKeyIsNamedWithItsEnvironmentVariable() {
            assertThat(ConfigValidator.validate(FakeConfig.withGrant().clientId(null))).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo("cxone.client-id");
                assertThat(p.fix()).contains("CXONE_CLIENT_ID");
            });
            assertThat(ConfigValidator.validate(FakeConfig.withGrant().clientSecret(null))).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo("cxone.client-secret");
                assertThat(p.fix()).contains("CXONE_CLIENT_SECRET");
            });
            assertThat(ConfigValidator.validate(FakeConfig.withGrant().username(null))).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo("cxone.username");
                assertThat(p.fix()).contains("CXONE_USERNAME").contains("access key ID");
            });
            assertThat(ConfigValidator.validate(FakeConfig.withGrant().password(null))).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo("cxone.password");
                assertThat(p.fix()).contains("CXONE_PASSWORD");
            });
        }

        @Test
        void blankCountsAsMissing() {
            assertThat(keys(ConfigValidator.validate(FakeConfig.withGrant().password("   ").clientSecret(""))))
                    .containsExactly("cxone.client-secret", "cxone.password");
        }

        @Test
        void allBlankIsLikeNoCredentials() {
            FakeConfig config = FakeConfig.defaults().clientId(" ").clientSecret("").username("\t").password(" ").accessToken(" ");
            assertThat(ConfigValidator.validate(config)).isEmpty();
            assertThat(ConfigValidator.hasCredentials(config)).isFalse();
        }

        @Test
        void accessTokenWithPasswordConflicts() {
            List<ConfigProblem> problems = validate(c -> c.accessToken("eyJabc.def.ghi").password("key-secret"));
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo("cxone.access-token");
                assertThat(p.problem()).contains("which identity");
                assertThat(p.fix()).contains("CXONE_ACCESS_TOKEN");
            });
        }

        @Test
        void accessTokenWithFullGrantConflictsOnce() {
            List<ConfigProblem> problems = ConfigValidator.validate(FakeConfig.withGrant().accessToken("tok"));
            assertThat(keys(problems)).containsExactly("cxone.access-token");
        }

        @ParameterizedTest
        @ValueSource(strings = {"clientId", "clientSecret", "username"})
        void accessTokenWithAnyGrantPartConflicts(String part) {
            FakeConfig config = FakeConfig.defaults().accessToken("tok");
            config = switch (part) {
                case "clientId" -> config.clientId("x");
                case "clientSecret" -> config.clientSecret("x");
                default -> config.username("x");
            };
            assertThat(keys(ConfigValidator.validate(config))).containsExactly("cxone.access-token");
        }

        @Test
        void simulatorSuppliesClientRelaxesOnlyClientIdAndSecret() {
            FakeConfig keyOnly = FakeConfig.defaults().username("demo-agent").password("demo-agent-secret");
            assertThat(ConfigValidator.validate(keyOnly, true)).isEmpty();
            assertThat(keys(ConfigValidator.validate(keyOnly, false))).containsExactly("cxone.client-id", "cxone.client-secret");
        }

        @Test
        void simulatorStillNeedsUsernameAndPassword() {
            assertThat(keys(ConfigValidator.validate(FakeConfig.defaults().username("demo-agent"), true)))
                    .containsExactly("cxone.password");
            assertThat(keys(ConfigValidator.validate(FakeConfig.defaults().password("secret"), true)))
                    .containsExactly("cxone.username");
        }

        @Test
        void simulatorDoesNotCompleteAHalfGivenClient() {
            FakeConfig halfClient = FakeConfig.defaults().clientId("my-app").username("k").password("s");
            assertThat(keys(ConfigValidator.validate(halfClient, true))).containsExactly("cxone.client-secret");
        }

        @Test
        void simulatorDoesNotRelaxTheTokenConflict() {
            assertThat(keys(ConfigValidator.validate(FakeConfig.defaults().accessToken("t").username("k"), true)))
                    .containsExactly("cxone.access-token");
        }

        @Test
        void hasCredentials() {
            assertThat(ConfigValidator.hasCredentials(FakeConfig.defaults())).isFalse();
            assertThat(ConfigValidator.hasCredentials(FakeConfig.defaults().accessToken("t"))).isTrue();
            assertThat(ConfigValidator.hasCredentials(FakeConfig.defaults().password("p"))).isTrue();
            assertThat(ConfigValidator.hasCredentials(FakeConfig.defaults().clientSecret("s"))).isTrue();
        }

        @Test
        void presentIgnoresBlank() {
            assertThat(ConfigValidator.present(Optional.empty())).isFalse();
            assertThat(ConfigValidator.present(Optional.of(" "))).isFalse();
            assertThat(ConfigValidator.present(Optional.of("x"))).isTrue();
        }
    }

    @Nested
    class Polling {

        private FakeConfig polling(Duration every, Optional<String> cron) {
            FakeConfig d = FakeConfig.defaults();
            return new FakeConfig(d.clientId(), d.clientSecret(), d.username(), d.password(), d.region(), d.accessToken(), d.authUrl(),
                    d.apiUrl(), d.apiVersion(), d.clientAuthMethod(), d.roster(), d.rosterFile(), d.apiToken(), d.http(),
                    new FakePoll(every, cron, 8), d.simulator());
        }

        @Test
        void aCronTogetherWithAGivenIntervalIsRefusedNamingBoth() {
            assertThat(ConfigValidator.validatePolling(polling(Duration.ofSeconds(5), Optional.of("0/20 * * * * ?")), true)).singleElement()
                    .satisfies(p -> {
                        assertThat(p.key()).isEqualTo("cxone.poll.cron");
                        assertThat(p.problem()).contains("cxone.poll.every is set too (5s)");
                        assertThat(p.fix()).contains("CXONE_POLL_EVERY", "CXONE_POLL_CRON");
                    });
            assertThat(ConfigValidator.validatePolling(polling(Duration.ofMillis(1500), Optional.of("0/20 * * * * ?")), true)).singleElement()
                    .satisfies(p -> assertThat(p.problem()).contains("(1500ms)"));
            assertThat(ConfigValidator.validatePolling(polling(Duration.ofSeconds(30), Optional.of("0/20 * * * * ?")), false))
                    .as("the default interval gives way to a cron").isEmpty();
            assertThat(ConfigValidator.validatePolling(polling(Duration.ofSeconds(5), Optional.empty()), true)).isEmpty();
            assertThat(ConfigValidator.validatePolling(polling(Duration.ofSeconds(5), Optional.of(" ")), true)).isEmpty();
        }
    }

    @Test
    void problemsAccumulateInKeyOrder() {
        FakeConfig config = FakeConfig.defaults().authUrl("nope").apiUrl("ftp://x").apiVersion("v27").username("k");
        assertThat(keys(ConfigValidator.validate(config))).containsExactly("cxone.auth-url", "cxone.api-url", "cxone.api-version",
                "cxone.client-id", "cxone.client-secret", "cxone.password");
    }

    @Test
    void describeNamesKeyProblemAndFix() {
        ConfigProblem problem = ConfigValidator.validate(FakeConfig.defaults().apiVersion("v27.0")).get(0);
        assertThat(problem.describe())
                .isEqualTo("cxone.api-version: 'v27.0' is not a version like 27.0. Fix: use the number only, e.g. cxone.api-version=27.0");
    }

    @Test
    void validationDoesNotReportTutorialHosts() {
        // Tutorial endpoints are well-formed URLs: they are reported by tutorialEndpoints(), not validate().
        FakeConfig config = FakeConfig.defaults().authUrl("https://us-1.api.cxone.com/oauth/token");
        assertThat(ConfigValidator.validate(config)).isEmpty();
        assertThat(ConfigValidator.tutorialEndpoints(config)).isNotEmpty();
    }
}
