package dev.cxmon.api;

import dev.cxmon.monitor.ResolvedAgent;
import java.util.List;
import java.util.Optional;

/**
 * The roster agent a reference in a URL names: its roster entry as configured or its agent ID first, then its user name,
 * letters in any case (user names are e-mail addresses, which people type as they like). The first match in roster
 * order wins.
 */
final class RosterLookup {

    private RosterLookup() {}

    static Optional<ResolvedAgent> find(List<ResolvedAgent> roster, String ref) {
        String wanted = ref.trim();
        return roster.stream().filter(a -> a.entry().key().equalsIgnoreCase(wanted) || a.key().equalsIgnoreCase(wanted)).findFirst()
                .or(() -> roster.stream().filter(a -> !a.userName().isBlank() && a.userName().equalsIgnoreCase(wanted)).findFirst());
    }
}
