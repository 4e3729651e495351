package dev.cxmon.cxone;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a 400 that names one of the request's own query parameters (e.g. "updatedSince ... is not ISO-8601"):
 * CXone understood the call and refused a value we sent. Pure.
 */
final class RejectedParameter {

    private RejectedParameter() {}

    /** The first query parameter of the request URL that the error body names, if any. */
    static Optional<String> named(String requestUrl, String errorBody) {
        if (requestUrl == null || errorBody == null || errorBody.isBlank()) {
            return Optional.empty();
        }
        int query = requestUrl.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        String body = errorBody.toLowerCase(Locale.ROOT);
        for (String pair : requestUrl.substring(query + 1).split("&")) {
            String name = pair.split("=", 2)[0];
            if (!name.isBlank() && Pattern.compile("\\b" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "\\b").matcher(body).find()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
