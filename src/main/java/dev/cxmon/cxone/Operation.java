package dev.cxmon.cxone;

/** The CXone calls the monitor makes; decides what a 400/404 means for each. */
public enum Operation {
    OPENID_DISCOVERY(false),
    TENANT_DISCOVERY(false),
    TOKEN(false),
    AGENT_SEARCH(false),
    AGENT(true),
    AGENT_STATE(true),
    AGENT_SKILLS(true),
    BULK_STATES(false),
    SKILL_ACTIVITY(false),
    USER(true),
    USER_SEARCH(false);

    private final boolean aboutOneAgent;

    Operation(boolean aboutOneAgent) {
        this.aboutOneAgent = aboutOneAgent;
    }

    /** 404 and 400 on a resource named by an ID mean the ID is wrong. */
    public boolean aboutOneAgent() {
        return aboutOneAgent;
    }
}
