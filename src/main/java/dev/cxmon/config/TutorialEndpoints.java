package dev.cxmon.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the hosts and paths that circulate in tutorials but do not exist on CXone
 * (cxone-api.md §1), and names the real equivalent.
 */
public final class TutorialEndpoints {

    public record Match(String what, String realEquivalent) {}

    private record Rule(Pattern pattern, String what, String realEquivalent) {}

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(^|[./])api\\.cxone\\.com"),
                    "the host *.api.cxone.com (e.g. us-1.api.cxone.com) is not a CXone host",
                    "cxone.auth-url=https://cxone.niceincontact.com and let the API host be discovered, or set cxone.api-url=https://api-<cluster>.incontact.com/incontactapi/services/v27.0"),
            new Rule(Pattern.compile("/oauth/token"),
                    "/oauth/token is not CXone's token endpoint",
                    "the token endpoint comes from https://cxone.niceincontact.com/.well-known/openid-configuration (today https://cxone.niceincontact.com/auth/token)"),
            new Rule(Pattern.compile("/api/v2(/|$)"),
                    "/api/v2/... (with an 'entities' array) is another vendor's API style, not CXone's",
                    "CXone's API lives under {api_endpoint}/incontactapi/services/v{N}.0/, e.g. .../v27.0/agents/{agentId}/states"));

    private TutorialEndpoints() {}

    public static Optional<Match> detect(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String normalized = url.trim().toLowerCase(Locale.ROOT);
        return RULES.stream()
                .filter(rule -> rule.pattern.matcher(normalized).find())
                .findFirst()
                .map(rule -> new Match(rule.what, rule.realEquivalent));
    }
}
