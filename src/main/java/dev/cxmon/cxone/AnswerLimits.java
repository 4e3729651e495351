package dev.cxmon.cxone;

/**
 * How much each CXone call may answer: bytes read off the wire, and agent state records kept. Each bound fits what
 * the call can legitimately return with room to spare, so a hostile or broken server costs a bounded, small share
 * of the heap (a 512 Mi pod runs with about 400 MiB of it) instead of all of it.
 */
public final class AnswerLimits {

    /**
     * The largest tenant the bulk strategy supports: agents visible to the token in one GET /agents/states. A full
     * record with the fields the monitor asks for is about 450 bytes, so this many fit the bulk byte cap; parsed,
     * they take about 25 MB of heap. A larger tenant needs the per-agent strategy with shards.
     */
    public static final int BULK_RECORDS = 25_000;
    /** The most skills one GET /skills/activity may list over all its pages (a large tenant has a few thousand). */
    public static final int SKILL_RECORDS = 10_000;
    /** A per-agent answer is about one agent: one record. */
    public static final int PER_AGENT_RECORDS = 1;

    static final int KIB = 1024;
    static final int MIB = 1024 * KIB;
    /** Token answers and discovery documents are a few KiB. */
    static final int SMALL_BYTES = 64 * KIB;
    /** One agent, its state, its skills, or one user: a few KiB. */
    static final int ONE_AGENT_BYTES = 256 * KIB;
    /** A search answers at most 100 agents or users of a few KiB each. */
    static final int SEARCH_BYTES = MIB;
    /** BULK_RECORDS full records of about 450 bytes, and more than half as much again. */
    static final int BULK_BYTES = 16 * MIB;
    /**
     * A paginated list read page by page (agents/states, the agents search) holds at most BULK_RECORDS records and
     * BULK_BYTES characters over all its pages together, and at most {@link NextPage#MAX_PAGES} pages: the caps of one
     * answer apply to the whole read, not to each page.
     */
    static final int PAGED_READ_BYTES = BULK_BYTES;
    /** SKILL_RECORDS skills of about 700 bytes each, with room to spare. */
    static final int SKILL_ACTIVITY_BYTES = 8 * MIB;

    private AnswerLimits() {}

    public static int maxBytes(Operation operation) {
        return switch (operation) {
            case OPENID_DISCOVERY, TENANT_DISCOVERY, TOKEN -> SMALL_BYTES;
            case AGENT, AGENT_STATE, AGENT_SKILLS, USER -> ONE_AGENT_BYTES;
            case AGENT_SEARCH, USER_SEARCH -> SEARCH_BYTES;
            case BULK_STATES -> BULK_BYTES;
            case SKILL_ACTIVITY -> SKILL_ACTIVITY_BYTES;
        };
    }
}
