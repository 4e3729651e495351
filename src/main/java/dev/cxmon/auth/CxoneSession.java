package dev.cxmon.auth;

import dev.cxmon.config.ConnectionSettings;
import dev.cxmon.config.HttpUrls;
import dev.cxmon.cxone.ApiEndpoints;
import dev.cxmon.cxone.CallPolicy;
import dev.cxmon.cxone.CallRunner;
import dev.cxmon.cxone.CxoneApi;
import dev.cxmon.cxone.CxoneCallException;
import dev.cxmon.cxone.CxoneFailure;
import dev.cxmon.cxone.Exchange;
import dev.cxmon.cxone.ExchangeListener;
import dev.cxmon.cxone.FailureCause;
import dev.cxmon.cxone.FailureKind;
import dev.cxmon.cxone.Operation;
import dev.cxmon.cxone.Redactor;
import dev.cxmon.cxone.RestClients;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * One authenticated conversation with a tenant: the token provider, the API base (given or discovered
 * from the token's tenantId) and the typed API on top. Thread-safe; the daemon shares one.
 */
public final class CxoneSession {

    private final ConnectionSettings settings;
    private final RestClients clients;
    private final CallRunner runner;
    private final TokenProvider tokens;
    /** Shared with the sessions that share this one's token, so that the log names the business units once. */
    private final TokenBusinessUnits businessUnits;
    /** The session whose token, limit and API host this one shares; null for a session of its own. */
    private final CxoneSession shared;
    private CxoneApi api;

    /** Without a client-side rate limit and without retries. */
    public CxoneSession(ConnectionSettings settings, RestClients clients, ExchangeListener listener, Clock clock) {
        this(settings, clients, listener, clock, CallPolicy.unlimited());
    }

    /** Every call of this session, the token's included, shares one rate limit and one Retry-After pause. */
    public CxoneSession(ConnectionSettings settings, RestClients clients, ExchangeListener listener, Clock clock, CallPolicy policy) {
        this.settings = settings;
        this.clients = clients;
        this.runner = new CallRunner(new Redactor(), listener, settings.readTimeout(), policy, clock);
        this.tokens = new TokenProvider(settings, clients, runner, clock);
        this.businessUnits = new TokenBusinessUnits(settings.businessUnits(), tokens);
        this.shared = null;
    }

    private CxoneSession(CxoneSession shared, ExchangeListener extra) {
        this.settings = shared.settings;
        this.clients = shared.clients;
        this.runner = shared.runner.alsoReportingTo(extra);
        this.tokens = shared.tokens;
        this.businessUnits = shared.businessUnits;
        this.shared = shared;
    }

    /**
     * This session's token, rate limit, Retry-After pause and API host, with every API call also reported to
     * {@code extra}. Token requests stay with this session (they serve every user of the token). The two share one
     * stop: stopping either stops both.
     */
    public CxoneSession alsoReportingTo(ExchangeListener extra) {
        return new CxoneSession(this, extra);
    }

    public ConnectionSettings settings() {
        return settings;
    }

    /** No call of this session leaves any more; see {@link CallRunner#stop()}. */
    public void stop() {
        runner.stop();
    }

    public TokenProvider tokens() {
        return tokens;
    }

    public Redactor redactor() {
        return runner.redactor();
    }

    /** The typed API; the first call obtains a token and, without cxone.api-url, discovers the API host. */
    public synchronized CxoneApi api() {
        if (api == null) {
            ApiEndpoints endpoints = shared == null ? resolveEndpoints() : shared.api().endpoints();
            api = new CxoneApi(endpoints, clients, runner, tokens, businessUnits, settings.connectTimeout(), settings.readTimeout());
        }
        return api;
    }

    private ApiEndpoints resolveEndpoints() {
        if (settings.apiUrl().isPresent()) {
            URI apiUrl = settings.apiUrl().get();
            if (!HttpUrls.mayCarryCredentials(apiUrl)) {
                // The configuration check refuses this too; settings built in code reach here without it.
                throw new CxoneCallException(new CxoneFailure(FailureKind.MALFORMED, FailureCause.PLAIN_HTTP,
                        new Exchange(Operation.TENANT_DISCOVERY.name(), "-", apiUrl.toString(), 0, 0, null, null),
                        "cxone.api-url " + apiUrl + " is plain HTTP to a host other than loopback: the bearer token would travel in "
                                + "clear text, so nothing was sent there", Optional.empty(), Optional.empty()));
            }
            return ApiEndpoints.fromExplicitUrl(apiUrl);
        }
        IssuedToken token = tokens.current();
        Optional<String> tenantId = token.claims().flatMap(JwtClaims::tenantId);
        if (tenantId.isEmpty()) {
            throw new CxoneCallException(new CxoneFailure(FailureKind.AUTH, FailureCause.UNEXPECTED_SHAPE,
                    new Exchange(Operation.TENANT_DISCOVERY.name(), "-", "token claims", 0, 0, null, null),
                    "the token carries no tenantId claim, so the API host cannot be discovered: set cxone.api-url",
                    Optional.empty(), Optional.empty()));
        }
        return TenantDiscovery.discover(settings, clients, runner, tenantId.get());
    }
}
