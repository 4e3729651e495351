package dev.cxmon.cxone;

import static dev.cxmon.cxone.Redactor.MASK;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    private static final String SECRET = "s3cr3t/p@ss word+=&?";

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Redactor withSecret(String secret) {
        Redactor redactor = new Redactor();
        redactor.register(secret);
        return redactor;
    }

    @Nested
    class RegisteredSecrets {

        @Test
        void plainForm() {
            String out = withSecret(SECRET).redact("the secret is " + SECRET + " here");
            assertThat(out).doesNotContain(SECRET).isEqualTo("the secret is " + MASK + " here");
        }

        @Test
        void urlEncodedForm() {
            String encoded = URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
            assertThat(encoded).isNotEqualTo(SECRET);
            String out = withSecret(SECRET).redact("grant_type=password&pw=" + encoded + "&x=1");
            assertThat(out).doesNotContain(encoded).isEqualTo("grant_type=password&pw=" + MASK + "&x=1");
        }

        @Test
        void base64Form() {
            String encoded = b64(SECRET);
            String out = withSecret(SECRET).redact("blob " + encoded + " end");
            assertThat(out).doesNotContain(encoded).doesNotContain(encoded.replace("=", "")).contains(MASK);
        }

        @Test
        void base64UrlForm() {
            String secret = "??>secret>>?";
            String encoded = b64url(secret);
            assertThat(encoded).isNotEqualTo(b64(secret));
            String out = withSecret(secret).redact("[" + encoded + "]");
            assertThat(out).isEqualTo("[" + MASK + "]");
        }

        @Test
        void everyOccurrence() {
            String out = withSecret("hunter22").redact("hunter22 and hunter22 and hunter22");
            assertThat(out).isEqualTo(MASK + " and " + MASK + " and " + MASK);
        }

        @Test
        void severalSecrets() {
            Redactor redactor = new Redactor();
            redactor.register("alpha-secret");
            redactor.register("beta-secret");
            assertThat(redactor.redact("alpha-secret|beta-secret|gamma")).isEqualTo(MASK + "|" + MASK + "|gamma");
        }

        @Test
        void basicPair() {
            Redactor redactor = new Redactor();
            redactor.registerBasicPair("my-client", "my-client-secret");
            String header = b64("my-client:my-client-secret");
            // Not behind "Basic ": only the registered pair can catch it.
            String out = redactor.redact("credentials=" + header + ";");
            assertThat(out).doesNotContain(header).isEqualTo("credentials=" + MASK + ";");
        }

        @Test
        void basicPairWithNullPartIsIgnored() {
            Redactor redactor = new Redactor();
            redactor.registerBasicPair(null, "x");
            redactor.registerBasicPair("x", null);
            assertThat(redactor.redact("null:x eDpudWxs bnVsbDp4")).isEqualTo("null:x eDpudWxs bnVsbDp4");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"a", "ab", "abc"})
        void shortSecretsAreNotRegistered(String secret) {
            Redactor redactor = withSecret(secret);
            String text = "a cab backs abc into the abyss";
            assertThat(redactor.redact(text)).isEqualTo(text);
        }

        @Test
        void fourCharactersAreRegistered() {
            assertThat(withSecret("abcd").redact("xxabcdxx")).isEqualTo("xx" + MASK + "xx");
        }

        @Test
        void registeringTwiceIsHarmless() {
            Redactor redactor = withSecret("repeat-me");
            redactor.register("repeat-me");
            assertThat(redactor.redact("repeat-me")).isEqualTo(MASK);
        }
    }

    @Nested
    class EchoedByAServer {

        private static final String CLIENT = "hostile-client";
        private static final String CLIENT_SECRET = "Cl1ent/Secret+Sauce=42!Zq";
        private static final String KEY_SECRET = "AccessKey$ecret&Value/99?Xy";

        private Redactor configured() {
            Redactor redactor = new Redactor();
            redactor.register(CLIENT_SECRET);
            redactor.register(KEY_SECRET);
            redactor.registerBasicPair(CLIENT, CLIENT_SECRET);
            redactor.registerBasicPair(CLIENT, URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8));
            return redactor;
        }

        @Test
        void basicPairOfEncodedCredentialsWithoutTheWordBasic() {
            String pair = b64(CLIENT + ":" + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8));
            String out = configured().redact("creds " + pair + ".");
            assertThat(out).doesNotContain(pair.replace("=", "")).contains(MASK);
            assertThat(decodesToTheSecret(out.replace(MASK, " "))).isFalse();
        }

        @Test
        void basicPairInBase64Url() {
            String pair = b64url(CLIENT + ":" + CLIENT_SECRET);
            assertThat(configured().redact("(" + pair + ")")).isEqualTo("(" + MASK + ")");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "x", "xy", "password=", "grant_type=password&username=k&password="})
        void base64OfALongerTextHidesTheSecretAtAnyAlignment(String before) {
            for (String form : new String[] {KEY_SECRET, URLEncoder.encode(KEY_SECRET, StandardCharsets.UTF_8)}) {
                String encoded = b64(before + form + "&grant_type=password");
                String out = configured().redact("body as base64 " + encoded);
                assertThat(decodesToTheSecret(out)).as(out).isFalse();
            }
        }

        @Test
        void percentEncodedSpaceAndJsonEscapedSlash() {
            Redactor redactor = withSecret("my secret/value");
            assertThat(redactor.redact("a my%20secret%2Fvalue b")).isEqualTo("a " + MASK + " b");
            assertThat(redactor.redact("{\"d\":\"my secret\\/value\"}")).isEqualTo("{\"d\":\"" + MASK + "\"}");
        }

        @Test
        void aTokenRegisteredLaterIsRedactedFromThenOn() {
            Redactor redactor = configured();
            String token = "Issu3d/Opaque+Token=Live#88";
            assertThat(redactor.redact("t " + token)).contains("#88");
            redactor.register(token);
            assertThat(redactor.redact("t " + token + " " + b64(token) + " " + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                    .isEqualTo("t " + MASK + " " + MASK + " " + MASK);
        }

        @Test
        void theLatestIssuedTokensStayMaskedWhileConfiguredSecretsAlwaysDo() {
            Redactor redactor = configured();
            for (int i = 0; i <= Redactor.ISSUED_TOKENS_KEPT; i++) {
                redactor.registerIssued("issued-token-" + i);
            }
            assertThat(redactor.redact("issued-token-0|issued-token-1|issued-token-" + Redactor.ISSUED_TOKENS_KEPT + "|" + KEY_SECRET))
                    .isEqualTo("issued-token-0|" + MASK + "|" + MASK + "|" + MASK);
        }

        @Test
        void aShortBasicPairIsNotRegistered() {
            Redactor redactor = new Redactor();
            redactor.registerBasicPair("", "");
            redactor.registerBasicPair("a", "");
            String text = "Og== YTo= plain words";
            assertThat(redactor.redact(text)).isEqualTo(text);
        }

        private boolean decodesToTheSecret(String text) {
            java.util.regex.Matcher runs = java.util.regex.Pattern.compile("[A-Za-z0-9+/]{8,}").matcher(text);
            while (runs.find()) {
                for (int start = 0; start < 4 && start < runs.group().length(); start++) {
                    String aligned = runs.group().substring(start);
                    aligned = aligned.substring(0, aligned.length() - aligned.length() % 4);
                    String decoded = new String(Base64.getDecoder().decode(aligned), StandardCharsets.ISO_8859_1);
                    if (decoded.contains(KEY_SECRET) || decoded.contains(URLEncoder.encode(KEY_SECRET, StandardCharsets.UTF_8))
                            || decoded.contains(CLIENT_SECRET) || decoded.contains(URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    @Nested
    class ControlCharacters {

        private final Redactor redactor = new Redactor();

        @Test
        void lineBreaksBecomeSpacesSoNoLineCanBeForged() {
            String forged = "bad grant\n2026-12-02 02:00:00,000 INFO  [dev.cxmon] all fine\r\nmore\u2028and\u2029end\u0085x\tt";
            assertThat(redactor.redact(forged))
                    .isEqualTo("bad grant 2026-12-02 02:00:00,000 INFO  [dev.cxmon] all fine  more and end x t");
        }

        @Test
        void otherControlAndBidiCharactersBecomeVisibleEscapes() {
            assertThat(redactor.redact("a\u001b[2Jb\u0000c\u007fd\u202ee")).isEqualTo("a\\u001b[2Jb\\u0000c\\u007fd\\u202ee");
        }

        @Test
        void aSecretSplitByALineBreakIsStillNotPrintedOnTwoLines() {
            assertThat(withSecret("hunter22").redact("pw hunter22\n")).isEqualTo("pw " + MASK + " ");
        }

        @Test
        void ordinaryUnicodeIsKept() {
            assertThat(redactor.redact("Zoë Müller – équipe 東京")).isEqualTo("Zoë Müller – équipe 東京");
        }

        @Test
        void stripControlsAloneKnowsNoSecret() {
            assertThat(Redactor.stripControls("x\ny\u001b")).isEqualTo("x y\\u001b");
            assertThat(Redactor.stripControls(null)).isNull();
        }
    }

    @Nested
    class Shapes {

        private final Redactor redactor = new Redactor();

        @Test
        void anyJwt() {
            String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyOjEifQ.c2lnbmF0dXJlLWJ5dGVz";
            assertThat(redactor.redact("token " + jwt + " done")).isEqualTo("token " + MASK + " done");
        }

        @Test
        void unsignedJwtWithEmptySignature() {
            String jwt = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.";
            assertThat(redactor.redact("t=" + jwt)).doesNotContain("eyJzdWIiOiJ4In0").contains(MASK);
        }

        @Test
        void jwtInsideUrlQuery() {
            String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJ0ZW5hbnRJZCI6IngifQ.abcdEFGH_-";
            String out = redactor.redact("https://host/path?token=" + jwt + "&x=1");
            assertThat(out).isEqualTo("https://host/path?token=" + MASK + "&x=1");
        }

        @Test
        void bearerHeader() {
            assertThat(redactor.redact("Authorization: Bearer abcdef123456.xyz~+/="))
                    .isEqualTo("Authorization: Bearer " + MASK);
        }

        @Test
        void bearerKeepsOriginalCase() {
            assertThat(redactor.redact("authorization: bearer opaque-token-value")).isEqualTo("authorization: bearer " + MASK);
            assertThat(redactor.redact("BEARER opaque-token-value")).isEqualTo("BEARER " + MASK);
        }

        @Test
        void basicHeader() {
            String creds = b64("app@vendor:4600001");
            assertThat(redactor.redact("Authorization: Basic " + creds)).isEqualTo("Authorization: Basic " + MASK);
        }

        @Test
        void bearerJwt() {
            String out = redactor.redact("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyOjEifQ.c2ln");
            assertThat(out).isEqualTo("Bearer " + MASK);
        }

        @Test
        void shortBearerValueIsKept() {
            // fewer than 8 credential characters: not treated as a credential
            assertThat(redactor.redact("Bearer abc")).isEqualTo("Bearer abc");
        }

        @Test
        void jsonTokenFields() {
            String json = "{\"access_token\":\"opaque123\",\"refresh_token\": \"r-456\",\"token_type\":\"bearer\","
                    + "\"expires_in\":3600,\"client_secret\" : \"cs-789\",\"password\":\"pw0\",\"id_token\":\"idt\"}";
            String out = redactor.redact(json);
            assertThat(out).doesNotContain("opaque123", "r-456", "cs-789", "pw0", "idt\"")
                    .contains("\"access_token\":\"" + MASK + "\"")
                    .contains("\"refresh_token\": \"" + MASK + "\"")
                    .contains("\"client_secret\" : \"" + MASK + "\"")
                    .contains("\"password\":\"" + MASK + "\"")
                    .contains("\"token_type\":\"bearer\"")
                    .contains("\"expires_in\":3600");
        }

        @Test
        void formEncodedFields() {
            String form = "grant_type=password&username=key-id&password=key%2Bsecret&client_id=demo&client_secret=cs&scope=x";
            String out = redactor.redact(form);
            assertThat(out).isEqualTo(
                    "grant_type=password&username=key-id&password=" + MASK + "&client_id=demo&client_secret=" + MASK + "&scope=x");
        }

        @Test
        void refreshAndAccessTokenForm() {
            assertThat(redactor.redact("access_token=abc&refresh_token=def"))
                    .isEqualTo("access_token=" + MASK + "&refresh_token=" + MASK);
        }

        @Test
        void fieldNamesAreCaseInsensitive() {
            assertThat(redactor.redact("Password: hunter2")).isEqualTo("Password: " + MASK);
            assertThat(redactor.redact("{\"ACCESS_TOKEN\":\"zzz\"}")).isEqualTo("{\"ACCESS_TOKEN\":\"" + MASK + "\"}");
        }

        @Test
        void passwordGrantTypeValueIsNotMistakenForAField() {
            assertThat(redactor.redact("{\"grant_type\":\"password\",\"username\":\"u\"}"))
                    .isEqualTo("{\"grant_type\":\"password\",\"username\":\"u\"}");
        }

        @Test
        void jsonSecretWithSpacesIsFullyMasked() {
            assertThat(redactor.redact("{\"password\":\"correct horse\"}")).doesNotContain("horse");
            assertThat(redactor.redact("{\"client_secret\":\"abc,def\"}")).doesNotContain("def");
        }
    }

    @Nested
    class OrdinaryText {

        private final Redactor redactor = withSecret("the-real-secret");

        @ParameterizedTest
        @ValueSource(strings = {
            "GET https://api-c32.incontact.com/incontactapi/services/v27.0/agents/1234/states -> HTTP 200 (12 ms)",
            "{\"agentStates\":[{\"agentId\":1234,\"agentStateName\":\"Available\"}],\"lastPollTime\":\"2025-01-01T00:00:00Z\"}",
            "forbidden: the token's user lacks a permission for this resource",
            "token_type: bearer",
            "The Bearer token expired",
            "Use basic or post",
            "eyJ alone is fine"
        })
        void unchanged(String text) {
            assertThat(redactor.redact(text)).isEqualTo(text);
        }

        @ParameterizedTest
        @NullAndEmptySource
        void nullAndEmptyPassThrough(String text) {
            assertThat(redactor.redact(text)).isEqualTo(text);
        }

        @Test
        void basicFollowedByALongWordIsTreatedAsACredential() {
            // Documented false positive: "Basic <8+ credential chars>" is masked even in prose.
            assertThat(redactor.redact("invalid_client: Basic authentication failed"))
                    .isEqualTo("invalid_client: Basic " + MASK + " failed");
            assertThat(redactor.redact("token_type=bearer expires_in=3600"))
                    .isEqualTo("token_type=bearer " + MASK);
        }
    }

    @Property(tries = 300)
    void registeredSecretNeverSurvives(@ForAll @AlphaChars @StringLength(min = 4, max = 24) String secret,
            @ForAll @StringLength(max = 40) String before, @ForAll @StringLength(max = 40) String after) {
        Assume.that(!MASK.contains(secret) && !MASK.contains(b64url(secret)));
        Redactor redactor = withSecret(secret);
        assertThat(redactor.redact(before + secret + after)).doesNotContain(secret);
        assertThat(redactor.redact(before + b64url(secret) + after)).doesNotContain(b64url(secret));
    }

    @Property(tries = 300)
    void neverThrowsAndNeverGrowsMaskFromNothing(@ForAll String text) {
        String out = new Redactor().redact(text);
        assertThat(out).isNotNull();
        assertThat(out.codePoints().noneMatch(Redactor::isControl)).as("no control character survives").isTrue();
        if (!text.contains("eyJ") && !text.toLowerCase(Locale.ROOT).matches("(?s).*(bearer|basic|token|secret|password).*")) {
            assertThat(out).isEqualTo(Redactor.stripControls(text));
        }
    }
}
