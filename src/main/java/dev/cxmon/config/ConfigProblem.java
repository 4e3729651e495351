package dev.cxmon.config;

/** One thing wrong with the configuration: the key, what is wrong, and how to fix it. */
public record ConfigProblem(String key, String problem, String fix) {

    public String describe() {
        return key + ": " + problem + " Fix: " + fix;
    }
}
