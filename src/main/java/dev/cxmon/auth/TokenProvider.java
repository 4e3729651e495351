package dev.cxmon.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cxmon.config.ClientAuthMethod;
import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.config.Secret;
import dev.cxmon.cxone.BearerSource;
import dev.cxmon.cxone.CallRunner;
import dev.cxmon.cxone.CxoneCallException;
import dev.cxmon.cxone.CxoneFailure;
import dev.cxmon.cxone.DiscoveryClient;
import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.cxone.FailureMapper;
import dev.cxmon.cxone.HttpReply;
import dev.cxmon.cxone.JsonBodies;
import dev.cxmon.cxone.Lenient;
import dev.cxmon.cxone.Operation;
import dev.cxmon.cxone.RestClients;
import dev.cxmon.cxone.TokenClient;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Obtains and caches the access token: OpenID discovery, then the password grant with the access key
 * (client authenticated by Basic header or form fields), refresh before expiry, and one forced refresh
 * after a 401. A given {@code cxone.access-token} is used as is and cannot be refreshed.
 */
public final class TokenProvider implements BearerSource {

    private static final String JSON = "application/json";
    /** Refresh this long before expiry, capped at a tenth of the lifetime for short-lived tokens. */
    private static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);
    /** A token this fresh is reused even if it claims to be expired, so a bad clock cannot cause a token storm. */
    private static final Duration MINIMUM_REUSE = Duration.ofSeconds(10);
    /**
     * After a failed renewal, callers get its failure for this long instead of each sending a token request: a poll
     * of a thousand agents must not become a thousand calls to a token endpoint that is down.
     */
    static final Duration RENEWAL_HOLD_OFF = Duration.ofSeconds(5);

    private final ConnectionSettings settings;
    private final RestClients clients;
    private final CallRunner runner;
    private final Clock clock;
    private OpenIdConfiguration openId;
    private IssuedToken token;
    private CxoneFailure lastRenewalFailure;
    private Instant lastRenewalFailedAt;

    public TokenProvider(ConnectionSettings settings, RestClients clients, CallRunner runner, Clock clock) {
        this.settings = settings;
        this.clients = clients;
        this.runner = runner;
        this.clock = clock;
        settings.clientSecret().map(Secret::reveal).ifPresent(runner.redactor()::register);
        settings.accessKeySecret().map(Secret::reveal).ifPresent(runner.redactor()::register);
        settings.accessToken().map(Secret::reveal).ifPresent(runner.redactor()::register);
        settings.clientId().ifPresent(id -> settings.clientSecret()
                .ifPresent(secret -> {
                    runner.redactor().registerBasicPair(id, secret.reveal());
                    runner.redactor().registerBasicPair(formEncode(id), formEncode(secret.reveal()));
                }));
    }

    public synchronized IssuedToken current() {
        if (token == null) {
            token = settings.usesGivenToken() ? given() : renew(() -> passwordGrant(settings.clientAuthMethod()));
        } else if (!token.given() && needsRefresh(token)) {
            IssuedToken old = token;
            try {
                token = renew(() -> refresh(old));
            } catch (CxoneCallException failed) {
                if (old.expiresAt().map(exp -> !clock.instant().isBefore(exp)).orElse(true)) {
                    throw failed;
                }
                // Renewed early, so the old token still has a while to run: use it and try again after the hold-off.
            }
        }
        return token;
    }

    @Override
    public String authorization() {
        return current().authorizationHeader();
    }

    @Override
    public synchronized String authorizationAfterRejection(String rejected) {
        if (token != null && !token.authorizationHeader().equals(rejected)) {
            return token.authorizationHeader(); // another caller already refreshed
        }
        if (settings.usesGivenToken()) {
            throw new CxoneCallException(new CxoneFailure(FailureKind.AUTH, FailureCause.HTTP_STATUS,
                    new dev.cxmon.cxone.Exchange(Operation.TOKEN.name(), "-", "cxone.access-token", 401, 0, null, null),
                    "the given cxone.access-token was rejected and cannot be refreshed", Optional.empty(), Optional.empty()));
        }
        token = renew(() -> passwordGrant(settings.clientAuthMethod()));
        return token.authorizationHeader();
    }

    private IssuedToken renew(Supplier<IssuedToken> request) {
        Instant now = clock.instant();
        if (lastRenewalFailure != null && now.isBefore(lastRenewalFailedAt.plus(RENEWAL_HOLD_OFF))) {
            throw new CxoneCallException(lastRenewalFailure);
        }
        try {
            IssuedToken renewed = request.get();
            lastRenewalFailure = null;
            return renewed;
        } catch (CxoneCallException failed) {
            lastRenewalFailure = failed.failure();
            lastRenewalFailedAt = now;
            throw failed;
        }
    }

    public synchronized OpenIdConfiguration openIdConfiguration() {
        if (openId == null) {
            URI base = settings.authUrl();
            DiscoveryClient discovery = clients.get(DiscoveryClient.class, base, settings.connectTimeout(), settings.readTimeout());
            HttpReply reply = runner.run(Operation.OPENID_DISCOVERY, "GET", base + "/.well-known/openid-configuration",
                    () -> discovery.openIdConfiguration(JSON));
            JsonNode document = JsonBodies.requireSuccess(reply);
            URI endpoint = JsonBodies.requireCredentialSafeUrl(reply, document, "token_endpoint",
                    "the OpenID configuration has no token_endpoint");
            openId = new OpenIdConfiguration(endpoint, Lenient.text(document, "issuer"));
        }
        return openId;
    }

    /** One password grant with the given client authentication method; used by the diagnosis to name a method mismatch. */
    public IssuedToken passwordGrant(ClientAuthMethod method) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("grant_type", "password");
        form.add("username", settings.accessKeyId().orElse(""));
        form.add("password", settings.accessKeySecret().map(Secret::reveal).orElse(""));
        return requestToken(form, method);
    }

    private IssuedToken refresh(IssuedToken old) {
        if (old.refreshToken().isPresent()) {
            MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
            form.add("grant_type", "refresh_token");
            form.add("refresh_token", old.refreshToken().get().reveal());
            try {
                return requestToken(form, settings.clientAuthMethod());
            } catch (CxoneCallException refused) {
                if (refused.failure().kind() != FailureKind.AUTH) {
                    throw refused;
                }
            }
        }
        return passwordGrant(settings.clientAuthMethod());
    }

    private IssuedToken requestToken(MultivaluedMap<String, String> form, ClientAuthMethod method) {
        URI endpoint = openIdConfiguration().tokenEndpoint();
        String clientId = settings.clientId().orElse("");
        String clientSecret = settings.clientSecret().map(Secret::reveal).orElse("");
        String basic = null;
        if (method == ClientAuthMethod.BASIC) {
            basic = basicAuthorization(clientId, clientSecret);
        } else {
            form.add("client_id", clientId);
            form.add("client_secret", clientSecret);
        }
        TokenClient client = clients.get(TokenClient.class, endpoint, settings.connectTimeout(), settings.readTimeout());
        String authorization = basic;
        HttpReply reply = runner.run(Operation.TOKEN, "POST", endpoint.toString(), () -> client.token(authorization, JSON, form));
        JsonNode body = JsonBodies.requireSuccess(reply);
        String access = JsonBodies.requireText(reply, body, "access_token", "the token answer has no access_token");
        runner.redactor().registerIssued(access);
        if (!access.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            // Sent as is in every Authorization header, where it would fail each call as a transport error instead.
            throw new CxoneCallException(FailureMapper.malformed(reply, FailureCause.UNEXPECTED_SHAPE,
                    "the access_token has characters an Authorization header cannot carry (whitespace, control or non-ASCII)"));
        }
        Optional<Secret> refreshToken = Optional.ofNullable(Lenient.text(body, "refresh_token")).map(Secret::of);
        refreshToken.map(Secret::reveal).ifPresent(runner.redactor()::registerIssued);
        Optional.ofNullable(Lenient.text(body, "id_token")).ifPresent(runner.redactor()::registerIssued);
        Instant now = clock.instant();
        Optional<JwtClaims> claims = JwtDecoder.decode(access);
        Optional<Instant> fromExpiresIn = Optional.ofNullable(Lenient.longValue(body, "expires_in")).flatMap(seconds -> after(now, seconds));
        Optional<Instant> expiresAt = fromExpiresIn.or(() -> claims.flatMap(JwtClaims::expiresAt));
        return new IssuedToken(Secret.of(access), refreshToken, expiresAt, Optional.ofNullable(Lenient.text(body, "scope")), claims, now, false);
    }

    /** Empty when the instant is beyond what {@link Instant} holds: an absurd expires_in counts as none, the token's exp decides. */
    private static Optional<Instant> after(Instant now, long seconds) {
        try {
            return Optional.of(now.plusSeconds(seconds));
        } catch (DateTimeException | ArithmeticException beyondInstant) {
            return Optional.empty();
        }
    }

    /** RFC 6749 §2.3.1: client ID and secret are form-urlencoded before they become the Basic credentials. */
    static String basicAuthorization(String clientId, String clientSecret) {
        String pair = formEncode(clientId) + ":" + formEncode(clientSecret);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private IssuedToken given() {
        String access = settings.accessToken().orElseThrow().reveal();
        Optional<JwtClaims> claims = JwtDecoder.decode(access);
        return new IssuedToken(Secret.of(access), Optional.empty(), claims.flatMap(JwtClaims::expiresAt), Optional.empty(), claims,
                clock.instant(), true);
    }

    private boolean needsRefresh(IssuedToken current) {
        Instant now = clock.instant();
        if (Duration.between(current.obtainedAt(), now).compareTo(MINIMUM_REUSE) < 0) {
            return false;
        }
        return current.expiresAt().map(exp -> {
            Duration lifetime = Duration.between(current.obtainedAt(), exp);
            Duration margin = lifetime.dividedBy(10).compareTo(REFRESH_MARGIN) < 0 ? lifetime.dividedBy(10) : REFRESH_MARGIN;
            return !now.isBefore(exp.minus(margin.isNegative() ? Duration.ZERO : margin));
        }).orElse(false);
    }
}
