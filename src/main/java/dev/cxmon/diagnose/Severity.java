package dev.cxmon.diagnose;

/** How bad a finding is; the ordinal is the diagnose command's exit code. */
public enum Severity {
    /** A fact about the agent, nothing wrong: exit 0. */
    INFO,
    /** Something that will bite later: exit 1. */
    WARNING,
    /** A fault in configuration, permissions or identity: exit 2. */
    FAULT,
    /** The diagnosis could not finish (network, server, rate limit, garbage answers): exit 3. */
    INCOMPLETE;

    public int exitCode() {
        return ordinal();
    }
}
