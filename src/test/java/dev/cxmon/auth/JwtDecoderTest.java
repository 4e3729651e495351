package dev.cxmon.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JwtDecoderTest {

    private static final String USER = "11111111-2222-3333-4444-555555555555";
    private static final String TENANT = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private static final long EXP = 1_750_000_000L;
    private static final long IAT = EXP - 3600;

    static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** An unsigned JWT: header.payload.signature, all base64url without padding. */
    static String jwt(String payloadJson) {
        return b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64(payloadJson) + "." + b64("not-a-real-signature");
    }

    private static JwtClaims decode(String payloadJson) {
        Optional<JwtClaims> claims = JwtDecoder.decode(jwt(payloadJson));
        assertThat(claims).as("decoded %s", payloadJson).isPresent();
        return claims.get();
    }

    @Test
    void fullCxoneToken() {
        JwtClaims claims = decode("""
                {"iss":"https://cxone.niceincontact.com","sub":"user:%s","tenantId":"%s","icAgentId":"1000",
                 "icBUId":4600001,"icClusterId":"C32","userId":"%s","name":"supervisor@demo.example","teamId":"5001",
                 "scope":"RealTimeApi AdminApi","exp":%d,"iat":%d}
                """.formatted(USER, TENANT, USER, EXP, IAT));

        assertThat(claims.tenantId()).contains(TENANT);
        assertThat(claims.icAgentId()).contains("1000");
        assertThat(claims.icBUId()).contains("4600001");
        assertThat(claims.icClusterId()).contains("C32");
        assertThat(claims.userId()).contains(USER);
        assertThat(claims.subject()).contains("user:" + USER);
        assertThat(claims.name()).contains("supervisor@demo.example");
        assertThat(claims.teamId()).contains("5001");
        assertThat(claims.scopes()).containsExactly("RealTimeApi", "AdminApi");
        assertThat(claims.expiresAt()).contains(Instant.ofEpochSecond(EXP));
        assertThat(claims.issuedAt()).contains(Instant.ofEpochSecond(IAT));
        assertThat(claims.user()).contains(USER);
        assertThat(claims.agentId()).contains(1000L);
        assertThat(claims.hasUserContext()).isTrue();
    }

    @Test
    void emptyPayloadGivesEmptyClaims() {
        JwtClaims claims = decode("{}");
        assertThat(claims.tenantId()).isEmpty();
        assertThat(claims.icAgentId()).isEmpty();
        assertThat(claims.icBUId()).isEmpty();
        assertThat(claims.icClusterId()).isEmpty();
        assertThat(claims.userId()).isEmpty();
        assertThat(claims.subject()).isEmpty();
        assertThat(claims.name()).isEmpty();
        assertThat(claims.teamId()).isEmpty();
        assertThat(claims.scopes()).isEmpty();
        assertThat(claims.expiresAt()).isEmpty();
        assertThat(claims.issuedAt()).isEmpty();
        assertThat(claims.user()).isEmpty();
        assertThat(claims.agentId()).isEmpty();
        assertThat(claims.hasUserContext()).isFalse();
        assertThat(claims.expiredAt(Instant.EPOCH)).isFalse();
    }

    @Nested
    class AgentId {

        @Test
        void numericClaim() {
            JwtClaims claims = decode("{\"icAgentId\":30000000001}");
            assertThat(claims.icAgentId()).contains("30000000001");
            assertThat(claims.agentId()).contains(30_000_000_001L);
        }

        @Test
        void stringClaim() {
            assertThat(decode("{\"icAgentId\":\"1002\"}").agentId()).contains(1002L);
        }

        @Test
        void paddedStringClaimIsTrimmedForAgentId() {
            JwtClaims claims = decode("{\"icAgentId\":\" 1002 \"}");
            assertThat(claims.icAgentId()).contains(" 1002 ");
            assertThat(claims.agentId()).contains(1002L);
        }

        @Test
        void nonNumericClaimHasNoAgentIdButCountsAsUserContext() {
            JwtClaims claims = decode("{\"icAgentId\":\"agent-x\"}");
            assertThat(claims.icAgentId()).contains("agent-x");
            assertThat(claims.agentId()).isEmpty();
            assertThat(claims.hasUserContext()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"\"", "\"   \"", "null", "[1]", "{\"id\":1}"})
        void blankNullOrContainerIsAbsent(String value) {
            JwtClaims claims = decode("{\"icAgentId\":" + value + "}");
            assertThat(claims.icAgentId()).isEmpty();
            assertThat(claims.agentId()).isEmpty();
            assertThat(claims.hasUserContext()).isFalse();
        }

        @Test
        void tooLargeForLong() {
            JwtClaims claims = decode("{\"icAgentId\":\"99999999999999999999\"}");
            assertThat(claims.icAgentId()).isPresent();
            assertThat(claims.agentId()).isEmpty();
        }
    }

    @Nested
    class User {

        @Test
        void userIdClaimWins() {
            JwtClaims claims = decode("{\"userId\":\"u-1\",\"sub\":\"user:" + USER + "\"}");
            assertThat(claims.user()).contains("u-1");
        }

        @Test
        void fallsBackToUserSubject() {
            JwtClaims claims = decode("{\"sub\":\"user:" + USER + "\"}");
            assertThat(claims.userId()).isEmpty();
            assertThat(claims.user()).contains(USER);
            assertThat(claims.hasUserContext()).isTrue();
        }

        @Test
        void nonUserSubjectIsNoUser() {
            JwtClaims claims = decode("{\"sub\":\"client:demo-client\"}");
            assertThat(claims.subject()).contains("client:demo-client");
            assertThat(claims.user()).isEmpty();
            assertThat(claims.hasUserContext()).isFalse();
        }

        @Test
        void subjectPrefixIsCaseSensitive() {
            assertThat(decode("{\"sub\":\"USER:" + USER + "\"}").user()).isEmpty();
        }

        @Test
        void agentIdAloneIsUserContext() {
            JwtClaims claims = decode("{\"icAgentId\":1002}");
            assertThat(claims.user()).isEmpty();
            assertThat(claims.hasUserContext()).isTrue();
        }

        @Test
        void emptyUserSubjectIsNoUser() {
            JwtClaims claims = decode("{\"sub\":\"user:\"}");
            assertThat(claims.user()).isEmpty();
            assertThat(claims.hasUserContext()).isFalse();
        }

        @Test
        void blankUserIdFallsBackToSubject() {
            assertThat(decode("{\"userId\":\"  \",\"sub\":\"user:" + USER + "\"}").user()).contains(USER);
        }
    }

    @Nested
    class Scopes {

        @Test
        void spaceSeparatedString() {
            assertThat(decode("{\"scope\":\"  RealTimeApi   AdminApi\\tAgentApi \"}").scopes())
                    .containsExactly("RealTimeApi", "AdminApi", "AgentApi");
        }

        @Test
        void scpArray() {
            assertThat(decode("{\"scp\":[\"RealTimeApi\",\"ReportingApi\"]}").scopes()).containsExactly("RealTimeApi", "ReportingApi");
        }

        @Test
        void scopeAndScpAreCombinedScopeFirst() {
            assertThat(decode("{\"scp\":[\"B\"],\"scope\":\"A\"}").scopes()).containsExactly("A", "B");
        }

        @Test
        void scopeAsArrayAlsoAccepted() {
            assertThat(decode("{\"scope\":[\"A\",\"B\"]}").scopes()).containsExactly("A", "B");
        }

        @Test
        void blankEntriesAndContainersDropped() {
            assertThat(decode("{\"scope\":\"\",\"scp\":[\"\",\" \",{\"x\":1},[],\"A\"]}").scopes()).containsExactly("A");
        }

        @Test
        void numberOrBooleanScopeIgnored() {
            assertThat(decode("{\"scope\":42,\"scp\":true}").scopes()).isEmpty();
        }

        @Test
        void scopesAreImmutable() {
            List<String> scopes = decode("{\"scope\":\"A\"}").scopes();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> scopes.add("B")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Times {

        @Test
        void epochSecondsAsNumbers() {
            JwtClaims claims = decode("{\"exp\":" + EXP + ",\"iat\":" + IAT + "}");
            assertThat(claims.expiresAt()).contains(Instant.ofEpochSecond(EXP));
            assertThat(claims.issuedAt()).contains(Instant.ofEpochSecond(IAT));
        }

        @Test
        void epochSecondsAsStrings() {
            JwtClaims claims = decode("{\"exp\":\"" + EXP + "\",\"iat\":\" " + IAT + ".0 \"}");
            assertThat(claims.expiresAt()).contains(Instant.ofEpochSecond(EXP));
            assertThat(claims.issuedAt()).contains(Instant.ofEpochSecond(IAT));
        }

        @Test
        void unparsableTimesAreAbsent() {
            JwtClaims claims = decode("{\"exp\":\"tomorrow\",\"iat\":1.5,\"tenantId\":\"t\"}");
            assertThat(claims.expiresAt()).isEmpty();
            assertThat(claims.issuedAt()).isEmpty();
            assertThat(claims.tenantId()).contains("t");
        }

        @Test
        void expiredAtBoundaries() {
            JwtClaims claims = decode("{\"exp\":" + EXP + "}");
            Instant exp = Instant.ofEpochSecond(EXP);
            assertThat(claims.expiredAt(exp.minusSeconds(1))).isFalse();
            assertThat(claims.expiredAt(exp)).as("expiry instant itself counts as expired").isTrue();
            assertThat(claims.expiredAt(exp.plusSeconds(1))).isTrue();
        }

        @Test
        void noExpNeverExpires() {
            assertThat(decode("{}").expiredAt(Instant.MAX)).isFalse();
        }

        @Test
        void outOfRangeExpOnlyDropsExp() {
            Optional<JwtClaims> claims = JwtDecoder.decode(jwt("{\"tenantId\":\"t\",\"exp\":99999999999999999}"));
            assertThat(claims).isPresent();
            assertThat(claims.get().tenantId()).contains("t");
            assertThat(claims.get().expiresAt()).isEmpty();
        }
    }

    @Nested
    class TextClaims {

        @Test
        void numericClaimsBecomeText() {
            JwtClaims claims = decode("{\"icBUId\":4600001,\"teamId\":5001,\"tenantId\":7}");
            assertThat(claims.icBUId()).contains("4600001");
            assertThat(claims.teamId()).contains("5001");
            assertThat(claims.tenantId()).contains("7");
        }

        @Test
        void blankAndNullTextClaimsAreEmpty() {
            JwtClaims claims = decode("{\"name\":\" \",\"tenantId\":null,\"icClusterId\":\"\"}");
            assertThat(claims.name()).isEmpty();
            assertThat(claims.tenantId()).isEmpty();
            assertThat(claims.icClusterId()).isEmpty();
        }

        @Test
        void unicodeSurvives() {
            assertThat(decode("{\"name\":\"Zoë Ødegård 李\"}").name()).contains("Zoë Ødegård 李");
        }
    }

    @Nested
    class Shapes {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"opaque-token-without-dots", "   ", "a1b2c3d4e5f6", "abc.!!!.def", "abc.@@@@.def",
                "abc.a.def"})
        void opaqueOrGarbageIsEmpty(String token) {
            assertThat(JwtDecoder.decode(token)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"null", "[1,2]", "\"just a string\"", "42", "true", "", "{\"unterminated\":", "not json"})
        void nonObjectOrBrokenPayloadIsEmpty(String payload) {
            assertThat(JwtDecoder.decode(jwt(payload))).isEmpty();
        }

        @Test
        void twoPartTokenWithNonJsonPayloadIsEmpty() {
            assertThat(JwtDecoder.decode(b64("{\"alg\":\"none\"}") + "." + b64("hello"))).isEmpty();
        }

        @Test
        void twoPartTokenWithJsonPayloadIsDecoded() {
            // The decoder only reads parts[1]: header.payload (no signature segment) is accepted,
            // as is the unsecured form header.payload. with an empty signature.
            String twoParts = b64("{\"alg\":\"none\"}") + "." + b64("{\"tenantId\":\"t\"}");
            assertThat(JwtDecoder.decode(twoParts)).hasValueSatisfying(c -> assertThat(c.tenantId()).contains("t"));
            assertThat(JwtDecoder.decode(twoParts + ".")).hasValueSatisfying(c -> assertThat(c.tenantId()).contains("t"));
        }

        @Test
        void paddedAndStandardBase64PayloadAccepted() {
            String payload = "{\"tenantId\":\"t??>\"}"; // encodes with '+'/'/' in standard base64
            String standard = Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
            assertThat(standard).containsAnyOf("+", "/", "=");
            String token = b64("{}") + "." + standard + ".sig";
            assertThat(JwtDecoder.decode(token)).hasValueSatisfying(c -> assertThat(c.tenantId()).contains("t??>"));
        }

        @Test
        void surroundingWhitespaceIgnored() {
            assertThat(JwtDecoder.decode("  " + jwt("{\"tenantId\":\"t\"}") + "\n"))
                    .hasValueSatisfying(c -> assertThat(c.tenantId()).contains("t"));
        }

        @Test
        void bearerPrefixIsNotStripped() {
            // "Bearer eyJ..." splits into "Bearer eyJhdr", payload, sig: the payload is still read.
            assertThat(JwtDecoder.decode("Bearer " + jwt("{\"tenantId\":\"t\"}")))
                    .hasValueSatisfying(c -> assertThat(c.tenantId()).contains("t"));
        }
    }

    @Property(tries = 300)
    void neverThrowsOnArbitraryText(@ForAll String token) {
        Optional<JwtClaims> claims = JwtDecoder.decode(token);
        assertThat(claims).isNotNull();
    }

    @Property(tries = 300)
    void neverThrowsOnArbitraryPayload(@ForAll String payload) {
        assertThat(JwtDecoder.decode(jwt(payload))).isNotNull();
        assertThat(JwtDecoder.decode(jwt("{\"icAgentId\":" + quote(payload) + ",\"sub\":" + quote(payload) + "}")))
                .hasValueSatisfying(c -> {
                    assertThat(c.agentId()).isNotNull();
                    assertThat(c.user()).isNotNull();
                });
    }

    @Property(tries = 200)
    void anyLongAgentIdRoundTrips(@ForAll long agentId) {
        assertThat(decode("{\"icAgentId\":" + agentId + "}").agentId()).contains(agentId);
        assertThat(decode("{\"icAgentId\":\"" + agentId + "\"}").agentId()).contains(agentId);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
