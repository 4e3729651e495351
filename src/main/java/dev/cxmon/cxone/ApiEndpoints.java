package dev.cxmon.cxone;

import java.net.URI;
import java.util.Locale;

/**
 * Where the API lives: the versioned services base ({api_endpoint}/incontactapi/services/v27.0) and
 * the host root that also serves User Hub resources.
 */
public record ApiEndpoints(URI servicesBase, URI hostRoot) {

    private static final String SERVICES_PATH = "/incontactapi/services/";

    public static ApiEndpoints fromApiEndpoint(String apiEndpoint, String version) {
        String root = stripTrailingSlash(apiEndpoint.trim());
        return new ApiEndpoints(URI.create(root + SERVICES_PATH + "v" + version), URI.create(root));
    }

    /** An explicit cxone.api-url: used as given; the host root is what precedes /incontactapi/ (or the origin). */
    public static ApiEndpoints fromExplicitUrl(URI apiUrl) {
        String text = stripTrailingSlash(apiUrl.toString());
        int services = text.toLowerCase(Locale.ROOT).indexOf("/incontactapi/");
        String root = services >= 0 ? text.substring(0, services)
                : apiUrl.getScheme() + "://" + apiUrl.getRawAuthority();
        return new ApiEndpoints(URI.create(text), URI.create(root));
    }

    private static String stripTrailingSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
