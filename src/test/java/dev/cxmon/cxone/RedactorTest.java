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
        if (!text.contains("eyJ") && !text.toLowerCase(Locale.ROOT).matches("(?s).*(bearer|basic|token|secret|password).*")) {
            assertThat(out).isEqualTo(text);
        }
    }
}
