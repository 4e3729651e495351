package dev.cxmon.config;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The limits the supervisor alerts compare with, as the monitor exports them (cxone_supervisor_* series). Reason names
 * are matched without regard to case, since a person types them and CXone's spelling of a tenant's unavailable codes
 * ("Break", "LUNCH") is whatever the tenant's administrator chose; the series then carry CXone's spelling, which is
 * what the per-agent reason label carries too. Pure.
 *
 * @param reasonLimits       per unavailable reason, as configured (never "LoggedIn": that is {@code neverAvailableLimit})
 * @param defaultReasonLimit every other unavailable reason's
 * @param flappingChanges    availability changes of one agent in 15 minutes that make it flapping
 */
public record SupervisorLimits(Map<String, Duration> reasonLimits, Duration defaultReasonLimit, Duration neverAvailableLimit,
        int flappingChanges) {

    /** Outside demo mode, for each key left unset. */
    public static final SupervisorLimits DEFAULTS = new SupervisorLimits(Map.of(), Duration.ofMinutes(30), Duration.ofMinutes(10), 10);

    /** The reason of an agent logged in without availability (CXone state 8): its limit is {@code neverAvailableLimit}. */
    public static final String LOGGED_IN = "LoggedIn";

    public SupervisorLimits {
        reasonLimits = Map.copyOf(reasonLimits);
    }

    /** The limit of one unavailable reason: its own, whatever its case, else the default. */
    public Duration limitOf(String reason) {
        return own(reason).orElse(defaultReasonLimit);
    }

    /**
     * The reason limits to export: every configured reason, and every reason seen now (with its own limit or the
     * default), a configured reason under CXone's spelling when it is seen. LoggedIn is never among them.
     *
     * @param reasonsSeen the unavailable reasons of the roster's agents now, as CXone spells them
     */
    public SortedMap<String, Duration> exported(Collection<String> reasonsSeen) {
        SortedMap<String, Duration> exported = new TreeMap<>();
        for (String seen : reasonsSeen) {
            if (!seen.equalsIgnoreCase(LOGGED_IN)) {
                exported.put(seen, limitOf(seen));
            }
        }
        reasonLimits.forEach((reason, limit) -> {
            if (exported.keySet().stream().noneMatch(reason::equalsIgnoreCase)) {
                exported.put(reason, limit);
            }
        });
        return exported;
    }

    private Optional<Duration> own(String reason) {
        String wanted = reason.toLowerCase(Locale.ROOT);
        return reasonLimits.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(wanted)).map(Map.Entry::getValue)
                .findFirst();
    }
}
