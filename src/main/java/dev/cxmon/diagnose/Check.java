package dev.cxmon.diagnose;

/** One line of the human checklist: which step, how it went, and a short summary. */
public record Check(String name, Status status, String summary) {

    public enum Status { OK, WARN, FAIL, SKIPPED }
}
