package dev.cxmon.monitor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each text the history keeps (reasons such as "Break", CXone state labels such as "Unavailable (2)"): every
 * poll parses new strings, and 10,000 agents × 20 entries would otherwise hold as many copies of the same few words.
 * Bounded, since the texts come from CXone: past {@link #MOST} distinct texts a new one is kept as it is, unshared.
 */
final class SharedTexts {

    /** Far more than a tenant's unavailable codes and CXone's states; a bound for text no tenant should send. */
    static final int MOST = 4096;

    private final Map<String, String> texts = new ConcurrentHashMap<>();

    String shared(String text) {
        if (text == null) {
            return null;
        }
        String known = texts.get(text);
        if (known != null) {
            return known;
        }
        if (texts.size() >= MOST) {
            return text;
        }
        String raced = texts.putIfAbsent(text, text);
        return raced == null ? text : raced;
    }
}
