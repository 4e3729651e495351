package dev.cxmon.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The nearest of some known names to a misspelt one, for "did you mean" in configuration errors. */
public final class Spelling {

    private Spelling() {}

    public static Optional<String> closest(String name, Collection<String> known) {
        return known.stream().min(Comparator.comparingInt((String k) -> distance(name, k)).thenComparing(k -> k));
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions and substitutions from a to b. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
