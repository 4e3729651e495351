package dev.cxmon.simulator;

/** Operation names counted by {@link RequestCounters}. */
public final class SimulatorOperations {

    public static final String OPENID_CONFIGURATION = "discovery.openid";
    public static final String CXONE_CONFIGURATION = "discovery.cxone";
    public static final String TOKEN = "auth.token";
    public static final String AGENTS_SEARCH = "agents.search";
    public static final String AGENT = "agents.get";
    public static final String AGENT_SKILLS = "agents.skills";
    public static final String AGENT_STATE = "agents.state";
    public static final String AGENT_STATES_BULK = "agents.states";
    public static final String AGENT_STATE_CACHE = "cache.agentstate";
    public static final String SKILL_ACTIVITY = "skills.activity";
    public static final String USER = "users.get";
    public static final String USERS_SEARCH = "users.search";
    /** Any path the simulator does not serve (e.g. tutorial-style /api/v2/...). */
    public static final String UNKNOWN = "unknown";

    private SimulatorOperations() {
    }
}
