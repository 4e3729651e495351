package dev.cxmon.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules that span keys (which credentials go together, a cron against an interval) and the checks of values that
 * {@code diagnose} reports as a finding instead of refusing to start (URLs, the API version). A single key's type and
 * range are declared on {@link CxoneConfig} and refused before this runs. Pure, so the daemon and the diagnosis judge alike.
 */
public final class ConfigValidator {

    private static final Pattern API_VERSION = Pattern.compile("\\d{1,3}\\.\\d{1,3}");

    private ConfigValidator() {}

    /** Validates with the simulator on or off as the configuration itself decides. */
    public static List<ConfigProblem> validate(CxoneConfig config) {
        return validate(config, simulatorEnabled(config));
    }

    /** cxone.simulator.enabled, or when unset: on exactly when no credentials are configured (demo mode). */
    public static boolean simulatorEnabled(CxoneConfig config) {
        return config.simulator().enabled().orElse(!hasCredentials(config));
    }

    /**
     * @param simulatorSuppliesClient the embedded simulator is on, so a missing client ID/secret means its demo application
     */
    public static List<ConfigProblem> validate(CxoneConfig config, boolean simulatorSuppliesClient) {
        List<ConfigProblem> problems = new ArrayList<>();
        config.authUrl().ifPresent(url -> checkUrl("cxone.auth-url", url, problems));
        config.apiUrl().ifPresent(url -> checkUrl("cxone.api-url", url, problems));
        if (!API_VERSION.matcher(config.apiVersion().trim()).matches()) {
            problems.add(new ConfigProblem("cxone.api-version", "'" + config.apiVersion() + "' is not a version like 27.0.",
                    "use the number only, e.g. cxone.api-version=27.0"));
        }
        checkCredentials(config, simulatorSuppliesClient, problems);
        return problems;
    }

    /**
     * The daemon's own rule across keys, apart from {@link #validate(CxoneConfig)} because {@code diagnose} does not poll:
     * a cron together with an interval the user gave would leave one of them ignored without a word. A cron with the
     * default interval is fine.
     *
     * @param everyGiven cxone.poll.every was given (see GivenSettings), not its default
     */
    public static List<ConfigProblem> validatePolling(CxoneConfig config, boolean everyGiven) {
        if (everyGiven && config.poll().cron().filter(c -> !c.isBlank()).isPresent()) {
            return List.of(new ConfigProblem("cxone.poll.cron", "is set, and cxone.poll.every is set too (" + written(config.poll().every())
                    + "); the monitor polls on one schedule only.", "remove one of them: cxone.poll.every (CXONE_POLL_EVERY) for a fixed "
                    + "interval, or cxone.poll.cron (CXONE_POLL_CRON) for a Quartz cron expression"));
        }
        return List.of();
    }

    /** 500ms, 5s: as a user writes it, not ISO-8601's PT0.5S. */
    private static String written(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }

    /** Tutorial hosts and paths, reported apart from other problems because they have their own diagnosis code. */
    public static List<ConfigProblem> tutorialEndpoints(CxoneConfig config) {
        return tutorialEndpoints(config.authUrl(), config.apiUrl());
    }

    public static List<ConfigProblem> tutorialEndpoints(Optional<String> authUrl, Optional<String> apiUrl) {
        List<ConfigProblem> found = new ArrayList<>();
        authUrl.flatMap(TutorialEndpoints::detect)
                .ifPresent(m -> found.add(new ConfigProblem("cxone.auth-url", m.what() + ".", m.realEquivalent())));
        apiUrl.flatMap(TutorialEndpoints::detect)
                .ifPresent(m -> found.add(new ConfigProblem("cxone.api-url", m.what() + ".", m.realEquivalent())));
        return found;
    }

    private static void checkUrl(String key, String value, List<ConfigProblem> problems) {
        try {
            URI uri = URI.create(value.trim());
            if (!HttpUrls.isAbsoluteHttp(uri)) {
                problems.add(new ConfigProblem(key, "'" + value + "' is not an absolute http(s) URL.",
                        "write the full URL, e.g. https://cxone.niceincontact.com"));
            } else if (!HttpUrls.mayCarryCredentials(uri)) {
                problems.add(new ConfigProblem(key, "'" + value + "' is plain HTTP to a host other than loopback: "
                        + "credentials and tokens would travel in clear text.",
                        "use https:// (e.g. https://cxone.niceincontact.com); plain http:// is only for the simulator on "
                                + "127.0.0.1, ::1 or localhost"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new ConfigProblem(key, "'" + value + "' is not a URL.", "write the full URL, e.g. https://cxone.niceincontact.com"));
        }
    }

    private static void checkCredentials(CxoneConfig config, boolean simulatorSuppliesClient, List<ConfigProblem> problems) {
        boolean token = present(config.accessToken());
        boolean anyGrantPart = present(config.clientId()) || present(config.clientSecret())
                || present(config.username()) || present(config.password());
        if (token && anyGrantPart) {
            problems.add(new ConfigProblem("cxone.access-token",
                    "is set together with client or access-key credentials; the monitor would not know which identity to use.",
                    "either remove cxone.access-token (CXONE_ACCESS_TOKEN) or remove cxone.client-id/client-secret/username/password"));
            return;
        }
        if (!token && !anyGrantPart && !simulatorSuppliesClient) {
            problems.add(new ConfigProblem("cxone.client-id",
                    "no credentials are configured and the embedded simulator is off, so nothing could be monitored.",
                    "set CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_USERNAME and CXONE_PASSWORD (or CXONE_ACCESS_TOKEN), "
                            + "or leave cxone.simulator.enabled unset for the demo"));
            return;
        }
        if (!token && anyGrantPart) {
            boolean demoClient = simulatorSuppliesClient && !present(config.clientId()) && !present(config.clientSecret());
            if (!demoClient) {
                requireAlongside("cxone.client-id", "CXONE_CLIENT_ID", config.clientId(), problems);
                requireAlongside("cxone.client-secret", "CXONE_CLIENT_SECRET", config.clientSecret(), problems);
            }
            requireAlongside("cxone.username", "CXONE_USERNAME", config.username(), problems);
            requireAlongside("cxone.password", "CXONE_PASSWORD", config.password(), problems);
        }
    }

    private static void requireAlongside(String key, String env, Optional<String> value, List<ConfigProblem> problems) {
        if (!present(value)) {
            problems.add(new ConfigProblem(key, "is missing while other credentials are set; the password grant needs all four.",
                    "set " + key + " (environment " + env + "); username/password are the access key ID and secret"));
        }
    }

    static boolean present(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }

    public static boolean hasCredentials(CxoneConfig config) {
        return present(config.accessToken()) || present(config.clientId()) || present(config.clientSecret())
                || present(config.username()) || present(config.password());
    }
}
