package dev.cxmon.diagnose;

/**
 * The stable diagnosis codes (docs/diagnosis/README.md), each with its usual severity and fix. One runbook page per
 * code lives at docs/diagnosis/&lt;CODE&gt;.md.
 */
public enum DiagnosisCode {
    CONFIG_INVALID(Severity.FAULT,
            "Correct the named configuration key (environment variable or .env) and run again."),
    TUTORIAL_ENDPOINT(Severity.FAULT,
            "Remove the tutorial URL: leave cxone.auth-url at https://cxone.niceincontact.com and cxone.api-url unset (discovered), "
                    + "or set cxone.api-url to {api_endpoint}/incontactapi/services/v27.0."),
    HOST_UNREACHABLE(Severity.INCOMPLETE,
            "Check the host name in cxone.auth-url / cxone.api-url, DNS, firewall and proxy settings from this machine."),
    TLS_FAILURE(Severity.INCOMPLETE,
            "If a corporate proxy re-signs TLS, add its CA to the trust store; never disable certificate checks."),
    INSECURE_TRANSPORT(Severity.FAULT,
            "Use https:// for cxone.auth-url and cxone.api-url. CXone names only https endpoints: an http:// token or API endpoint "
                    + "in a discovery answer means something else answered (check cxone.auth-url and any proxy). "
                    + "Plain http:// is for the simulator on loopback only."),
    AUTH_INVALID_CREDENTIALS(Severity.FAULT,
            "Check the back-end application's client ID/secret and its registered client authentication method "
                    + "(cxone.client-auth-method), and the access key ID/secret (cxone.username/cxone.password)."),
    TOKEN_EXPIRED(Severity.FAULT,
            "Use the password grant so the monitor refreshes tokens itself, or supply a fresh cxone.access-token; check this machine's clock."),
    TOKEN_NO_USER_CONTEXT(Severity.WARNING,
            "Create the access key on a dedicated service user (Admin > Employees > user > Access Keys) and use it with the password grant."),
    TOKEN_SCOPE_MISSING(Severity.FAULT,
            "Give the access key's user a security profile with permission to view agent states (Real-Time / Agent State view), "
                    + "then request a new token."),
    TOKEN_USER_MISMATCH(Severity.FAULT,
            "Use an access key of a service user whose security profile can see the agents you monitor (all teams), "
                    + "not an agent's own key."),
    USER_NOT_FOUND(Severity.FAULT,
            "Check the spelling of the user name (CXone user names look like e-mail addresses) or use the numeric agent ID."),
    USER_NOT_AGENT(Severity.FAULT,
            "Give the user an agent role (ACD user) in CXone, or monitor a user that is an agent."),
    USER_ID_USED_AS_AGENT_ID(Severity.FAULT,
            "Use the numeric agent ID (the token claim icAgentId, or agentId from GET /agents) instead of the user UUID."),
    AGENT_NOT_FOUND(Severity.FAULT,
            "Check the agent ID: it is the numeric ACD agent ID of the same business unit as the token."),
    AGENT_INACTIVE(Severity.FAULT,
            "Reactivate the agent in CXone (Admin > Employees) or remove it from the roster."),
    AGENT_NO_SKILLS(Severity.WARNING,
            "Assign at least one skill to the agent (ACD > Skills); without one it receives no contacts and some views hide it."),
    AGENT_LOGGED_OUT(Severity.INFO,
            "Nothing to fix in the integration: the agent has no session. It must log in (agent app or MAX) to appear as logged in."),
    AGENT_LOGGED_IN_NOT_AVAILABLE(Severity.INFO,
            "The agent must choose Available in the agent application; logged in (state 8) is not available."),
    AGENT_UNAVAILABLE(Severity.INFO,
            "Nothing to fix: the agent chose Unavailable with the reason shown; they set Available when ready."),
    AGENT_AVAILABLE(Severity.INFO, "Nothing to fix: the agent is logged in and available."),
    AGENT_WORKING(Severity.INFO, "Nothing to fix: the agent is handling a contact."),
    BULK_UPDATED_SINCE_TOO_LATE(Severity.INFO,
            "Send updatedSince=1970-01-01T00:00:00.000Z for a full snapshot, then the server's lastPollTime as the next "
                    + "updatedSince; never your own clock."),
    BULK_NOT_MODIFIED(Severity.INFO,
            "Treat 304/204 as 'nothing changed since lastPollTime' and keep your previous snapshot; it does not mean 'no agents'."),
    BULK_NOT_VISIBLE(Severity.WARNING,
            "Read this agent with GET /agents/{agentId}/states, or fix what hides it from the list (skills, team visibility of the token "
                    + "user, another business unit: cxone.business-units)."),
    SKILL_ACTIVITY_SCOPE(Severity.WARNING,
            "Give the token user's security profile permission to view skill activity in real time (the real-time data API's "
                    + "skills/activity), then request a new token; or set cxone.metrics.skills=false to make no skill call. The agent "
                    + "metrics are not affected."),
    RATE_LIMITED(Severity.INCOMPLETE,
            "Wait for Retry-After and poll less often; prefer the bulk endpoint with updatedSince over one call per agent."),
    SERVER_ERROR(Severity.INCOMPLETE, "Retry later; if it persists, check NICE's status page and open a case with the evidence."),
    MALFORMED_RESPONSE(Severity.INCOMPLETE,
            "Something other than CXone answered (proxy, captive portal, wrong URL): check cxone.api-url and proxy settings.");

    private final Severity severity;
    private final String fix;

    DiagnosisCode(Severity severity, String fix) {
        this.severity = severity;
        this.fix = fix;
    }

    public Severity severity() {
        return severity;
    }

    public String fix() {
        return fix;
    }

    public String docsPath() {
        return "docs/diagnosis/" + name() + ".md";
    }
}
